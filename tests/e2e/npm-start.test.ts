import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../support/emulator/index.js';
import { DATABASE_URL, testDatabase } from '../helpers/postgres.js';
import { tempDir } from '../helpers/seed.js';
import { serveFiles } from '../helpers/serve-files.js';
import { readFixture } from '../importers/support.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs what `npm start` runs (the launcher: compiled bot if built and current, else TypeScript) as a process. */
function startBotProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, [path.join(repoRoot, 'src/launch/start.mjs')], {
    cwd: repoRoot,
    // Tests never reach the internet: the default Netflix download is turned off unless a test points it at 127.0.0.1.
    env: { PATH: process.env.PATH ?? '', NETFLIX_TOP10_URL: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe('npm start (src/index.ts as a process)', () => {
  let emulator: Emulator | undefined;
  let child: ChildProcess | undefined;
  afterEach(async () => {
    child?.kill('SIGKILL');
    await emulator?.stop();
  });

  it('without a token, exits 1 saying how to get one and how to try offline', async () => {
    const run = startBotProcess({ DATA_DIR: tempDir() });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('DISCORD_TOKEN is not set');
    expect(run.output()).toContain('npm run console');
  });

  it('reports every configuration problem at once', async () => {
    const run = startBotProcess({ DISCORD_TOKEN: 'Bot nope', DISCORD_GUILD_ID: '42', LOG_LEVEL: 'loud' });
    expect(await run.exited).toBe(1);
    for (const name of ['DISCORD_TOKEN', 'DISCORD_GUILD_ID', 'LOG_LEVEL']) expect(run.output()).toContain(name);
  });

  it('stops on a corrupt catalog, naming it, and leaves it untouched', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'catalog.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, '{"version":1,'));
    emulator = await startEmulator();
    const run = startBotProcess({ DISCORD_TOKEN: emulator.token, DISCORD_API_URL: emulator.apiUrl, DATA_DIR: dataDir });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`${file}: not valid JSON`);
    expect(readFileSync(file, 'utf8')).toBe('{"version":1,');
  });

  it('logs in through DISCORD_API_URL, registers its commands, answers, and stops cleanly on SIGTERM without logging the token', async () => {
    emulator = await startEmulator();
    const run = startBotProcess({
      DISCORD_TOKEN: emulator.token,
      DISCORD_API_URL: emulator.apiUrl,
      DISCORD_GUILD_ID: emulator.guildId,
      DATA_DIR: tempDir(),
      LOG_LEVEL: 'debug',
    });
    child = run.child;
    await emulator.waitFor(() => emulator!.registeredCommands({ guildId: emulator!.guildId }).length > 0, 15_000);
    const outcome = await emulator.command({ name: 'title', options: [{ name: 'name', type: 3, value: 'Parasite' }] });
    expect(outcome.callback?.data?.embeds?.[0]?.title).toBe('Parasite');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('shutting down');
    expect(run.output()).not.toContain(emulator.token);
  });

  it('stops with a clear message, and without the password, when PostgreSQL cannot be reached', async () => {
    emulator = await startEmulator();
    const run = startBotProcess({
      DISCORD_TOKEN: emulator.token,
      DISCORD_API_URL: emulator.apiUrl,
      DATABASE_URL: 'postgres://withk:very-secret-pw@127.0.0.1:1/withk',
    });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('withk cannot start: PostgreSQL 127.0.0.1:1/withk (schema public)');
    expect(run.output()).toContain('Check DATABASE_URL');
    expect(run.output()).not.toContain('very-secret-pw');
  });

  it.skipIf(!DATABASE_URL)('runs on PostgreSQL when DATABASE_URL is set, and stops cleanly', async () => {
    const database = testDatabase();
    try {
      emulator = await startEmulator();
      const run = startBotProcess({
        DISCORD_TOKEN: emulator.token,
        DISCORD_API_URL: emulator.apiUrl,
        DISCORD_GUILD_ID: emulator.guildId,
        DATA_DIR: tempDir(),
        DATABASE_URL: database.url,
        DATABASE_SCHEMA: database.schema,
      });
      child = run.child;
      await emulator.waitFor(() => emulator!.registeredCommands({ guildId: emulator!.guildId }).length > 0, 15_000);
      const outcome = await emulator.command({
        name: 'title',
        options: [{ name: 'name', type: 3, value: 'Parasite' }],
      });
      expect(outcome.callback?.data?.embeds?.[0]?.title).toBe('Parasite');
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      const reopened = await database.open();
      expect(await reopened.commandRegistration.get()).toMatchObject({ scope: `guild:${emulator.guildId}` });
    } finally {
      await database.cleanup();
    }
  });

  it('fetches the Netflix Top 10 files on first start, by itself, and /about says what arrived and what failed', async () => {
    const files = await serveFiles({
      '/global.tsv': { body: readFixture('netflix-top10/global-9col.tsv') },
      '/countries.tsv': { status: 503, body: 'busy' },
    });
    try {
      emulator = await startEmulator();
      const run = startBotProcess({
        DISCORD_TOKEN: emulator.token,
        DISCORD_API_URL: emulator.apiUrl,
        DISCORD_GUILD_ID: emulator.guildId,
        DATA_DIR: tempDir(),
        NETFLIX_TOP10_URL: `${files.url('/global.tsv')},${files.url('/countries.tsv')}`,
      });
      child = run.child;
      await emulator.waitFor(() => run.output().includes('source refresh failed'), 15_000);
      expect(files.hits).toEqual(['/global.tsv', '/countries.tsv']);
      expect(run.output().match(/source refresh failed/g)).toHaveLength(1);
      const about = await emulator.command({ name: 'about' });
      const sources = (about.callback?.data?.embeds?.[0]?.fields as { name: string; value: string }[]).find(
        (f) => f.name === 'Data sources',
      )!.value;
      expect(sources).toMatch(
        /\*\*Netflix Top 10\*\*: data to 26 Oct 2025, refreshed .* ago · 12 chart entries.*⚠ last refresh failed: countries\.tsv: GET .* answered HTTP 503/,
      );
    } finally {
      await files.stop();
    }
  });
});
