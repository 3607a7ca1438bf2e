import { commands } from '../../commands/index.js';
import { createConsoleInteraction } from '../../src/cli/console-interaction.js';
import { createInteractionHandler } from '../../src/discord/router.js';
import { indexOf } from '../../src/services/catalog-index.js';
import { openStore } from '../../src/store/open-store.js';
import { createBenchDeps, createMemoryStore } from '../bench-deps.js';
import { growCatalog } from '../grow-catalog.js';
const base = (await openStore({ dataDir: '/tmp/scratch/data1' })).getCatalog();
const store = createMemoryStore(growCatalog(base, 100));
const { deps } = createBenchDeps(store);
indexOf(store);
const handle = createInteractionHandler(commands, deps);
(globalThis as any).gc();
console.log('--- measuring at', performance.now().toFixed(0));
const slow: string[] = [];
for (let i = 0; i < 3000; i++) {
  const t = performance.now();
  await handle(createConsoleInteraction('command', { command: 'trends', options: [{ name: 'days', type: 4, value: 90 }] }, []));
  const ms = performance.now() - t;
  if (ms > 8) slow.push(`${t.toFixed(0)}:${ms.toFixed(1)}`);
}
console.log('--- done at', performance.now().toFixed(0), 'slow calls (start:ms):', slow.join(' '));
