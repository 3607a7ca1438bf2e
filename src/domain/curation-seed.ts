import type { Editor, NewCurationChange } from './curation.js';
import type { Catalog } from './types.js';

export const SEED_EDITOR: Editor = { id: 'seed', name: 'seed catalog', via: 'seed' };

/**
 * The deals typed by hand into the seed catalog, as ordinary curated changes: one "added" change per deal, by the
 * seed catalog, citing the deal's own source. Ids and times come from the deals themselves, so every instance
 * migrates to the same changes and two instances' histories merge without doubles.
 */
export function seedDealChanges(catalog: Catalog): NewCurationChange[] {
  return catalog.deals.map((deal) => ({
    id: `seed:${deal.id}`,
    at: `${deal.asOf.length === 10 ? deal.asOf : deal.source.date}T00:00:00.000Z`,
    editor: SEED_EDITOR,
    source: deal.source,
    action: 'add-deal',
    deal,
  }));
}
