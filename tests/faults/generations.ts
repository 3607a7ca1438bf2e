import type { Catalog } from '../../src/domain/types.js';
import type { State } from '../../src/store/state-types.js';

/**
 * Numbered versions of the catalog and state files for the kill tests. Generation N stamps N both near the start and
 * near the end of the file, so a file that mixed two writes, or stopped part way, cannot pass as either one.
 * Generation 0 is what openStore creates on first start: the plain seed and the empty state.
 */

export const SYNTHETIC_ENTRIES = 25_000;
export const SYNTHETIC_DELIVERIES = 5_000;
const MARKER_ID = 'fault-generation';

/** The seed plus SYNTHETIC_ENTRIES chart rows whose `views` is `generation`, and a statistic whose value is too. */
export function catalogOf(seed: Catalog, generation: number): Catalog {
  const rows = Array.from({ length: SYNTHETIC_ENTRIES }, (_, i) => ({
    chartId: 'netflix-global-tv-non-english',
    period: '2025-10-19',
    rank: i + 1,
    titleId: 'romantics-anonymous',
    label: `Synthetic row ${i}`,
    views: generation,
  }));
  const marker = { ...seed.statistics[0]!, id: MARKER_ID, value: generation };
  return { ...seed, chartEntries: [...seed.chartEntries, ...rows], statistics: [...seed.statistics, marker] };
}

/** Stamps `generation` on the command hash and on every one of SYNTHETIC_DELIVERIES deliveries. */
export function stampState(draft: State, generation: number): void {
  const tag = `gen-${generation}`;
  draft.commands = { hash: tag, scope: 'fault-test', at: '2025-10-21T09:00:00.000Z' };
  draft.deliveries = Array.from({ length: SYNTHETIC_DELIVERIES }, (_, i) => ({
    guildId: String(100_000_000_000_000_000n + BigInt(i)),
    localDate: '2025-10-21',
    status: 'sent' as const,
    channelId: '123456789012345678',
    at: '2025-10-21T09:00:00.000Z',
    messageId: tag,
  }));
}

/** The generation of an in-memory catalog: its marker statistic's value, 0 for the plain seed. */
export const catalogGeneration = (catalog: Catalog): number =>
  catalog.statistics.find((s) => s.id === MARKER_ID)?.value ?? 0;

/** The generation of an in-memory state: from its command hash, 0 for the empty state. */
export const stateGeneration = (state: State): number => (state.commands ? Number(state.commands.hash.slice(4)) : 0);

/**
 * Reads the generation from the raw text of catalog.json, throwing (with the reason) unless the text is one whole
 * generation: parseable, every synthetic row present, and every stamp equal.
 */
export function generationOfCatalogText(text: string, seed: Catalog): number {
  const catalog = JSON.parse(text) as Catalog;
  const generation = catalogGeneration(catalog);
  const rows = catalog.chartEntries.slice(seed.chartEntries.length);
  if (generation === 0) {
    if (rows.length !== 0) throw new Error(`no marker statistic but ${rows.length} synthetic rows`);
    return 0;
  }
  if (rows.length !== SYNTHETIC_ENTRIES)
    throw new Error(`${rows.length} synthetic rows, expected ${SYNTHETIC_ENTRIES}`);
  const stray = rows.findIndex((row) => row.views !== generation);
  if (stray !== -1) throw new Error(`marker says ${generation} but row ${stray} has views ${rows[stray]!.views}`);
  return generation;
}

/** Like generationOfCatalogText, for state.json. */
export function generationOfStateText(text: string): number {
  const state = JSON.parse(text) as State;
  const generation = stateGeneration(state);
  if (generation === 0) {
    if (state.deliveries.length !== 0) throw new Error(`no command hash but ${state.deliveries.length} deliveries`);
    return 0;
  }
  if (state.deliveries.length !== SYNTHETIC_DELIVERIES) {
    throw new Error(`${state.deliveries.length} deliveries, expected ${SYNTHETIC_DELIVERIES}`);
  }
  const stray = state.deliveries.findIndex((d) => d.messageId !== `gen-${generation}`);
  if (stray !== -1)
    throw new Error(`hash says ${generation} but delivery ${stray} has ${state.deliveries[stray]!.messageId}`);
  return generation;
}
