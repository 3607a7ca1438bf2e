import type { CommandInteractionOption } from 'discord.js';
import type { CatalogIndex } from '../src/domain/catalog-index.js';
import { DEAL_KINDS, type Title } from '../src/domain/types.js';
import type { Random } from './random.js';

/** One invocation: a command or an autocomplete request with its options, as Discord would send them. */
export interface HandlerCall {
  type: 'command' | 'autocomplete';
  command: string;
  options: CommandInteractionOption[];
}

const STRING = 3;
const INTEGER = 4;
const TREND_DAYS = [undefined, 1, 3, 7, 14, 30, 90];

const text = (name: string, value: string, focused = false): CommandInteractionOption =>
  focused ? { name, type: STRING, value, focused } : { name, type: STRING, value };

/** One edit (drop, swap, replace or double a letter): what a hurried person types. */
export function typo(random: Random, word: string): string {
  if (word.length < 3) return `${word}x`;
  const at = 1 + random.int(word.length - 2);
  switch (random.int(4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + String.fromCharCode(97 + random.int(26)) + word.slice(at + 1);
    default:
      return word.slice(0, at) + word[at] + word.slice(at);
  }
}

/**
 * A varied workload per command: real names, ids (what autocomplete sends back), other-script names, lower-case
 * names, typos, and for autocomplete the prefixes a person produces while typing. Half the titles are drawn from
 * `realTitles` (the catalog before synthetic growth), half from the whole catalog.
 */
export function createWorkload(index: CatalogIndex, realTitles: readonly Title[], random: Random, size: number) {
  const allTitles = [...index.titles.values()];
  const someTitle = () => (random.chance(0.5) ? random.pick(realTitles) : random.pick(allTitles));
  const otherName = () => {
    const named = realTitles.filter((title) => title.aliases.length + title.originalNames.length > 0);
    const title = random.pick(named.length > 0 ? named : realTitles);
    return random.pick([...title.aliases, ...title.originalNames.map((original) => original.name), title.name]);
  };
  const titleQuery = (): string => {
    const roll = random.next();
    if (roll < 0.3) return someTitle().name;
    if (roll < 0.45) return someTitle().id;
    if (roll < 0.55) return otherName();
    if (roll < 0.7) return someTitle().name.toLowerCase();
    return typo(random, someTitle().name);
  };
  const prefix = (): string => {
    const roll = random.next();
    const name = someTitle().name;
    if (roll < 0.05) return '';
    if (roll < 0.75) return name.slice(0, 1 + random.int(Math.min(12, name.length)));
    if (roll < 0.9) return typo(random, name.slice(0, 4 + random.int(Math.max(1, name.length - 3))));
    return name;
  };

  const companies = [...index.companies.values()];
  const companyQuery = () => {
    const company = random.pick(companies);
    const roll = random.next();
    if (roll < 0.4) return company.name;
    if (roll < 0.6) return company.id;
    if (roll < 0.85) return random.pick([company.name, ...company.aliases]);
    return typo(random, company.name);
  };
  const charts = [...index.charts.values()].filter((history) => history.periods.length > 0);
  const chartCall = (): CommandInteractionOption[] => {
    const history = random.pick(charts);
    const roll = random.next();
    const chart = roll < 0.55 ? history.chart.name : roll < 0.8 ? history.chart.id : roll < 0.9 ? typo(random, history.chart.name) : `${history.chart.country ?? 'global'} ${history.chart.category ?? ''}`.trim();
    if (!random.chance(0.4)) return [text('chart', chart)];
    const period = random.pick(history.periods);
    // A date inside the week finds the week, as a person would type it.
    const day = random.chance(0.5) ? period : new Date(Date.parse(period) - random.int(7) * 86_400_000).toISOString().slice(0, 10);
    return [text('chart', chart), text('period', day)];
  };

  const calls = (make: () => HandlerCall) => Array.from({ length: size }, make);
  return {
    title: calls(() => ({ type: 'command', command: 'title', options: [text('name', titleQuery())] })),
    deals: calls(() => {
      const options = [text('company', companyQuery())];
      if (random.chance(0.3)) options.push(text('partner', random.pick(companies).name));
      if (random.chance(0.2)) options.push(text('kind', random.pick(DEAL_KINDS)));
      return { type: 'command', command: 'deals', options };
    }),
    chart: calls(() => ({ type: 'command', command: 'chart', options: chartCall() })),
    trends: calls(() => {
      const days = random.pick(TREND_DAYS);
      return { type: 'command', command: 'trends', options: days === undefined ? [] : [{ name: 'days', type: INTEGER, value: days }] };
    }),
    autocomplete: calls(() => ({ type: 'autocomplete', command: 'title', options: [text('name', prefix(), true)] })),
  };
}

export type Workload = ReturnType<typeof createWorkload>;
