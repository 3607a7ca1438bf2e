import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, NETFLIX_TOP10_URLS, secretsOf, tmdbEnabled } from '../src/config.js';

const TOKEN = 'MTA4NzY1NDMyMTA5ODc2NTQzMg.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('loadConfig', () => {
  it('applies defaults when only the token is set', () => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN });
    expect(config).toMatchObject({ token: TOKEN, dataDir: './data', logLevel: 'info' });
    expect(config.guildId).toBeUndefined();
  });

  it('treats empty values as unset, as in a fresh .env', () => {
    expect(loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '' }).token).toBeUndefined();
  });

  it('reports every problem at once', () => {
    try {
      loadConfig({ DISCORD_TOKEN: 'Bot abc', DISCORD_GUILD_ID: '12', LOG_LEVEL: 'loud', DISCORD_API_URL: 'nope' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['DISCORD_TOKEN', 'DISCORD_GUILD_ID', 'LOG_LEVEL', 'DISCORD_API_URL'])
        expect(problems).toContain(name);
    }
  });

  it('never repeats a rejected token in its message', () => {
    const secret = 'Bot not.a.real-token-but-secret';
    expect(() => loadConfig({ DISCORD_TOKEN: secret })).toThrow(ConfigError);
    try {
      loadConfig({ DISCORD_TOKEN: secret });
    } catch (error) {
      expect((error as Error).message).not.toContain('secret');
    }
  });

  it('runs every shard here when only WITHK_SHARD_COUNT is set, or the given range', () => {
    expect(loadConfig({}).shards).toBeUndefined();
    expect(loadConfig({ WITHK_SHARD_COUNT: '3' }).shards).toEqual({ ids: [0, 1, 2], count: 3 });
    expect(loadConfig({ WITHK_SHARD_COUNT: '8', WITHK_SHARDS: '4-7' }).shards).toEqual({ ids: [4, 5, 6, 7], count: 8 });
  });

  it('explains a shard range that cannot work', () => {
    expect(() => loadConfig({ WITHK_SHARDS: '0-1' })).toThrow(/WITHK_SHARDS needs WITHK_SHARD_COUNT/);
    expect(() => loadConfig({ WITHK_SHARDS: '0-2', WITHK_SHARD_COUNT: '2' })).toThrow(/shard 2 does not exist/);
    expect(() => loadConfig({ WITHK_SHARD_COUNT: 'two' })).toThrow(/WITHK_SHARD_COUNT/);
  });

  it('strips a trailing slash from the API URL', () => {
    expect(loadConfig({ DISCORD_API_URL: 'http://127.0.0.1:9000/api/' }).apiUrl).toBe('http://127.0.0.1:9000/api');
  });

  it('fetches the official Netflix Top 10 files by default, so a fresh install fills itself', () => {
    expect(loadConfig({}).netflixTop10Urls).toEqual(NETFLIX_TOP10_URLS);
    expect(NETFLIX_TOP10_URLS.map((url) => url.split('/').at(-1))).toEqual([
      'all-weeks-global.tsv',
      'all-weeks-countries.tsv',
      'most-popular.tsv',
    ]);
  });

  it('lets NETFLIX_TOP10_URL replace the files, or turn fetching off', () => {
    expect(
      loadConfig({ NETFLIX_TOP10_URL: 'http://127.0.0.1:9/a.tsv, http://127.0.0.1:9/b.tsv' }).netflixTop10Urls,
    ).toEqual(['http://127.0.0.1:9/a.tsv', 'http://127.0.0.1:9/b.tsv']);
    expect(loadConfig({ NETFLIX_TOP10_URL: 'off' }).netflixTop10Urls).toEqual([]);
    expect(() => loadConfig({ NETFLIX_TOP10_URL: 'netflix please' })).toThrow(/NETFLIX_TOP10_URL/);
  });

  it('reads NETFLIX_ENGAGEMENT_URLS as a list, empty by default', () => {
    expect(loadConfig({}).netflixEngagementUrls).toEqual([]);
    expect(
      loadConfig({ NETFLIX_ENGAGEMENT_URLS: 'https://example.org/a.xlsx https://example.org/b.xlsx' })
        .netflixEngagementUrls,
    ).toHaveLength(2);
    expect(() => loadConfig({ NETFLIX_ENGAGEMENT_URLS: 'ftp://x' })).toThrow(/NETFLIX_ENGAGEMENT_URLS/);
  });

  it('reads editor user and role ids as comma-separated lists', () => {
    const config = loadConfig({
      WITHK_EDITOR_USER_IDS: '123456789012345678, 223456789012345678',
      WITHK_EDITOR_ROLE_IDS: '323456789012345678',
    });
    expect(config.editorUserIds).toEqual(['123456789012345678', '223456789012345678']);
    expect(config.editorRoleIds).toEqual(['323456789012345678']);
    expect(loadConfig({}).editorUserIds).toEqual([]);
  });

  it('names each editor entry that is not a Discord id by position, never echoing it', () => {
    expect(() =>
      loadConfig({ WITHK_EDITOR_USER_IDS: '123456789012345678,alice', WITHK_EDITOR_ROLE_IDS: '@mods' }),
    ).toThrow(
      /WITHK_EDITOR_USER_IDS must be Discord ids .*; entry 2 of 2 is not one[\s\S]*WITHK_EDITOR_ROLE_IDS .*entry 1 of 1/,
    );
  });

  it('uses lowdb, the public schema and a 60 s claim timeout unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ databaseUrl: undefined, databaseSchema: 'public', claimTimeoutS: 60 });
  });

  it('reads the PostgreSQL URL, schema and claim timeout', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://withk:pw@db.internal:5432/withk',
      DATABASE_SCHEMA: 'withk_prod',
      WITHK_CLAIM_TIMEOUT_S: '90',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://withk:pw@db.internal:5432/withk',
      databaseSchema: 'withk_prod',
      claimTimeoutS: 90,
    });
  });

  it('reports a bad database URL, schema and claim timeout at once, without echoing the URL', () => {
    try {
      loadConfig({
        DATABASE_URL: 'mysql://root:hunter22@x/y',
        DATABASE_SCHEMA: 'Prod-1',
        WITHK_CLAIM_TIMEOUT_S: '0.5',
      });
      expect.unreachable();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['DATABASE_URL', 'DATABASE_SCHEMA', 'WITHK_CLAIM_TIMEOUT_S']) expect(problems).toContain(name);
      expect(problems).not.toContain('hunter22');
    }
  });

  it('counts the database password among the secrets no log line may show', () => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DATABASE_URL: 'postgres://withk:p%40ss-w0rd-long@db/withk' });
    expect(secretsOf(config)).toEqual([TOKEN, 'p@ss-w0rd-long']);
  });
});

describe('loadConfig: TMDB', () => {
  it('reads the key, read token, URL, rate and age', () => {
    const config = loadConfig({
      TMDB_API_KEY: '0123456789abcdef0123456789abcdef',
      TMDB_READ_TOKEN: 'eyJhbGciOiJIUzI1NiJ9.payload.signature',
      TMDB_API_URL: 'http://127.0.0.1:9100/3/',
      TMDB_REQUESTS_PER_SECOND: '2.5',
      TMDB_MAX_AGE_DAYS: '14',
    });
    expect(config).toMatchObject({
      tmdbApiKey: '0123456789abcdef0123456789abcdef',
      tmdbReadToken: 'eyJhbGciOiJIUzI1NiJ9.payload.signature',
      tmdbApiUrl: 'http://127.0.0.1:9100/3',
      tmdbRequestsPerSecond: 2.5,
      tmdbMaxAgeDays: 14,
    });
  });

  it('counts the TMDB key and read token among the secrets no log line may show', () => {
    const config = loadConfig({
      TMDB_API_KEY: '0123456789abcdef0123456789abcdef',
      TMDB_READ_TOKEN: 'eyJhbGciOiJIUzI1NiJ9.p.s',
    });
    expect(secretsOf(config)).toEqual(['0123456789abcdef0123456789abcdef', 'eyJhbGciOiJIUzI1NiJ9.p.s']);
  });

  it('leaves enrichment off when neither credential is set', () => {
    const config = loadConfig({});
    expect(tmdbEnabled(config)).toBe(false);
    expect(tmdbEnabled(loadConfig({ TMDB_READ_TOKEN: 'eyJhbGciOiJIUzI1NiJ9.payload.signature' }))).toBe(true);
  });

  it('says which variable a swapped key and token belong in, without echoing them', () => {
    const key = '0123456789abcdef0123456789abcdef';
    const token = 'eyJhbGciOiJIUzI1NiJ9.payload.signature';
    const error = (() => {
      try {
        loadConfig({
          TMDB_API_KEY: token,
          TMDB_READ_TOKEN: key,
          TMDB_REQUESTS_PER_SECOND: '100',
          TMDB_MAX_AGE_DAYS: '0',
        });
      } catch (caught) {
        return caught as ConfigError;
      }
    })();
    expect(error?.problems).toEqual([
      'TMDB_API_KEY looks like a v4 read access token: set it as TMDB_READ_TOKEN instead',
      'TMDB_READ_TOKEN looks like a v3 API key: set it as TMDB_API_KEY instead',
      'TMDB_REQUESTS_PER_SECOND must be at most 40 (TMDB throttles above that)',
      'TMDB_MAX_AGE_DAYS must be at least 1',
    ]);
    expect(error?.message).not.toContain(key);
  });
});
