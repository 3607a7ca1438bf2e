import { Events } from 'discord.js';
import { commands } from '/work/main/commands/index.js';
import { startApp } from '/work/main/src/app.js';
import { createClient } from '/work/main/src/discord/bot.js';
import { openStore } from '/work/main/src/store/open-store.js';
import { indexOf } from '/work/main/src/services/catalog-index.js';
import { lookUpTitle } from '/work/main/src/services/titles.js';
import { renderTitleCard } from '/work/main/src/discord/render/title-card.js';
import { toPayload } from '/work/main/src/discord/reply.js';
import { startEmulator } from '/work/main/tests/support/emulator/index.js';
import { startBotClient } from '/work/main/tests/support/start-bot-client.js';
import { createBenchDeps } from '/work/main/bench/bench-deps.js';
import { constantCommand } from '/work/main/bench/constant-command.js';
import { copyDataDir } from '/work/main/bench/paths.js';
import { percentile } from '/work/main/bench/stats.js';
const emulator = await startEmulator({ validateAgainstSpec: false });
const store = await openStore({ dataDir: copyDataDir('/tmp/scratch/data1') });
const { deps } = createBenchDeps(store, { token: emulator.token, apiUrl: emulator.apiUrl, guildId: emulator.guildId });
const found = lookUpTitle(indexOf(store), 'Squid Game');
const cardPayload = toPayload(renderTitleCard((found as any).card));
console.log('payload bytes', JSON.stringify(cardPayload).length);
const run = async (name: string, value: string, n = 300) => {
  const t: number[] = [];
  for (let i = 0; i < n + 100; i++) {
    const s = performance.now();
    await emulator.command({ name, options: [{ name: 'name', type: 3, value }] as any });
    if (i >= 100) t.push(performance.now() - s);
  }
  return percentile(t, 50).toFixed(3);
};
for (let round = 0; round < 2; round++) {
  const app = await startApp(deps, [...commands, constantCommand], { client: createClient(emulator.apiUrl), tickMs: 3_600_000 });
  const a = await run('constant', 'x');
  const b = await run('title', 'Squid Game');
  const c = await run('title', 'squid-game');
  await app.stop();
  const client = await startBotClient(emulator);
  let mode = 'ok';
  client.on(Events.InteractionCreate, (i) => { if (i.isChatInputCommand()) void i.reply(mode === 'ok' ? { content: 'ok' } : cardPayload as any); });
  const d = await run('title', 'x');
  mode = 'card';
  const e = await run('title', 'x');
  await client.destroy();
  console.log({ withkConstant: a, withkTitleByName: b, withkTitleById: c, bareOk: d, bareCardPayload: e });
}
await emulator.stop();
