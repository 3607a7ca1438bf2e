import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgressBar } from '../../src/importers/progress.js';

/** A stream double that records what is written and claims (or not) to be a terminal. */
function fakeStderr(isTTY: boolean) {
  let written = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, output: () => written };
}

describe('createProgressBar', () => {
  it('writes nothing when stderr is not a terminal', () => {
    const { stream, output } = fakeStderr(false);
    const bar = createProgressBar('netflix', stream);
    bar.update(512, 1024);
    bar.stop();
    expect(output()).toBe('');
  });

  it('draws a bar with the label and size when stderr is a terminal', () => {
    const { stream, output } = fakeStderr(true);
    const bar = createProgressBar('netflix', stream);
    bar.update(1024 * 1024, 2 * 1024 * 1024);
    bar.stop();
    expect(output()).toMatch(/netflix .*50% \| 1\.0\/2\.0 MB/);
  });
});
