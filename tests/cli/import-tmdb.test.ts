import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/seed.js';
import { fixturePath } from '../importers/support.js';
import { startTmdbStandIn, type TmdbStandIn } from '../support/tmdb/server.js';

/** A Netflix Top 10 week listing "Mother", an English name two TMDB series share. */
function motherWeek(dir: string): string {
  const file = path.join(dir, 'mother.tsv');
  writeFileSync(
    file,
    'week\tcategory\tweekly_rank\tshow_title\tseason_title\tweekly_hours_viewed\truntime\tweekly_views\tcumulative_weeks_in_top_10\n' +
      '2025-10-26\tTV (Non-English)\t7\tMother\tMother: Season 1\t1000000\t10\t100000\t1\n',
  );
  return file;
}

describe('npm run import -- tmdb', { timeout: 60_000 }, () => {
  let standIn: TmdbStandIn;
  let env: Record<string, string>;
  let imported: string;
  // Each CLI run is a process start: import once, and give every test a copy of that data directory.
  beforeAll(async () => {
    standIn = await startTmdbStandIn();
    imported = tempDir();
    const setup = { DATA_DIR: imported };
    expect((await cli('import.ts', ['netflix-top10', fixturePath('netflix-top10/global-9col.tsv')], setup)).code).toBe(
      0,
    );
    expect((await cli('import.ts', ['netflix-top10', motherWeek(imported)], setup)).code).toBe(0);
  }, 60_000);
  afterAll(() => standIn.stop());
  beforeEach(() => {
    standIn.reset();
    const dir = tempDir();
    cpSync(imported, dir, { recursive: true });
    env = { DATA_DIR: dir, TMDB_API_KEY: standIn.apiKey, TMDB_API_URL: standIn.url, TMDB_REQUESTS_PER_SECOND: '40' };
  });

  it('enriches the imported titles, then /title Squid Game names its creator, cast, network and companies', async () => {
    const run = await cli('import.ts', ['tmdb'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/titles considered \d+ · enriched [1-9]\d* · ambiguous 1 · not on TMDB \d+ · skipped 0/);
    expect(run.stdout).toContain('catalog saved.');
    expect(run.stdout).toContain('not endorsed or certified by TMDB');
    const card = (await cli('console.ts', ['/title Squid Game'], env)).stdout;
    for (const fact of [
      'Created by: Hwang Dong-hyuk',
      "Lee Jung-jae as Seong Gi-hun / 'No. 456'",
      'Network: Netflix',
      'Production: Siren Pictures, Firstman Studio',
      'TMDB',
    ]) {
      expect(card).toContain(fact);
    }
    expect(card).not.toContain('Reality');
    expect(card).not.toMatch(/^—$/m);
    const challenge = (await cli('console.ts', ['/title Squid Game: The Challenge'], env)).stdout;
    expect(challenge).toContain('Studio Lambert');
    expect(challenge).not.toContain('Hwang Dong-hyuk');
  });

  it('lists a title two records fit equally, and pins the one a person chooses', async () => {
    await cli('import.ts', ['tmdb'], env);
    const listed = await cli('import.ts', ['tmdb', '--ambiguous'], env);
    expect(listed.stdout).toContain('Mother (series, id mother)');
    expect(listed.stdout).toContain('tv/76773  Mother · 마더 · 2018');
    expect(listed.stdout).toContain('tv/45859  Mother · Mother · 2010');
    const pinned = await cli('import.ts', ['tmdb', '--title', 'Mother', '--id', 'tv/76773'], env);
    expect(pinned.stdout).toContain('Mother is now TMDB tv/76773');
    expect((await cli('import.ts', ['tmdb', '--ambiguous'], env)).stdout).toContain('No title is waiting');
    expect((await cli('console.ts', ['/title Mother'], env)).stdout).toContain('Lee Bo-young as Kang Soo-jin');
  });

  it('refreshes one title by name, using its kept TMDB id', async () => {
    await cli('import.ts', ['tmdb'], env);
    standIn.reset();
    const run = await cli('import.ts', ['tmdb', '--title', 'Squid Game'], env);
    expect(run.stdout).toContain('titles considered 1 · enriched 1');
    expect(standIn.requests.map((r) => r.path)).toEqual(['/tv/93405']);
  });

  it('says how to turn enrichment on when no key is set', async () => {
    const run = await cli('import.ts', ['tmdb'], { DATA_DIR: env.DATA_DIR! });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('TMDB_API_KEY');
    expect(run.stderr).toContain('https://www.themoviedb.org/settings/api');
  });

  it('stops on a refused key with one clear line, exit code 1, and never prints the key', async () => {
    const key = 'deadbeefdeadbeefdeadbeefdeadbeef';
    const run = await cli('import.ts', ['tmdb'], { ...env, TMDB_API_KEY: key });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((line) => line.includes('401'))).toHaveLength(1);
    expect(run.stdout).toContain('Stopped early: TMDB refused the key (401)');
    expect(run.stdout + run.stderr).not.toContain(key);
  });
});

describe('npm run console: /title full_cast', { timeout: 60_000 }, () => {
  it('reads a boolean option, so False means the card', async () => {
    const dir = tempDir();
    const card = await cli('console.ts', ['/title Parasite full_cast:False'], { DATA_DIR: dir });
    expect(card.stdout).toContain('━━ Parasite ━━');
    const cast = await cli('console.ts', ['/title Parasite full_cast:True'], { DATA_DIR: dir });
    expect(cast.stdout).toContain('━━ Cast of Parasite ━━');
    expect((await cli('console.ts', ['/title Parasite full_cast:maybe'], { DATA_DIR: dir })).stdout).toContain(
      'full_cast must be True or False.',
    );
  });
});
