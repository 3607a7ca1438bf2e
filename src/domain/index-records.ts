import { addToGroup, byCodeUnits, trimGroupsInSteps } from './groups.js';
import { eachInSlices, type Steps } from './steps.js';
import type { Catalog, Company, CreditRole, EngagementEntry, Title } from './types.js';

/** One title a company is credited on, with its part. */
export interface CompanyCreditLine {
  title: Title;
  role: CreditRole;
  /** Source id of the credit ("kobis-movies", or "curated" for a curated maker). */
  source: string;
}

/** What one source put into the catalog: the /about counts. */
export interface SourceContribution {
  titles: number;
  companies: number;
  chartEntries: number;
  engagement: number;
  credits: number;
}

/** The index parts for film records and engagement reports, built with the rest of the catalog index. */
export interface RecordIndex {
  /** titleId → its engagement lines, newest half-year first, most-viewed first within one. */
  engagementByTitle: Map<string, EngagementEntry[]>;
  /** half-year → its engagement lines. */
  engagementByPeriod: Map<string, EngagementEntry[]>;
  /** companyId → titles it is credited on, newest release first. */
  creditsByCompany: Map<string, CompanyCreditLine[]>;
  /** parentId → the companies it owns directly. */
  subsidiaries: Map<string, Company[]>;
  /** Source id → what it contributed. */
  contributions: Map<string, SourceContribution>;
}

/** Records handled between two steps (see Steps): a few milliseconds of grouping. */
const RECORDS_PER_STEP = 10_000;

/** Builds the record parts of the index, linear in the catalog, in steps of bounded work (see Steps). */
export function* recordIndexSteps(
  catalog: Catalog,
  chartEntriesBySource: ReadonlyMap<string, number>,
): Steps<RecordIndex> {
  const engagement = catalog.engagement ?? [];
  const engagementByTitle = new Map<string, EngagementEntry[]>();
  const engagementByPeriod = new Map<string, EngagementEntry[]>();
  yield* eachInSlices(engagement, RECORDS_PER_STEP, (entry) => {
    addToGroup(engagementByTitle, entry.titleId, entry);
    addToGroup(engagementByPeriod, entry.period, entry);
  });
  yield;
  yield* sortEachInSteps(engagementByTitle, (a, b) => byCodeUnits(b.period, a.period) || b.hoursViewed - a.hoursViewed);

  const contributions = new Map<string, SourceContribution>();
  const count = (source: string, field: keyof SourceContribution, by = 1) => {
    let tally = contributions.get(source);
    if (!tally)
      contributions.set(source, (tally = { titles: 0, companies: 0, chartEntries: 0, engagement: 0, credits: 0 }));
    tally[field] += by;
  };
  const creditsByCompany = new Map<string, CompanyCreditLine[]>();
  yield* eachInSlices(catalog.titles, RECORDS_PER_STEP, (title) => {
    count(title.origin === 'kobis' ? (title.kobisRecord ? 'kobis-movies' : 'kobis-daily') : title.origin, 'titles');
    for (const companyId of title.companyIds)
      addToGroup(creditsByCompany, companyId, { title, role: 'production', source: 'curated' });
    for (const credit of title.companyCredits ?? []) {
      addToGroup(creditsByCompany, credit.companyId, { title, role: credit.role, source: credit.source });
      count(credit.source, 'credits');
    }
  });
  yield;
  const newestFirst = (a: CompanyCreditLine, b: CompanyCreditLine) =>
    byCodeUnits(b.title.releaseDate ?? '', a.title.releaseDate ?? '') || a.title.name.localeCompare(b.title.name);
  yield* sortEachInSteps(creditsByCompany, newestFirst);
  for (const groups of [engagementByTitle, engagementByPeriod, creditsByCompany])
    yield* trimGroupsInSteps(groups as Map<string, unknown[]>, RECORDS_PER_STEP);

  const subsidiaries = new Map<string, Company[]>();
  for (const company of catalog.companies) {
    if (company.parentId) addToGroup(subsidiaries, company.parentId, company);
    count(company.origin === 'kobis' ? 'kobis-movies' : (company.origin ?? 'curated'), 'companies');
  }
  for (const [source, entries] of chartEntriesBySource) count(source, 'chartEntries', entries);
  count('netflix-engagement', 'engagement', engagement.length);
  return { engagementByTitle, engagementByPeriod, creditsByCompany, subsidiaries, contributions };
}

/** Sorts every list of `groups`, yielding once a step has sorted enough records (localeCompare is not cheap). */
function* sortEachInSteps<T>(groups: Map<string, T[]>, order: (a: T, b: T) => number): Steps<void> {
  let sorted = 0;
  for (const list of groups.values()) {
    list.sort(order);
    sorted += list.length;
    if (sorted >= RECORDS_PER_STEP / 2) {
      sorted = 0;
      yield;
    }
  }
  yield;
}
