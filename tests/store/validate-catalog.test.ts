import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/types.js';
import { catalogSchema } from '../../src/store/schemas.js';
import { validateCatalogInSteps } from '../../src/store/validate-catalog.js';
import { largeCatalog } from '../helpers/large-catalog.js';

const catalog = largeCatalog({ titles: 3_000, weeks: 5 });
const noPause = async () => undefined;

/** The error a value gets from one catalogSchema.parse, and from the stepped validation. */
async function errorsOf(value: unknown): Promise<[unknown, unknown]> {
  const whole = (() => {
    try {
      catalogSchema.parse(value);
    } catch (error) {
      return error;
    }
  })();
  const stepped = await validateCatalogInSteps(value, noPause).catch((error: unknown) => error);
  return [whole, stepped];
}

const withTitle = (at: number, title: unknown) => ({
  ...catalog,
  titles: catalog.titles.map((t, i) => (i === at ? title : t)),
});

describe('validateCatalogInSteps', () => {
  it('returns what catalogSchema.parse returns, unknown top-level fields dropped', async () => {
    const value = { ...catalog, extra: 'dropped' };
    expect(await validateCatalogInSteps(value, noPause)).toEqual(catalogSchema.parse(value));
  });

  it('accepts a catalog without engagement, as the schema does', async () => {
    const rest: Partial<Catalog> = { ...catalog };
    delete rest.engagement;
    expect(await validateCatalogInSteps(rest, noPause)).toEqual(catalogSchema.parse(rest));
  });

  it('returns copies of the large lists, as zod does: a later change to the list given does not reach it', async () => {
    const valid = await validateCatalogInSteps(catalog, noPause);
    expect(valid.chartEntries).not.toBe(catalog.chartEntries);
    expect(valid.chartEntries).toEqual(catalog.chartEntries);
  });

  it('shares equal values among the records of the large lists, as the schema does (see compactCatalog)', async () => {
    const valid = await validateCatalogInSteps(structuredClone(catalog), noPause);
    const [first, second] = valid.titles.filter((title) => title.id.startsWith('series-'));
    expect(first!.aliases).toBe(second!.cast);
    expect(Object.isFrozen(first!.aliases)).toBe(true);
    expect(first!.source).toBe(second!.source);
  });

  it('pauses between slices of the large lists', async () => {
    let pauses = 0;
    await validateCatalogInSteps(catalog, async () => void pauses++);
    const records = catalog.titles.length + catalog.chartEntries.length + catalog.engagement!.length;
    expect(pauses).toBeGreaterThanOrEqual(records / 5_000);
  });

  it.each<[string, unknown]>([
    ['a bad title far down the list', withTitle(2_500, { ...catalog.titles[2_500], kind: 'opera' })],
    ['a title that is not an object', withTitle(10, 'not a title')],
    [
      'a bad chart entry',
      { ...catalog, chartEntries: [...catalog.chartEntries.slice(0, 9_000), { chartId: 'c', period: 'x', rank: 0 }] },
    ],
    ['a bad engagement line', { ...catalog, engagement: [{ titleId: 't', period: '2025', kind: 'x' }] }],
    ['a bad company, outside the large lists', { ...catalog, companies: [{ id: '' }] }],
    ['both a bad company and a bad title', { ...withTitle(5, {}), companies: [{ id: '' }] }],
    ['no titles at all', { ...catalog, titles: undefined }],
    ['titles that are not a list', { ...catalog, titles: 'many' }],
    ['the wrong version', { ...catalog, version: 2 }],
    ['not an object', ['a', 'list']],
    ['nothing', null],
  ])('fails with the very error one parse gives for %s', async (_case, value) => {
    const [whole, stepped] = await errorsOf(value);
    expect(whole).toBeInstanceOf(Error);
    expect((stepped as Error).message).toBe((whole as Error).message);
    expect((stepped as Error).constructor).toBe((whole as Error).constructor);
  });

  it('hands a bad catalog to the given whole-value check, for its own kind of error', async () => {
    const bad = withTitle(1, {}) as unknown as Catalog;
    await expect(
      validateCatalogInSteps(bad, noPause, () => {
        throw new Error('named by the caller');
      }),
    ).rejects.toThrow('named by the caller');
  });
});
