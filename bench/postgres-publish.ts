/**
 * What publishing the 1× catalog (seed + the real Netflix global and 134,620-row country files) costs in
 * PostgreSQL mode, and how it reaches a second store (as another process would load it; both live in this process
 * here, so the event-loop block is the reader's load alone): `npm run bench:postgres` (needs DATABASE_URL; uses a
 * schema of its own and drops it). Each figure is the median of BENCH_ROUNDS runs (default 5), beside the lowdb
 * store's replace of the same catalog.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import pg from 'pg';
import type { Catalog } from '../src/domain/types.js';
import { openStore } from '../src/store/open-store.js';
import { openPostgresStore, type PostgresStore } from '../src/store/postgres/open-postgres-store.js';
import { prepareDataset } from './dataset.js';
import { copyDataDir, makeTempDir } from './paths.js';
import { median, timed } from './stats.js';

const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('bench:postgres needs DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test\n');
  process.exit(2);
}

const schema = `withk_bench_${process.pid}`;
const dataset = await prepareDataset(makeTempDir());
process.stdout.write(
  `${dataset.notice ?? 'Real data.'} 1× catalog: ${dataset.titles} titles, ${dataset.chartEntries} chart entries, ` +
    `${(dataset.catalogBytes / 1e6).toFixed(1)} MB of JSON.\n`,
);

const figures = new Map<string, number[]>();
const record = (name: string, value: number) => figures.set(name, [...(figures.get(name) ?? []), value]);

try {
  const firstOpen = await timed(() => openPostgresStore({ url, schema, dataDir: dataset.dataDir }));
  record('first start: migrate + publish the 1× catalog + load it (ms)', firstOpen.ms);
  const writer = firstOpen.value;
  let heard: ((version: number) => void) | undefined;
  const readerOpen = await timed(() =>
    openPostgresStore({ url, schema, catalogPollMs: 3_600_000, onCatalogChange: (v) => heard?.(v) }),
  );
  record('another process starts: load + validate + index the current version (ms)', readerOpen.ms);
  const reader: PostgresStore = readerOpen.value;
  const lowdb = await openStore({ dataDir: copyDataDir(dataset.dataDir) });

  const base = writer.catalog.current().catalog;
  for (let round = 0; round < ROUNDS; round++) {
    const next: Catalog = { ...base, statistics: base.statistics.slice(round % 2) };
    const text = await timed(() => JSON.stringify(next));
    record('  of which JSON.stringify (ms)', text.ms);
    const document = await timed(() => gzip(text.value, { level: 1 }));
    record('  of which gzip level 1, on the thread pool (ms)', document.ms);
    record('document size, JSON (MB)', text.value.length / 1e6);
    record('document size, gzip (MB)', document.value.length / 1e6);
    record('  gunzip in a reader (ms)', (await timed(() => gunzip(document.value))).ms);

    const changed = new Promise<number>((resolve) => (heard = resolve));
    const delay = monitorEventLoopDelay({ resolution: 1 });
    const published = await timed(() => writer.catalog.replace(next));
    record('catalog.replace on PostgreSQL: validate + index + publish (ms)', published.ms);
    delay.enable();
    const reached = await timed(() => changed);
    delay.disable();
    record('publish → current in the reading store, loaded in the background (ms)', reached.ms);
    record('  longest event-loop block while the reader loads it (ms)', delay.max / 1e6);
    record('catalog.replace on lowdb, same catalog (ms)', (await timed(() => lowdb.catalog.replace(next))).ms);
  }
  await reader.close();
  await writer.close();
} finally {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  await pool.query(`drop schema if exists ${schema} cascade`);
  await pool.end();
}

for (const [name, values] of figures) {
  const value = median(values);
  process.stdout.write(`${name.padEnd(82)} ${value.toFixed(value < 10 ? 2 : 0)}\n`);
}
