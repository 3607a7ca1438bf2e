import type { CommandInteractionOption } from 'discord.js';
import type { CatalogIndex, ChartHistory } from '../src/domain/catalog-index.js';
import { DEAL_KINDS, type Company, type Title } from '../src/domain/types.js';
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

interface Pools {
  random: Random;
  /** Half real titles (the catalog before synthetic growth), half any title. */
  someTitle(): Title;
  /** Titles with aliases or original-language names. */
  named: readonly Title[];
}

/**
 * A varied workload per command: real names, ids (what autocomplete sends back), other-script names, lower-case
 * names, typos, and for autocomplete the prefixes a person produces while typing.
 */
export function createWorkload(index: CatalogIndex, realTitles: readonly Title[], random: Random, size: number) {
  const allTitles = [...index.titles.values()];
  const pools: Pools = {
    random,
    someTitle: () => (random.chance(0.5) ? random.pick(realTitles) : random.pick(allTitles)),
    named: realTitles.filter((title) => title.aliases.length + title.originalNames.length > 0),
  };
  const companies = [...index.companies.values()];
  const charts = [...index.charts.values()].filter((history) => history.periods.length > 0);
  const calls = (make: () => HandlerCall) => Array.from({ length: size }, make);
  return {
    title: calls(() => ({ type: 'command', command: 'title', options: [text('name', titleQuery(pools))] })),
    deals: calls(() => ({ type: 'command', command: 'deals', options: dealsOptions(random, companies) })),
    chart: calls(() => ({ type: 'command', command: 'chart', options: chartOptions(random, charts) })),
    trends: calls(() => {
      const days = random.pick(TREND_DAYS);
      const options = days === undefined ? [] : [{ name: 'days', type: INTEGER, value: days }];
      return { type: 'command', command: 'trends', options };
    }),
    autocomplete: calls(() => ({
      type: 'autocomplete',
      command: 'title',
      options: [text('name', typing(pools), true)],
    })),
    company: calls(() => ({
      type: 'command',
      command: 'company',
      options: [text('name', companyQuery(random, companies))],
    })),
    stats: calls(() => ({ type: 'command', command: 'stats', options: statsOptions(random, index) })),
  };
}

export type Workload = ReturnType<typeof createWorkload>;

function titleQuery({ random, someTitle, named }: Pools): string {
  const roll = random.next();
  if (roll < 0.3) return someTitle().name;
  if (roll < 0.45) return someTitle().id;
  if (roll < 0.55 && named.length > 0) {
    const title = random.pick(named);
    return random.pick([...title.aliases, ...title.originalNames.map((original) => original.name)]);
  }
  if (roll < 0.7) return someTitle().name.toLowerCase();
  return typo(random, someTitle().name);
}

/** What the title option holds while someone types: mostly prefixes, some typos, a few empty or whole names. */
function typing({ random, someTitle }: Pools): string {
  const roll = random.next();
  const name = someTitle().name;
  if (roll < 0.05) return '';
  if (roll < 0.75) return name.slice(0, 1 + random.int(Math.min(12, name.length)));
  if (roll < 0.9) return typo(random, name.slice(0, 4 + random.int(Math.max(1, name.length - 3))));
  return name;
}

function dealsOptions(random: Random, companies: readonly Company[]): CommandInteractionOption[] {
  const company = random.pick(companies);
  const roll = random.next();
  const name =
    roll < 0.4
      ? company.name
      : roll < 0.6
        ? company.id
        : roll < 0.85
          ? random.pick([company.name, ...company.aliases])
          : typo(random, company.name);
  const options = [text('company', name)];
  if (random.chance(0.3)) options.push(text('partner', random.pick(companies).name));
  if (random.chance(0.2)) options.push(text('kind', random.pick(DEAL_KINDS)));
  return options;
}

/** A chart by name, id, typo or loose words ("JP TV"); in 40% of calls with a period or a date inside one. */
function chartOptions(random: Random, charts: readonly ChartHistory[]): CommandInteractionOption[] {
  const history = random.pick(charts);
  const roll = random.next();
  const chart =
    roll < 0.55
      ? history.chart.name
      : roll < 0.8
        ? history.chart.id
        : roll < 0.9
          ? typo(random, history.chart.name)
          : `${history.chart.country ?? 'global'} ${history.chart.category ?? ''}`.trim();
  if (!random.chance(0.4)) return [text('chart', chart)];
  const period = random.pick(history.periods);
  const day = random.chance(0.5)
    ? period
    : new Date(Date.parse(period) - random.int(7) * 86_400_000).toISOString().slice(0, 10);
  return [text('chart', chart), text('period', day)];
}

/** A company by name, id, a Korean legal name (an alias) or a typo: what /company is asked. */
function companyQuery(random: Random, companies: readonly Company[]): string {
  const company = random.pick(companies);
  const roll = random.next();
  if (roll < 0.4) return company.name;
  if (roll < 0.6) return company.id;
  if (roll < 0.85) return random.pick([company.name, ...company.aliases]);
  return typo(random, company.name);
}

const ORIGINS = ['korean', 'japanese', 'chinese', 'thai', 'indian'];

/** A half-year as typed ("2024 H2") or picked ("2024-H2"), or none (the newest), with an origin in a third of calls. */
function statsOptions(random: Random, index: CatalogIndex): CommandInteractionOption[] {
  const periods = [...index.engagementByPeriod.keys()];
  const options: CommandInteractionOption[] = [];
  if (periods.length > 0 && random.chance(0.8)) {
    const period = random.pick(periods);
    options.push(text('period', random.chance(0.5) ? period : period.replace('-', ' ')));
  }
  if (random.chance(0.3)) options.push(text('origin', random.pick(ORIGINS)));
  return options;
}
