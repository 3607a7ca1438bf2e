/**
 * Child process for instance-lock.test.ts: another bot instance holding the lock. Usage:
 * `node --import tsx hold-lock.ts <lockFile>`. Tries to hold the lock at once and prints `held true|false`; then each
 * stdin line `hold` tries again (printing the same) and `release` releases it (printing `released`). Runs until killed.
 */
import { createInterface } from 'node:readline';
import { createInstanceLock } from '../../src/store/instance-lock.js';

const [file] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: hold-lock.ts <lockFile>\n');
  process.exit(2);
}

const lock = createInstanceLock(file);
process.stdout.write(`held ${await lock.hold()}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'hold') process.stdout.write(`held ${await lock.hold()}\n`);
  if (line === 'release') {
    await lock.release();
    process.stdout.write('released\n');
  }
}
