import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCatalogIndex } from '../../src/domain/catalog-index.js';
import type { Catalog } from '../../src/domain/types.js';
import { BUNDLED_SEED } from '../../src/store/open-store.js';

/** A fresh copy of the bundled seed catalog. */
export const loadSeed = (): Catalog => JSON.parse(readFileSync(BUNDLED_SEED, 'utf8')) as Catalog;

export const seedIndex = () => createCatalogIndex(loadSeed());

/** A new empty directory under the OS temp dir. */
export const tempDir = (prefix = 'withk-') => mkdtempSync(path.join(tmpdir(), prefix));
