import type { CandidateSummary, TmdbCandidate } from './enrichment.js';
import { normalizeName } from './normalize.js';
import { splitSeasonTitle } from './resolve-title.js';
import type { Title } from './types.js';

/** What matching needs to know about a withk title. */
export type MatchSubject = Pick<
  Title,
  'name' | 'aliases' | 'originalNames' | 'kind' | 'originCountries' | 'releaseDate'
>;

/** How a candidate fared: its score and the evidence for and against it. */
export interface ScoredCandidate {
  candidate: TmdbCandidate;
  score: number;
  evidence: string[];
}

export type MatchOutcome =
  | { status: 'matched'; best: ScoredCandidate }
  | { status: 'ambiguous'; tied: ScoredCandidate[] }
  | { status: 'not-found'; rejected: { candidate: TmdbCandidate; reason: string }[] };

/** TMDB keeps series under tv and films under movie; withk's shows (variety, reality) are TMDB tv. */
export const tmdbKindOf = (subject: Pick<Title, 'kind'>): 'tv' | 'movie' => (subject.kind === 'film' ? 'movie' : 'tv');

const HANGUL_OR_KANA = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\uac00-\ud7af]/u;

/**
 * The names to search TMDB for, best first: the name without a Netflix season suffix ("Squid Game: Season 2" is
 * Squid Game), then original-language names. Duplicates after folding are dropped.
 */
export function searchQueries(subject: MatchSubject): string[] {
  const names = [subject.name, ...subject.originalNames.map((original) => original.name)];
  const seen = new Set<string>();
  const queries: string[] = [];
  for (const name of names.map(seriesName)) {
    const key = normalizeName(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    queries.push(name);
  }
  return queries;
}

function seriesName(name: string): string {
  const { show, season } = splitSeasonTitle(name);
  return show !== season ? show : name;
}

/**
 * Picks the TMDB record a withk title is, from search candidates. A candidate must carry one of the title's names
 * (folded: case, accents and punctuation aside), so look-alikes ("Squid Game: The Challenge", "Parasite in Love")
 * never match, and must not contradict it (another original language). The rest is scored on the original-language
 * name, language, origin country and first year. Two candidates with the best score are ambiguous: nothing is
 * picked, and both are kept for a person to decide. Pure; `candidates` may come from several searches.
 */
export function matchTmdbCandidate(subject: MatchSubject, candidates: readonly TmdbCandidate[]): MatchOutcome {
  const kind = tmdbKindOf(subject);
  const known = knownFacts(subject);
  const scored: ScoredCandidate[] = [];
  const rejected: { candidate: TmdbCandidate; reason: string }[] = [];
  const seen = new Set<number>();
  for (const candidate of candidates) {
    if (candidate.kind !== kind || seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    const result = scoreCandidate(known, candidate);
    if (typeof result === 'string') rejected.push({ candidate, reason: result });
    else scored.push(result);
  }
  if (scored.length === 0) return { status: 'not-found', rejected };
  scored.sort((a, b) => b.score - a.score);
  const tied = scored.filter((entry) => entry.score === scored[0]!.score);
  return tied.length > 1 ? { status: 'ambiguous', tied } : { status: 'matched', best: scored[0]! };
}

interface KnownFacts {
  names: Set<string>;
  primary: string;
  originalNames: Set<string>;
  languages: Set<string>;
  countries: Set<string>;
  year?: number;
  film: boolean;
}

function knownFacts(subject: MatchSubject): KnownFacts {
  const all = [subject.name, ...subject.aliases, ...subject.originalNames.map((original) => original.name)];
  const names = new Set(all.flatMap((name) => [normalizeName(name), normalizeName(seriesName(name))]).filter(Boolean));
  const originals = [
    ...subject.originalNames.map((original) => original.name),
    ...all.filter((name) => HANGUL_OR_KANA.test(name)),
  ];
  const year = subject.releaseDate ? Number(subject.releaseDate.slice(0, 4)) : undefined;
  return {
    names,
    primary: normalizeName(seriesName(subject.name)),
    originalNames: new Set(originals.map(normalizeName)),
    languages: new Set(subject.originalNames.map((original) => original.lang)),
    countries: new Set(subject.originCountries),
    year,
    film: subject.kind === 'film',
  };
}

/** A score with its evidence, or the reason the candidate cannot be this title. */
function scoreCandidate(known: KnownFacts, candidate: TmdbCandidate): ScoredCandidate | string {
  const candidateNames = [candidate.name, candidate.originalName].map(normalizeName);
  if (!candidateNames.some((name) => known.names.has(name))) return `another name (${candidate.name})`;
  if (known.languages.size > 0 && candidate.originalLanguage && !known.languages.has(candidate.originalLanguage)) {
    return `original language ${candidate.originalLanguage}, not ${[...known.languages].join('/')}`;
  }
  let score = 0;
  const evidence: string[] = [];
  const add = (points: number, why: string) => {
    score += points;
    evidence.push(`${points > 0 ? '+' : ''}${points} ${why}`);
  };
  if (candidateNames.includes(known.primary)) add(1, 'same name');
  if (known.originalNames.has(normalizeName(candidate.originalName))) add(3, 'same original name');
  if (known.languages.size > 0 && candidate.originalLanguage) add(2, 'same original language');
  if (known.countries.size > 0 && candidate.originCountries.length > 0) {
    if (candidate.originCountries.some((country) => known.countries.has(country))) add(2, 'same origin country');
    else add(-2, `origin ${candidate.originCountries.join('/')}`);
  }
  const year = candidate.firstDate ? Number(candidate.firstDate.slice(0, 4)) : undefined;
  if (known.year !== undefined && year !== undefined) addYearPoints(known.year, year, known.film, add);
  // Evidence against outweighs the name: a same-named title from elsewhere and another decade is another title.
  if (score < 0) return `another title (${evidence.join(', ')})`;
  return { candidate, score, evidence };
}

/** A film's year should agree (within one: festival vs release); a series may be known by a later season. */
function addYearPoints(
  knownYear: number,
  year: number,
  film: boolean,
  add: (points: number, why: string) => void,
): void {
  const gap = knownYear - year;
  if (gap === 0) add(3, `first ${year}`);
  else if (Math.abs(gap) === 1) add(1, `first ${year}, a year apart`);
  else if (film || gap < 0) add(-3, `first ${year}, not ${knownYear}`);
}

/** The candidates a person is shown for an ambiguous title. */
export function summarizeCandidate(candidate: TmdbCandidate): CandidateSummary {
  const summary: CandidateSummary = {
    kind: candidate.kind,
    id: candidate.id,
    name: candidate.name,
    originalName: candidate.originalName,
  };
  if (candidate.firstDate) summary.year = candidate.firstDate.slice(0, 4);
  return summary;
}
