import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSource } from '../../src/importers/import-source.js';
import { answerText, curate, dealsText, press } from '../helpers/curate.js';
import { tempDir } from '../helpers/seed.js';
import { startWithk, type Withk } from '../helpers/start-withk.js';
import { fixturePath } from '../importers/support.js';

const SOURCE = 'https://news.example.org/a';
const SECOND_EDITOR = '456789012345678901';

describe('curated data through restarts and imports', () => {
  let withk: Withk;
  const dataDir = tempDir();
  const as = () => ({ userId: withk.emulator.ownerId });
  const title = async (name: string) =>
    answerText(await withk.emulator.command({ name: 'title', options: [{ name: 'name', type: 3, value: name }] }));
  beforeAll(async () => {
    withk = await startWithk({
      dataDir,
      now: new Date('2026-04-01T00:00:00Z'),
      config: () => ({ editorUserIds: [SECOND_EDITOR] }),
    });
  });
  afterAll(() => withk?.stop());

  it('keeps a re-imported title’s curated name and date, and leaves the curated file untouched', async () => {
    await curate(withk, 'alias', { target: 'title:romantics-anonymous', alias: 'Romantic Anonymous JP' }, as());
    const fixed = await curate(
      withk,
      'fix',
      { target: 'title:romantics-anonymous', field: 'date', value: '2025-10-17', source: SOURCE },
      as(),
    );
    expect(answerText(fixed)).toContain('Corrected: **Romantics Anonymous (title)**');
    const curated = readFileSync(`${dataDir}/curated.json`, 'utf8');
    const file = fixturePath('netflix-top10/global-9col.tsv');
    const first = await importSource(withk.store, 'netflix-top10', file, { now: new Date('2026-04-01') });
    expect(first.written).toBe(true);
    await importSource(withk.store, 'netflix-top10', file, { now: new Date('2026-04-02') });
    expect(readFileSync(`${dataDir}/curated.json`, 'utf8')).toBe(curated);
    const card = await title('Romantic Anonymous JP');
    expect(card).toContain('Romantics Anonymous');
    expect(card).toContain('17 Oct 2025');
    expect(card).toMatch(/Netflix Top 10/);
  });

  it('saves two editors’ deals pressed at the same moment, both, one after the other', async () => {
    const second = { userId: SECOND_EDITOR };
    const propose = (companies: string, summary: string, by: { userId: string }) =>
      curate(
        withk,
        'deal',
        { companies, kind: 'investment', date: '2026-01', status: 'announced', summary, source: SOURCE },
        by,
      );
    const [a, b] = await Promise.all([
      propose('Netflix, Yong Film', 'Netflix invests in Yong Film.', as()),
      propose('TVING, TBS', 'TVING invests with TBS.', second),
    ]);
    const before = (await withk.store.curation.list()).length;
    const saved = await Promise.all([press(withk, a, 'Save', as()), press(withk, b, 'Save', second)]);
    const seqs = saved.map((outcome) => Number(/change #(\d+)/.exec(answerText(outcome))![1])).sort((x, y) => x - y);
    expect(seqs).toEqual([before + 1, before + 2]);
    const log = await withk.store.curation.list();
    expect(new Set(log.slice(-2).map((change) => change.editor.id))).toEqual(
      new Set([withk.emulator.ownerId, SECOND_EDITOR]),
    );
    expect(await dealsText(withk, 'Yong Film')).toContain('Netflix invests in Yong Film.');
    expect(await dealsText(withk, 'TBS')).toContain('TVING invests with TBS.');
  });

  it('keeps every change, retire and alias after a restart', async () => {
    const retired = await curate(withk, 'retire', { target: 'deal:cj-enm-joint-ip', reason: 'Never happened' }, as());
    expect(answerText(retired)).toContain('Retired');
    const before = await withk.store.curation.list();
    await withk.restart();
    expect(await withk.store.curation.list()).toEqual(before);
    expect(await dealsText(withk, 'CJ ENM')).not.toContain('joint IPs');
    expect(await title('Romantic Anonymous JP')).toContain('17 Oct 2025');
    expect(await dealsText(withk, 'TBS')).toContain('TVING invests with TBS.');
    const history = answerText(await curate(withk, 'history', {}, as()));
    expect(history).toContain('retired **CJ ENM · Joint IP · Oct 2025 (retired)**: “Never happened”');
  });
});
