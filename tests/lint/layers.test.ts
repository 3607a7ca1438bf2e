import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules live in eslint.config.mjs; these cases show each one actually fires (and allowed imports pass).
const eslint = new ESLint({ cwd: process.cwd() });

async function problemsOf(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    [
      'src/domain/x.ts',
      "import { openData } from '../services/open-data.js'; export const x = openData;",
      /domain is pure/,
    ],
    [
      'src/domain/x.ts',
      "import { format } from 'date-fns'; import { Client } from 'discord.js'; export const x = [format, Client];",
      /discord\.js/,
    ],
    [
      'src/discord/x.ts',
      "import { openStore } from '../store/open-store.js'; export const x = openStore;",
      /Only services use the store/,
    ],
    [
      'commands/x.ts',
      "import type { Store } from '../src/store/store.js'; export type X = Store;",
      /Only services use the store/,
    ],
    [
      'src/scheduler/x.ts',
      "import { createMemoryStore } from '../store/memory-store.js'; export const x = createMemoryStore;",
      /Only services/,
    ],
    ['src/importers/x.ts', "import { Low } from 'lowdb'; export const x = Low;", /Only src\/store may use lowdb/],
    ['src/services/x.ts', "import postgres from 'postgres'; export const x = postgres;", /Only src\/store may use/],
    ['src/discord/x.ts', "import { Pool } from 'pg'; export const x = Pool;", /Only src\/store may use/],
    ['src/services/x.ts', "import { EmbedBuilder } from 'discord.js'; export const x = EmbedBuilder;", /discord\.js/],
    [
      'src/store/x.ts',
      "import { lookUpTitle } from '../services/titles.js'; export const x = lookUpTitle;",
      /may not import services/,
    ],
    [
      'src/cli/x.ts',
      "import { openStore } from '../store/open-store.js'; export const x = openStore;",
      /Only services use the store/,
    ],
    [
      'src/index.ts',
      "import { openStore } from './store/open-store.js'; export const x = openStore;",
      /Only services use the store/,
    ],
    [
      'commands/x.ts',
      'export const f = (deps: { store: { catalog: unknown } }) => deps.store.catalog;',
      /pass it to a service/,
    ],
  ])('refuses what %s may not do', async (file, code, message) => {
    expect(await problemsOf(file, code)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['src/domain/x.ts', "import { normalizeName } from './normalize.js'; export const x = normalizeName;"],
    ['src/services/x.ts', "import type { Store } from '../store/store.js'; export type X = Store;"],
    [
      'commands/x.ts',
      "import { lookUpTitle } from '../src/services/titles.js'; export const f = (deps: { store: never }) => lookUpTitle(deps.store, 'x');",
    ],
    ['src/store/x.ts', "import { Low } from 'lowdb'; export const x = Low;"],
    ['src/store/postgres/x.ts', "import postgres from 'postgres'; export const x = postgres;"],
    [
      'src/services/x.ts',
      "import { openPostgresStore } from '../store/postgres/open-postgres-store.js'; export const x = openPostgresStore;",
    ],
  ])('allows what %s may do', async (file, code) => {
    expect(await problemsOf(file, code)).toEqual([]);
  });
});
