import { describe, expect, it } from 'vitest';
import type { TmdbCandidate } from '../../src/domain/enrichment.js';
import {
  matchTmdbCandidate,
  searchQueries,
  type MatchOutcome,
  type MatchSubject,
} from '../../src/domain/tmdb-match.js';

// Candidates as TMDB's search lists them (English names; series carry origin countries, films do not).
const tv = (
  id: number,
  name: string,
  originalName: string,
  lang: string,
  country: string,
  first: string,
): TmdbCandidate => ({
  kind: 'tv',
  id,
  name,
  originalName,
  originalLanguage: lang,
  originCountries: [country],
  firstDate: first,
});
const movie = (id: number, name: string, originalName: string, lang: string, first: string): TmdbCandidate => ({
  kind: 'movie',
  id,
  name,
  originalName,
  originalLanguage: lang,
  originCountries: [],
  firstDate: first,
});

const SQUID_GAME = tv(93405, 'Squid Game', '오징어 게임', 'ko', 'KR', '2021-09-17');
const THE_CHALLENGE = tv(204082, 'Squid Game: The Challenge', 'Squid Game: The Challenge', 'en', 'GB', '2023-11-22');
const PARASITE = movie(496243, 'Parasite', '기생충', 'ko', '2019-05-30');
const PARASITE_IN_LOVE = movie(760104, 'Parasite in Love', '恋する寄生虫', 'ja', '2021-11-12');
const PARASITE_1982 = movie(27813, 'Parasite', 'Parasite', 'en', '1982-03-12');
const MOTHER_KR = tv(76773, 'Mother', '마더', 'ko', 'KR', '2018-01-24');
const MOTHER_JP = tv(45859, 'Mother', 'Mother', 'ja', 'JP', '2010-04-14');
const BON_APPETIT = tv(247718, 'Bon Appétit, Your Majesty', '폭군의 셰프', 'ko', 'KR', '2025-08-23');

/** A withk title as an importer made it: Netflix labels carry a name only, KOBIS films a Korean name and date. */
function subject(name: string, facts: Partial<MatchSubject> = {}): MatchSubject {
  return { name, aliases: [], originalNames: [], kind: 'series', originCountries: [], ...facts };
}
const film = (name: string, facts: Partial<MatchSubject> = {}) => subject(name, { kind: 'film', ...facts });

function picked(outcome: MatchOutcome): number | number[] | string {
  if (outcome.status === 'matched') return outcome.best.candidate.id;
  if (outcome.status === 'ambiguous') return outcome.tied.map((entry) => entry.candidate.id).sort((a, b) => a - b);
  return 'not-found';
}

describe('matchTmdbCandidate', () => {
  it.each<[string, MatchSubject, TmdbCandidate[], number | number[] | string]>([
    [
      'a Netflix series label picks the series, not its look-alike',
      subject('Squid Game'),
      [SQUID_GAME, THE_CHALLENGE],
      93405,
    ],
    ['a Netflix season label is the series', subject('Squid Game: Season 2'), [SQUID_GAME, THE_CHALLENGE], 93405],
    [
      'the look-alike picks itself, never the series',
      subject('Squid Game: The Challenge'),
      [SQUID_GAME, THE_CHALLENGE],
      204082,
    ],
    [
      'a curated film with its Korean name, year and country',
      film('Parasite', {
        originalNames: [{ lang: 'ko', name: '기생충' }],
        originCountries: ['KR'],
        releaseDate: '2019-05-30',
      }),
      [PARASITE, PARASITE_IN_LOVE, PARASITE_1982],
      496243,
    ],
    [
      'a KOBIS film known only by its Korean name finds the English-named record',
      film('기생충', { originalNames: [{ lang: 'ko', name: '기생충' }], releaseDate: '2019-05-30' }),
      [PARASITE],
      496243,
    ],
    ['a look-alike film picks itself', film('Parasite in Love'), [PARASITE, PARASITE_IN_LOVE, PARASITE_1982], 760104],
    [
      'a Korean series searched by its English name, accents aside',
      subject('Bon Appetit, Your Majesty'),
      [BON_APPETIT],
      247718,
    ],
    [
      'a Korean series known by its Korean name only',
      subject('폭군의 셰프', { originalNames: [{ lang: 'ko', name: '폭군의 셰프' }] }),
      [BON_APPETIT],
      247718,
    ],
    [
      'two same-named series, the withk year decides',
      subject('Mother', { releaseDate: '2018-01-24' }),
      [MOTHER_JP, MOTHER_KR],
      76773,
    ],
    [
      'two same-named series, the other year decides the other way',
      subject('Mother', { releaseDate: '2010' }),
      [MOTHER_JP, MOTHER_KR],
      45859,
    ],
    [
      'two same-named series, the Korean name decides',
      subject('Mother', { originalNames: [{ lang: 'ko', name: '마더' }] }),
      [MOTHER_JP, MOTHER_KR],
      76773,
    ],
    [
      'two same-named series, the origin country decides',
      subject('Mother', { originCountries: ['JP'] }),
      [MOTHER_JP, MOTHER_KR],
      45859,
    ],
    [
      'two same-named series and nothing else known: ambiguous',
      subject('Mother'),
      [MOTHER_JP, MOTHER_KR],
      [45859, 76773],
    ],
    [
      'two same-named films and nothing else known: ambiguous',
      film('Parasite'),
      [PARASITE, PARASITE_IN_LOVE, PARASITE_1982],
      [27813, 496243],
    ],
    [
      'a same-named title in another original language is not it',
      subject('Mother', { originalNames: [{ lang: 'ko', name: '마더' }] }),
      [MOTHER_JP],
      'not-found',
    ],
    ['a film ten years off is another film', film('Parasite', { releaseDate: '2019' }), [PARASITE_1982], 'not-found'],
    ['a film never matches a series of the same name', film('Squid Game'), [SQUID_GAME], 'not-found'],
    ['no candidates: not found', subject('Squid Game'), [], 'not-found'],
  ])('%s', (_name, withk, candidates, expected) => {
    expect(picked(matchTmdbCandidate(withk, candidates))).toEqual(expected);
  });

  it('accepts a series known by a later season year', () => {
    expect(picked(matchTmdbCandidate(subject('Squid Game', { releaseDate: '2024-12-26' }), [SQUID_GAME]))).toBe(93405);
  });

  it('says why look-alikes were rejected', () => {
    const outcome = matchTmdbCandidate(subject('Squid Game: Season 3'), [THE_CHALLENGE]);
    expect(outcome).toEqual({
      status: 'not-found',
      rejected: [{ candidate: THE_CHALLENGE, reason: 'another name (Squid Game: The Challenge)' }],
    });
  });

  it('counts a candidate listed by two searches once', () => {
    expect(picked(matchTmdbCandidate(subject('Squid Game'), [SQUID_GAME, SQUID_GAME]))).toBe(93405);
  });
});

describe('searchQueries', () => {
  it('searches the series name without the season, then its original names', () => {
    const queries = searchQueries(
      subject('Squid Game: Season 2', { originalNames: [{ lang: 'ko', name: '오징어 게임' }] }),
    );
    expect(queries).toEqual(['Squid Game', '오징어 게임']);
  });

  it('keeps a name whose colon is part of it', () => {
    expect(searchQueries(subject('Squid Game: The Challenge'))).toEqual(['Squid Game: The Challenge']);
  });

  it('drops a name that folds to one already searched', () => {
    expect(searchQueries(film('기생충', { originalNames: [{ lang: 'ko', name: '기생충' }] }))).toEqual(['기생충']);
  });
});
