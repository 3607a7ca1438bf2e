import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSource } from '../../src/importers/import-source.js';
import { readFixture, repoRoot } from '../importers/support.js';
import { serveFiles } from '../helpers/serve-files.js';
import { embedsOf, startWithk, textOf, type Withk } from '../helpers/start-withk.js';

const sharedTop10 = path.resolve(repoRoot, '..', 'shared', 'data', 'netflix-top10');
const hasShared = existsSync(sharedTop10);
if (!hasShared) console.warn(`Real-data /chart and /title tests skipped: ${sharedTop10} is absent.`);

const chart = (withk: Withk, value: string, period?: string) =>
  withk.emulator.command({
    name: 'chart',
    options: [{ name: 'chart', type: 3, value }, ...(period ? [{ name: 'period', type: 3, value: period }] : [])],
  });
const title = (withk: Withk, value: string) =>
  withk.emulator.command({ name: 'title', options: [{ name: 'name', type: 3, value }] });

describe('charts imported from a URL on 127.0.0.1, asked through Discord', () => {
  let withk: Withk;
  let server: Awaited<ReturnType<typeof serveFiles>>;
  beforeAll(async () => {
    server = await serveFiles({
      '/all-weeks-global.tsv': { body: readFixture('netflix-top10/global-9col.tsv') },
      '/all-weeks-countries.tsv': { body: readFixture('netflix-top10/countries-8col.tsv') },
    });
    withk = await startWithk();
    await importSource(withk.store, 'netflix-top10', server.url('/all-weeks-global.tsv'));
    await importSource(withk.store, 'netflix-top10', server.url('/all-weeks-countries.tsv'));
  });
  afterAll(async () => {
    await withk?.stop();
    await server?.stop();
  });

  it('shows the latest week by default, with movement, source and period', async () => {
    const outcome = await chart(withk, 'netflix-global-tv-non-english');
    const [embed] = embedsOf(outcome);
    expect(embed?.title).toBe('Netflix Top 10 · Global · TV (Non-English)');
    expect(embed?.description).toContain('week of 20–26 Oct 2025');
    expect(embed?.description).toContain('`#3` ▲3 **Romantics Anonymous: Season 1**');
    expect(embed?.footer?.text).toBe('Source: Netflix Top 10, week of 20–26 Oct 2025');
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('finds the week containing a date', async () => {
    const outcome = await chart(withk, 'netflix-global-tv-non-english', '2025-10-15');
    expect(embedsOf(outcome)[0]?.description).toContain('`#6` NEW **Romantics Anonymous: Season 1**');
  });

  it('explains an unknown period and an unknown chart privately', async () => {
    const period = await chart(withk, 'netflix-global-tv-non-english', '1999-01-01');
    expect(period.ephemeral).toBe(true);
    expect(period.callback?.data?.content).toContain('the latest are 26 Oct 2025');
    const unknown = await chart(withk, 'Netflix Mars TV');
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.callback?.data?.content).toMatch(/^No chart matches “Netflix Mars TV”/);
  });

  it('gives /title a chart section: latest and previous rank, from the imported data', async () => {
    const text = textOf(await title(withk, 'Romantics Anonymous'));
    expect(text).toContain(
      '**Netflix Top 10 · Global · TV (Non-English)**: #3 week of 20–26 Oct 2025 (Season 1) · #6 the week before',
    );
  });

  it('autocompletes charts by country words and periods newest first', async () => {
    const charts = await withk.emulator.autocomplete({
      name: 'chart',
      options: [{ name: 'chart', type: 3, value: 'korea films', focused: true }],
    });
    expect(charts.callback?.data?.choices).toEqual([
      { name: 'Netflix Top 10 · South Korea · Films', value: 'netflix-kr-films' },
    ]);
    const periods = await withk.emulator.autocomplete({
      name: 'chart',
      options: [
        { name: 'chart', type: 3, value: 'netflix-global-tv-non-english' },
        { name: 'period', type: 3, value: '2025-10', focused: true },
      ],
    });
    expect(periods.callback?.data?.choices.slice(0, 2)).toEqual([
      { name: '26 Oct 2025', value: '2025-10-26' },
      { name: '19 Oct 2025', value: '2025-10-19' },
    ]);
  });

  it('keeps look-alikes apart: Parasite and Parasite in Love', async () => {
    const text = textOf(await title(withk, 'Parasite'));
    expect(text).toContain('Netflix Top 10 · South Korea · Films');
    expect(text).not.toContain('Japan');
  });
});

describe.skipIf(!hasShared)('the real Netflix files, asked through Discord', () => {
  let withk: Withk;
  beforeAll(async () => {
    withk = await startWithk();
    await importSource(withk.store, 'netflix-top10', path.join(sharedTop10, 'all-weeks-global.tsv'));
    const countries = await importSource(
      withk.store,
      'netflix-top10',
      path.join(sharedTop10, 'all-weeks-countries.2022-11-13.from-xlsx.tsv'),
    );
    expect(countries).toMatchObject({ read: 134_620, rejected: 0 });
  }, 60_000);
  afterAll(() => withk?.stop());

  it('shows Romantics Anonymous at #6 for the week ending 19 Oct 2025 and #3 the week after', async () => {
    const text = textOf(await title(withk, 'Romantics Anonymous'));
    expect(text).toContain('#3 week of 20–26 Oct 2025 (Season 1) · #6 the week before');
    const week = embedsOf(await chart(withk, 'netflix-global-tv-non-english', '2025-10-19'))[0]?.description;
    expect(week).toContain('`#6` NEW **Romantics Anonymous: Season 1**');
  });

  it('answers /chart for Netflix Japan TV from the country file, with movements', async () => {
    const outcome = await chart(withk, 'netflix-jp-tv');
    const [embed] = embedsOf(outcome);
    expect(embed?.title).toBe('Netflix Top 10 · Japan · TV');
    expect(embed?.description).toContain('week of 7–13 Nov 2022');
    expect(embed?.description?.split('\n').filter((line) => /^`#\d+`/.test(line))).toHaveLength(10);
    expect(embed?.description).toMatch(/▲|▼|NEW|RE|=/);
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('names the countries where a title charted in its latest week', async () => {
    const text = textOf(await title(withk, 'Squid Game'));
    expect(text).toMatch(/In its latest country week \(week of .* 2022\): .*South Korea/);
  });

  it('refuses a committed error page whole, leaving the catalog as it was', async () => {
    const before = withk.store.catalog.current();
    const error = path.join(sharedTop10, 'schema-variants', 'all-weeks-global.2023-06-01.ERROR-moved-permanently.tsv');
    await expect(importSource(withk.store, 'netflix-top10', error)).rejects.toThrow();
    expect(withk.store.catalog.current()).toBe(before);
    expect(readFileSync(path.join(withk.deps.config.dataDir, 'catalog.json'), 'utf8').length).toBeGreaterThan(
      1_000_000,
    );
  });
});
