import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { emptyTitleLists } from '../../src/domain/title.js';
import type { Catalog, Title } from '../../src/domain/types.js';
import type { Store } from '../../src/store/store.js';
import { createMemoryStore } from '../../src/store/memory-store.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A fixture under tests/fixtures, by path relative to it. */
export const fixturePath = (relative: string) => fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url));
export const readFixture = (relative: string) => readFileSync(fixturePath(relative), 'utf8');

export function emptyCatalog(overrides: Partial<Catalog> = {}): Catalog {
  return {
    version: 1,
    titles: [],
    companies: [],
    deals: [],
    charts: [],
    chartEntries: [],
    statistics: [],
    sources: [],
    ...overrides,
  };
}

/** A curated title with only what resolution looks at filled in. */
export function curatedTitle(fields: Partial<Title> & Pick<Title, 'id' | 'name'>): Title {
  return {
    ...emptyTitleLists(),
    kind: 'series',
    origin: 'curated',
    source: { publication: 'Test', date: '2025-10-21' },
    asOf: '2025-10-21',
    ...fields,
  };
}

/** An in-memory store that records every catalog it was given to publish. */
export function memoryStore(initial: Catalog): Store & { writes: Catalog[] } {
  const store = createMemoryStore(initial);
  const writes: Catalog[] = [];
  const replace = store.catalog.replace;
  return {
    ...store,
    writes,
    catalog: {
      ...store.catalog,
      async replace(next) {
        writes.push(next);
        await replace(next);
      },
    },
  };
}
