import type { CurationChange } from '../../domain/curation.js';
import { seedDealChanges } from '../../domain/curation-seed.js';
import type { Catalog } from '../../domain/types.js';
import { numberChanges } from '../curation-schema.js';
import { catalogOf, documentOf, publish } from './catalog.js';
import { transaction, type Pool } from './connect.js';
import { changesAfter, insertChanges, lockCurationLog, withRows } from './curation.js';

export interface CurationSeedSources {
  /** The first catalog, when the database has none yet. */
  initial: () => Promise<Catalog>;
  /** A lowdb deployment's curated changes (its DATA_DIR/curated.json), if there are any. */
  carried: () => Promise<readonly CurationChange[] | undefined>;
}

/**
 * The first start's curated changes, exactly once per schema however many processes start together (a
 * transaction-level advisory lock, then the `curation_seeded` mark): a lowdb deployment's curated changes when
 * there are some (numbers kept), else the catalog's hand-typed deals, which become ordinary curated changes by the
 * seed catalog while the catalog is published without them, as the lowdb store does on its first start. On a new
 * database that catalog is the first one published; on one that already serves a catalog, a new version.
 */
export async function seedCuration(pool: Pool, schema: string, sources: CurationSeedSources): Promise<void> {
  if ((await pool.query('select 1 from curation_seeded')).rows.length) return;
  await transaction(pool, async (client) => {
    await lockCurationLog(client, schema);
    if ((await client.query('select 1 from curation_seeded')).rows.length) return;
    const saved = withRows([], await changesAfter(client, 0));
    const carried = await sources.carried();
    const [current] = (
      await client.query<{ version: number; document: Buffer }>(
        'select c.version, v.document from catalog_current c join catalog_versions v using (version)',
      )
    ).rows;
    const catalog = current ? await catalogOf(current.document, current.version) : await sources.initial();
    const withoutDeals = !carried && catalog.deals.length > 0;
    if (!current || withoutDeals)
      await publish(
        client,
        schema,
        await documentOf(withoutDeals ? { ...catalog, deals: [] } : catalog),
        current?.version,
      );
    const changes = carried ? carried.map(({ seq: _seq, ...change }) => change) : seedDealChanges(catalog);
    await insertChanges(client, numberChanges(saved, changes));
    await client.query('insert into curation_seeded (origin) values ($1)', [
      carried ? 'lowdb curated.json' : 'seed catalog deals',
    ]);
  });
}
