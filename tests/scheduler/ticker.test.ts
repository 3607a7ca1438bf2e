import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createTicker } from '../../src/scheduler/ticker.js';

describe('createTicker', () => {
  it('never runs two ticks at once: a tick asked for meanwhile joins the running one', async () => {
    let runs = 0;
    let release!: () => void;
    const ticker = createTicker(
      async () => {
        runs++;
        await new Promise<void>((resolve) => (release = resolve));
      },
      { tickMs: 60_000, logger: createLogger({ level: 'silent' }), name: 'test' },
    );
    const first = ticker.tick();
    const second = ticker.tick();
    expect(second).toBe(first);
    release();
    await first;
    expect(runs).toBe(1);
  });

  it('logs a failing tick and lets the next one run', async () => {
    const lines: string[] = [];
    let runs = 0;
    const ticker = createTicker(
      async () => {
        runs++;
        if (runs === 1) throw new Error('disk on fire');
      },
      { tickMs: 60_000, logger: createLogger({ level: 'info', write: (line) => lines.push(line) }), name: 'test' },
    );
    await ticker.tick();
    await ticker.tick();
    expect(runs).toBe(2);
    expect(lines.join('')).toContain('test tick failed');
    expect(lines.join('')).toContain('disk on fire');
  });
});
