import type { Chart, Company, Title } from '../../domain/types.js';
import { t, type Locale } from '../../i18n/index.js';
import { chartName, displayCompanyName, displayName } from '../../i18n/names.js';

/** "Squid Game · series · 2021", "오징어 게임 (Squid Game) · 시리즈 · 2021"; a matched alias leads: "The Tyrant's Chef (Bon Appétit, Your Majesty)". */
export function titleChoiceLabel(title: Title, shown: string, locale: Locale): string {
  const name = shown === title.name ? displayName(title, locale) : `${shown} (${title.name})`;
  return [name, t(locale, `autocomplete.kinds.${title.kind}`), title.releaseDate?.slice(0, 4)]
    .filter(Boolean)
    .join(' · ');
}

/** "CJ ENM · KR", "용필름 (Yong Film) · KR"; a matched alias leads: "WB (Warner Bros.)". */
export function companyChoiceLabel(company: Company, shown: string, locale: Locale): string {
  return shown === company.name
    ? `${displayCompanyName(company, locale)} · ${company.country}`
    : `${shown} (${company.name})`;
}

/** A chart as the reader's language names it. */
export const chartChoiceLabel = (chart: Chart, locale: Locale) => chartName(chart, locale);
