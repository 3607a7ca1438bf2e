import { describe, expect, it } from 'vitest';
import type { Catalog, ChartEntry, EngagementEntry, Title } from '../../src/domain/types.js';
import { emptyTitleLists } from '../../src/domain/title.js';
import { catalogSchema } from '../../src/store/schemas.js';
import { loadSeed } from '../helpers/seed.js';

// Fresh strings, as JSON.parse makes them: equal in value, distinct in memory.
const fresh = (value: string) => JSON.parse(JSON.stringify(value)) as string;

const entry = (week: string, rank: number): ChartEntry => ({
  chartId: fresh('netflix-kr-tv'),
  period: fresh(week),
  rank,
  titleId: fresh('romantics-anonymous'),
  label: fresh('Romantics Anonymous: Limited Series'),
  season: fresh('Limited Series'),
});

const line = (period: string): EngagementEntry => ({
  titleId: fresh('romantics-anonymous'),
  period: fresh(period),
  label: fresh('Romantics Anonymous'),
  kind: 'series',
  hoursViewed: 1_000_000,
  releaseDate: fresh('2025-10-16'),
});

const bare = (id: string): Title => ({
  ...loadSeed().titles[0]!,
  id,
  name: id,
  ...emptyTitleLists(),
  platforms: [fresh('Netflix')],
  source: { publication: fresh('Netflix engagement report'), date: fresh('2025-06-30') },
  asOf: fresh('2025-06-30'),
});

function catalog(): Catalog {
  const seed = loadSeed();
  return {
    ...seed,
    titles: [...seed.titles, bare('first'), bare('second')],
    chartEntries: [entry('2025-10-19', 6), entry('2025-10-19', 7), entry('2025-10-26', 3)],
    engagement: [line('2025-H2'), line('2025-H2')],
  };
}

// Strings cannot be compared by identity from JavaScript (=== compares values), so what is checked here is that
// values survive and that the shared objects are shared; bench figure 5 measures what sharing the strings saves.
describe('a validated catalog shares equal values among its records', () => {
  it('keeps every value as it was', () => {
    const before = catalog();
    expect(catalogSchema.parse(structuredClone(before))).toEqual(before);
  });

  it('gives titles one frozen empty list and one source record per publication and date', () => {
    const parsed = catalogSchema.parse(catalog());
    const first = parsed.titles.find((t) => t.id === 'first')!;
    const second = parsed.titles.find((t) => t.id === 'second')!;
    expect(first.aliases).toBe(second.cast);
    expect(Object.isFrozen(first.aliases)).toBe(true);
    expect(() => (first.aliases as string[]).push('x')).toThrow(TypeError);
    expect(first.source).toBe(second.source);
    expect(first.externalIds).toBe(second.externalIds);
    // Text lists with the same items are shared too (frozen); other lists keep their own.
    expect(first.platforms).toBe(second.platforms);
    expect(first.platforms).toEqual(['Netflix']);
    expect(Object.isFrozen(first.platforms)).toBe(true);
    const romantics = parsed.titles.find((t) => t.id === 'romantics-anonymous')!;
    expect(romantics.platforms).toEqual(['Netflix']);
    expect(romantics.platforms).toBe(first.platforms);
    expect(romantics.originCountries).not.toBe(first.originCountries);
  });
});
