import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  TmdbAuthError,
  TmdbNotFoundError,
  TmdbResponseError,
  TmdbUnavailableError,
} from '../../../src/services/tmdb-source.js';
import { MAX_CAST } from '../../../src/importers/tmdb/convert.js';
import { tmdbLinkSchema } from '../../../src/store/tmdb-schema.js';
import { squidGame } from '../../support/tmdb/fixtures/index.js';
import { aggregateCast } from '../../support/tmdb/fixtures/types.js';
import { startTmdbStandIn, type TmdbStandIn } from '../../support/tmdb/server.js';
import { clientFor } from './support.js';

const AT = new Date('2026-01-10T00:00:00Z');

describe('TMDB client against the stand-in', () => {
  let standIn: TmdbStandIn;
  beforeAll(async () => {
    standIn = await startTmdbStandIn();
  });
  afterAll(() => standIn.stop());
  beforeEach(() => standIn.reset());

  it('searches series with the v3 key as api_key and returns every listed candidate', async () => {
    const { client } = clientFor(standIn);
    const candidates = await client.search('tv', 'Squid Game');
    expect(candidates.map((c) => [c.id, c.name, c.originalName])).toEqual([
      [93405, 'Squid Game', '오징어 게임'],
      [204082, 'Squid Game: The Challenge', 'Squid Game: The Challenge'],
    ]);
    expect(candidates[0]).toMatchObject({
      kind: 'tv',
      originalLanguage: 'ko',
      originCountries: ['KR'],
      firstDate: '2021-09-17',
    });
    expect(standIn.requests[0]).toMatchObject({
      path: '/search/tv',
      query: { query: 'Squid Game', api_key: standIn.apiKey },
    });
  });

  it('sends a v4 read token as a Bearer header and never as a query parameter', async () => {
    const { client } = clientFor(standIn, { apiKey: undefined, readToken: standIn.readToken });
    await client.search('movie', 'Parasite');
    expect(standIn.requests[0]?.authorization).toBe(`Bearer ${standIn.readToken}`);
    expect(standIn.requests[0]?.query.api_key).toBeUndefined();
  });

  it('reads a series with creators, cast and characters, network, companies, seasons and names', async () => {
    const { client } = clientFor(standIn);
    const data = await client.details({ kind: 'tv', id: 93405 }, AT);
    expect(standIn.requests[0]?.query.append_to_response).toBe(
      'aggregate_credits,translations,alternative_titles,keywords,external_ids',
    );
    expect(data.creators).toEqual(['Hwang Dong-hyuk']);
    expect(data.cast[0]).toEqual({ name: 'Lee Jung-jae', character: "Seong Gi-hun / 'No. 456'", episodes: 22 });
    expect(data.networks).toEqual([{ tmdbId: 213, name: 'Netflix' }]);
    expect(data.productionCompanies.map((c) => `${c.name} ${c.country}`)).toEqual([
      'Siren Pictures KR',
      'Firstman Studio KR',
    ]);
    expect(data.names).toEqual([
      { lang: 'ko', name: '오징어 게임' },
      { lang: 'ja', name: 'イカゲーム' },
      { lang: 'en', name: 'Squid Game' },
    ]);
    expect(data.seasons.map((s) => `${s.number}:${s.airDate}:${s.episodes}`)).toEqual([
      '1:2021-09-17:9',
      '2:2024-12-26:7',
      '3:2025-06-27:6',
    ]);
    expect(data).toMatchObject({
      status: 'ended',
      firstAirDate: '2021-09-17',
      lastAirDate: '2025-06-27',
      imdbId: 'tt10919420',
      fetchedAt: AT.toISOString(),
    });
    expect(data.directors).toEqual(['Hwang Dong-hyuk']);
    expect(data.keywords).toContain('death game');
    expect(data.alternativeNames).toEqual(['Ojingeo Geim', 'Round 6']);
  });

  it('reads a film with its director, writers, cast and Korean and Japanese names', async () => {
    const { client } = clientFor(standIn);
    const data = await client.details({ kind: 'movie', id: 496243 }, AT);
    expect(data.directors).toEqual(['Bong Joon-ho']);
    expect(data.writers).toEqual(['Bong Joon-ho', 'Han Jin-won']);
    expect(data.cast[0]).toEqual({ name: 'Song Kang-ho', character: 'Kim Ki-taek' });
    expect(data.names.find((n) => n.lang === 'ja')?.name).toBe('パラサイト 半地下の家族');
    expect(data.productionCompanies).toEqual([{ tmdbId: 4399, name: 'Barunson E&A', country: 'KR' }]);
    expect(data).toMatchObject({
      originCountries: ['KR'],
      firstAirDate: '2019-05-30',
      status: 'released',
      imdbId: 'tt6751668',
    });
  });

  it('waits for Retry-After on a 429, then gets the answer', async () => {
    standIn.fail('/search/tv', { kind: 'rate-limited', retryAfter: '3' });
    const { client, sleeps } = clientFor(standIn);
    expect(await client.search('tv', 'Squid Game')).toHaveLength(2);
    expect(sleeps).toEqual([3000]);
    expect(standIn.requests).toHaveLength(2);
  });

  it('reads Retry-After given as an HTTP date', async () => {
    standIn.fail('/search/tv', { kind: 'rate-limited', retryAfter: new Date(7000).toUTCString() });
    const { client, sleeps } = clientFor(standIn);
    await client.search('tv', 'Mother');
    expect(sleeps).toEqual([7000]);
  });

  it('stops waiting when Retry-After is longer than it will honour', async () => {
    standIn.fail('/search/tv', { kind: 'rate-limited', retryAfter: '3600' });
    const { client, sleeps } = clientFor(standIn);
    await expect(client.search('tv', 'Mother')).rejects.toMatchObject({
      name: 'TmdbUnavailableError',
      rateLimited: true,
    });
    expect(sleeps).toEqual([]);
  });

  it('retries a 500 with growing backoff and succeeds', async () => {
    standIn.fail('/tv/93405', { kind: 'server-error' }, { kind: 'server-error', status: 503 });
    const { client, sleeps } = clientFor(standIn);
    expect((await client.details({ kind: 'tv', id: 93405 }, AT)).creators).toEqual(['Hwang Dong-hyuk']);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('gives up as unavailable after its retries when 5xx persists', async () => {
    standIn.fail('/tv/93405', ...Array.from({ length: 3 }, () => ({ kind: 'server-error' as const })));
    const { client } = clientFor(standIn, { maxRetries: 2 });
    await expect(client.details({ kind: 'tv', id: 93405 }, AT)).rejects.toBeInstanceOf(TmdbUnavailableError);
    expect(standIn.requests).toHaveLength(3);
  });

  it('throws an auth error at once on 401, without retrying', async () => {
    const { client } = clientFor(standIn, { apiKey: 'not-the-key-0000000000' });
    await expect(client.search('tv', 'Squid Game')).rejects.toBeInstanceOf(TmdbAuthError);
    expect(standIn.requests).toHaveLength(1);
  });

  it.each([
    ['garbage', /malformed or truncated JSON/],
    ['truncated', /malformed or truncated JSON/],
    ['html', /an HTML page \(text\/html\)/],
    ['wrong-shape', /unexpected shape at (page|results)/],
  ] as const)('rejects a %s body as a response error with its reason', async (kind, reason) => {
    standIn.fail('/search/movie', { kind });
    const { client } = clientFor(standIn);
    const error = await client.search('movie', 'Parasite').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TmdbResponseError);
    expect((error as TmdbResponseError).reason).toMatch(reason);
  });

  it('reports a removed record as not found', async () => {
    const { client } = clientFor(standIn);
    await expect(client.details({ kind: 'tv', id: 1 }, AT)).rejects.toBeInstanceOf(TmdbNotFoundError);
  });

  it('spaces requests to its rate', async () => {
    const { client, sleeps } = clientFor(standIn, { requestsPerSecond: 2 });
    for (const name of ['Squid Game', 'Mother', 'Parasite']) await client.search('tv', name);
    expect(sleeps).toEqual([500, 500]);
  });

  it('never writes the key in what it logs, even while retrying', async () => {
    standIn.fail('/search/tv', { kind: 'rate-limited', retryAfter: '1' }, { kind: 'server-error' });
    const { client, logs } = clientFor(standIn);
    await client.search('tv', 'Squid Game');
    expect(logs.length).toBe(2);
    expect(logs.join('\n')).toContain('/search/tv');
    expect(logs.join('\n')).not.toContain(standIn.apiKey);
  });
});

describe('TMDB client: odd but valid answers', () => {
  let standIn: TmdbStandIn;
  beforeAll(async () => {
    standIn = await startTmdbStandIn();
  });
  afterAll(() => standIn.stop());

  it('caps a long cast, drops blank names and empty ids, and what it keeps fits the catalog schema', async () => {
    const odd = squidGame();
    const credits = odd.appended.aggregate_credits as { cast: unknown[] };
    credits.cast = [
      aggregateCast(1, '   ', 'Nobody', 1, 0),
      ...Array.from({ length: 50 }, (_, i) => aggregateCast(100 + i, `Actor ${i}`, '', 1, i + 1)),
    ];
    Object.assign(odd.details, {
      original_language: '',
      status: 'Something New',
      seasons: [
        { season_number: 0, name: 'Specials', air_date: null, episode_count: 2 },
        { season_number: 1, name: '', air_date: '', episode_count: 9 },
      ],
    });
    Object.assign(odd.appended, { external_ids: { imdb_id: '' } });
    standIn.setFixtures([odd]);
    const { client } = clientFor(standIn);
    const data = await client.details({ kind: 'tv', id: 93405 }, AT);
    expect(data.cast).toHaveLength(MAX_CAST);
    expect(data.cast[0]).toEqual({ name: 'Actor 0', episodes: 1 });
    expect(data.seasons).toEqual([{ number: 1, name: 'Season 1', episodes: 9 }]);
    expect(data.originalLanguage).toBeUndefined();
    expect(data.status).toBeUndefined();
    expect(data.imdbId).toBeUndefined();
    expect(() => tmdbLinkSchema.parse({ status: 'enriched', checkedAt: AT.toISOString(), data })).not.toThrow();
  });
});
