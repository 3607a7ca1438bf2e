import type { CurationChange } from '../../domain/curation.js';
import { seedDealChanges } from '../../domain/curation-seed.js';
import { numberChanges } from '../curation-schema.js';
import { catalogOf, documentOf, publish } from './catalog.js';
import { transaction, type Pool } from './connect.js';
import { changesAfter, insertChanges, lockCurationLog, withRows } from './curation.js';

/**
 * The first start's curated changes, exactly once per schema however many processes start together (a
 * transaction-level advisory lock, then the `curation_seeded` mark): a lowdb deployment's curated changes when
 * `carried()` finds them (its DATA_DIR/curated.json, numbers kept), else the current catalog's hand-typed deals,
 * which become ordinary curated changes by the seed catalog while a catalog without them is published, as the
 * lowdb store does on its first start.
 */
export async function seedCuration(
  pool: Pool,
  schema: string,
  carried: () => Promise<readonly CurationChange[] | undefined>,
): Promise<void> {
  if ((await pool.query('select 1 from curation_seeded')).rows.length) return;
  await transaction(pool, async (client) => {
    await lockCurationLog(client, schema);
    if ((await client.query('select 1 from curation_seeded')).rows.length) return;
    const saved = withRows([], await changesAfter(client, 0));
    const fromLowdb = await carried();
    let origin = 'lowdb curated.json';
    let changes = fromLowdb?.map(({ seq: _seq, ...change }) => change);
    if (!changes) {
      const [current] = (
        await client.query<{ version: number; document: Buffer }>(
          'select c.version, v.document from catalog_current c join catalog_versions v using (version)',
        )
      ).rows;
      const catalog = await catalogOf(current!.document, current!.version);
      origin = 'seed catalog deals';
      changes = seedDealChanges(catalog);
      if (catalog.deals.length)
        await publish(client, schema, await documentOf({ ...catalog, deals: [] }), current!.version);
    }
    await insertChanges(client, numberChanges(saved, changes));
    await client.query('insert into curation_seeded (origin) values ($1)', [origin]);
  });
}
