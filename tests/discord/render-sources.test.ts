import { describe, expect, it } from 'vitest';
import type { EngagementEntry, Title } from '../../src/domain/types.js';
import { renderCompany } from '../../src/discord/render/company.js';
import { renderStats } from '../../src/discord/render/stats.js';
import { LOCALES } from '../../src/i18n/index.js';
import { lookUpCompany } from '../../src/services/companies.js';
import { viewingStats } from '../../src/services/viewing-stats.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { curatedTitle } from '../importers/support.js';
import { loadSeed } from '../helpers/seed.js';

const store = () => {
  const catalog = loadSeed();
  const film: Title = {
    ...curatedTitle({ id: 'harbin', name: 'Harbin', kind: 'film', originCountries: ['KR', 'JP'] }),
    companyCredits: [{ companyId: 'cj-enm', role: 'distribution', source: 'kobis-movies' }],
  };
  catalog.titles.push(film);
  const line = (fields: Partial<EngagementEntry>): EngagementEntry => ({
    titleId: 'harbin',
    period: '2024-H2',
    label: 'Harbin',
    kind: 'film',
    hoursViewed: 1_000_000,
    ...fields,
  });
  catalog.engagement = [
    line({ originalLanguage: 'ko' }),
    line({ titleId: 'other', label: 'Other', hoursViewed: 9_000_000 }),
  ];
  return createMemoryStore(catalog);
};

/** Every string an answer shows: a catalog key or "undefined" left in it means a message went missing. */
const textOf = (view: ReturnType<typeof renderStats>) => JSON.stringify(view.embeds);

describe('the /company and /stats answers in every language', () => {
  it.each(LOCALES)('renders /stats in %s with no missing message', (locale) => {
    const result = viewingStats(store(), '2024-H2');
    if (!result.found) throw new Error('no stats');
    const text = textOf(renderStats(result.stats, locale));
    expect(text).not.toMatch(/undefined|NaN|stats\.|halfYears\.|viewingOrigins\./);
    expect(text).toContain('10.0%');
  });

  it.each(LOCALES)('renders /company in %s with its credits by role and the co-production mark', (locale) => {
    const result = lookUpCompany(store(), 'CJ ENM');
    if (!result.found) throw new Error('no company');
    const text = textOf(renderCompany(result.profile, 0, locale));
    expect(text).not.toMatch(/undefined|company\.|creditRoles\.|coProduction/);
    expect(text).toContain('🌏 KR–JP');
  });

  it('names the roles in the reader’s language', () => {
    const result = lookUpCompany(store(), 'CJ ENM');
    if (!result.found) throw new Error('no company');
    expect(textOf(renderCompany(result.profile, 0, 'ko'))).toContain('배급');
    expect(textOf(renderCompany(result.profile, 0, 'ja'))).toContain('配給');
    expect(textOf(renderCompany(result.profile, 0, 'en'))).toContain('Distribution');
  });
});
