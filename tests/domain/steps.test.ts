import { describe, expect, it } from 'vitest';
import { catalogIndexSteps } from '../../src/domain/catalog-index.js';
import { driveSteps, eachInSlices, runSteps, type Steps } from '../../src/domain/steps.js';
import { largeCatalog } from '../helpers/large-catalog.js';

function* countTo(n: number, seen: number[]): Steps<string> {
  for (let i = 1; i <= n; i++) {
    seen.push(i);
    yield;
  }
  return 'done';
}

/** How often `steps` stops before its end. */
function pausesOf<T>(steps: Steps<T>): number {
  let pauses = 0;
  while (!steps.next().done) pauses++;
  return pauses;
}

describe('runSteps', () => {
  it('runs every step and returns the result', () => {
    const seen: number[] = [];
    expect(runSteps(countTo(3, seen))).toBe('done');
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe('driveSteps', () => {
  it('awaits the pause between two steps, and no step runs before the pause before it ends', async () => {
    const seen: number[] = [];
    const log: string[] = [];
    const result = await driveSteps(countTo(3, seen), async () => {
      log.push(`pause after ${seen.length}`);
    });
    expect(result).toBe('done');
    expect(log).toEqual(['pause after 1', 'pause after 2', 'pause after 3']);
  });

  it('lets work queued meanwhile run during each pause', async () => {
    const order: string[] = [];
    const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
    setImmediate(() => order.push('other work'));
    await driveSteps(
      (function* () {
        order.push('step 1');
        yield;
        order.push('step 2');
      })(),
      pause,
    );
    expect(order).toEqual(['step 1', 'other work', 'step 2']);
  });
});

describe('eachInSlices', () => {
  it('visits every item in order with its position, and yields after each full slice but not at the end', () => {
    const visited: string[] = [];
    const steps = eachInSlices(['a', 'b', 'c', 'd', 'e', 'f'], 3, (item, i) => visited.push(`${i}${item}`));
    expect(pausesOf(steps)).toBe(1);
    expect(visited).toEqual(['0a', '1b', '2c', '3d', '4e', '5f']);
  });

  it('yields nothing for an empty list', () => {
    expect(pausesOf(eachInSlices([], 3, () => undefined))).toBe(0);
  });
});

describe('catalogIndexSteps', () => {
  it('stops at least once per 10,000 chart entries, so no step handles them all', () => {
    const catalog = largeCatalog({ titles: 5_000, weeks: 10 });
    expect(pausesOf(catalogIndexSteps(catalog))).toBeGreaterThanOrEqual(catalog.chartEntries.length / 10_000);
  });
});
