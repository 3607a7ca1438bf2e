import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describePostgres, rowsOf, testDatabase } from '../helpers/postgres.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/seed.js';

const DEAL = [
  'deal',
  '--companies',
  'CJ ENM, TBS',
  '--kind',
  'co-production',
  '--date',
  '2025-03',
  '--status',
  'completed',
  '--summary',
  'CJ ENM and TBS co-produced “Infinite Loop”.',
  '--source',
  'https://example.com/infinite-loop',
  '--titles',
  'Infinite Loop',
];

// Each step starts a Node process with tsx (about a second, more on a busy machine).
describe('npm run curate', { timeout: 60_000 }, () => {
  it('adds a deal from the terminal through the same steps as /curate, asking for --update on a near-duplicate', async () => {
    const env = { DATA_DIR: tempDir() };
    const offered = await runCli('curate.ts', DEAL, env);
    expect(offered.code).toBe(1);
    expect(offered.stdout).toContain('withk already has this deal');
    expect(offered.stdout).toContain('Run again with --update');
    const updated = await runCli('curate.ts', [...DEAL, '--update'], env);
    expect(updated.code).toBe(0);
    expect(updated.stdout).toContain('Updated as change #9: CJ ENM × TBS · Co-production · Mar 2025');
    const history = await runCli('curate.ts', ['history', '--target', 'deal:cj-enm-tbs-infinite-loop'], env);
    expect(history.stdout).toMatch(/#9 · .* — changed CJ ENM × TBS · Co-production · Mar 2025: date 2025 → Mar 2025/);
    expect(history.stdout).toMatch(/#5 · .* · seed catalog — added the deal/);
  });

  it('exports, merges into another instance once, and lists a conflicting change instead of applying it', async () => {
    const here = { DATA_DIR: tempDir() };
    const there = { DATA_DIR: tempDir() };
    const fix = (value: string) => [
      'fix',
      '--target',
      'deal:cj-enm-joint-ip',
      '--field',
      'date',
      '--value',
      value,
      '--source',
      'https://example.com/fix',
    ];
    expect((await runCli('curate.ts', fix('2025-10-02'), here)).code).toBe(0);
    expect((await runCli('curate.ts', fix('2025-10-09'), there)).code).toBe(0);
    expect((await runCli('curate.ts', ['alias', '--target', 'TBS', '--alias', 'Tokyo Hoso'], here)).code).toBe(0);
    const file = path.join(here.DATA_DIR, 'export.json');
    expect((await runCli('curate.ts', ['export', file], here)).stdout).toContain('Wrote 10 changes, 8 deals');
    const merged = await runCli('curate.ts', ['import', file], there);
    expect(merged.stdout).toContain('Took over 1 changes (#10–#10); 8 were already here; 1 conflicts.');
    expect(merged.stdout).toMatch(/conflict: their #9 \(.*\): value differs: date/);
    expect(merged.code).toBe(1);
    const log = JSON.parse(readFileSync(path.join(there.DATA_DIR, 'curated.json'), 'utf8')).changes;
    expect(log.at(-1)).toMatchObject({ seq: 10, action: 'add-alias', alias: 'Tokyo Hoso' });
    expect(log[8].fields[0].after).toBe('2025-10-09');
  });

  it('checks the curated file and names the place of each problem', async () => {
    const env = { DATA_DIR: tempDir() };
    expect((await runCli('curate.ts', ['check'], env)).stdout).toContain('no curated file yet');
    await runCli('curate.ts', ['alias', '--target', 'TBS', '--alias', 'Tokyo Hoso'], env);
    const fine = await runCli('curate.ts', ['check'], env);
    expect(fine).toMatchObject({ code: 0 });
    expect(fine.stdout).toContain('curated.json: 9 changes, 0 problems.');
    const file = path.join(env.DATA_DIR, 'curated.json');
    const curated = JSON.parse(readFileSync(file, 'utf8'));
    curated.changes[8].target.id = 'nobody';
    writeFileSync(file, JSON.stringify(curated));
    const missing = await runCli('curate.ts', ['check'], env);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('at changes[8] (#9): the record it changes does not exist (add-alias)');
    curated.changes[8].at = 'yesterday';
    writeFileSync(file, JSON.stringify(curated));
    const broken = await runCli('curate.ts', ['check'], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/curated\.json: does not match the expected layout, at changes\[8\]\.at/);
  });
});

describePostgres('npm run curate on PostgreSQL', () => {
  let database: ReturnType<typeof testDatabase>;
  afterEach(() => database.cleanup());

  it(
    'edits, lists and checks the shared changes, exits when done, and names a bad row',
    { timeout: 60_000 },
    async () => {
      database = testDatabase();
      const env = { DATA_DIR: tempDir(), DATABASE_URL: database.url, DATABASE_SCHEMA: database.schema };
      const bot = await database.open();
      const added = await runCli('curate.ts', ['alias', '--target', 'TBS', '--alias', 'Tokyo Hoso'], env);
      expect(added).toMatchObject({ code: 0 });
      expect(added.stdout).toContain('Alias added: TBS (company), change #9.');
      await expect
        .poll(() => bot.catalog.current().companies.get('tbs')?.aliases, { timeout: 5000 })
        .toContain('Tokyo Hoso');
      const history = await runCli('curate.ts', ['history', '--target', 'TBS'], env);
      expect(history.stdout).toMatch(/#9 · .* · \w+ \(terminal\) — added the name “Tokyo Hoso” to TBS \(company\)/);
      expect(await runCli('curate.ts', ['check'], env)).toMatchObject({ code: 0 });

      await rowsOf(
        database.schema,
        `update curation_changes set change = change || '{"at": "yesterday"}' where seq = 9`,
      );
      const broken = await runCli('curate.ts', ['check'], env);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain(
        'PostgreSQL table curation_changes: does not match the expected layout, at changes[8].at',
      );
    },
  );
});
