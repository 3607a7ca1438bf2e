import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const testsDir = fileURLToPath(new URL('.', import.meta.url));

describe('tests never reach the internet', () => {
  it('turns the default Netflix download off in every test that starts the bot as a process', () => {
    // A child process gets the environment the test builds, not vitest's: without NETFLIX_TOP10_URL it would
    // fetch Netflix's public files on start.
    const files = readdirSync(testsDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    const starters = files.filter((name) =>
      /spawn\([^)]*(start\.mjs|src\/index\.ts)/s.test(readFileSync(path.join(testsDir, name), 'utf8')),
    );
    expect(starters.length).toBeGreaterThan(0);
    for (const name of starters)
      expect(readFileSync(path.join(testsDir, name), 'utf8'), name).toContain('NETFLIX_TOP10_URL');
  });
});
