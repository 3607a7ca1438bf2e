import { Events } from 'discord.js';
import { startApp } from '../../src/app.js';
import { createClient, startBot } from '../../src/discord/bot.js';
import { openStore } from '../../src/store/open-store.js';
import { startEmulator } from '../../tests/support/emulator/index.js';
import { startBotClient } from '../../tests/support/start-bot-client.js';
import { createBenchDeps } from '../bench-deps.js';
import { constantCommand } from '../constant-command.js';
import { copyDataDir } from '../paths.js';
import { percentile } from '../stats.js';
const emulator = await startEmulator({ validateAgainstSpec: false });
const store = await openStore({ dataDir: copyDataDir('/tmp/scratch/data1') });
const { deps } = createBenchDeps(store, { token: emulator.token, apiUrl: emulator.apiUrl, guildId: emulator.guildId });
const run = async (n = 400) => {
  const t: number[] = [];
  for (let i = 0; i < n + 150; i++) {
    const s = performance.now();
    await emulator.command({ name: 'constant', options: [] });
    if (i >= 150) t.push(performance.now() - s);
  }
  return percentile(t, 50).toFixed(3);
};
for (let round = 0; round < 3; round++) {
  const out: Record<string, string> = {};
  { const client = await startBotClient(emulator); client.on(Events.InteractionCreate, (i) => { if (i.isChatInputCommand()) void i.reply({ content: 'ok' }); }); out.bare = await run(); await client.destroy(); }
  { const client = createClient(emulator.apiUrl); const ready = new Promise((r) => client.once(Events.ClientReady, r)); await client.login(emulator.token); await ready;
    client.on(Events.InteractionCreate, (i) => { if (i.isChatInputCommand()) void i.reply({ content: 'ok' }); }); out.withkClientPlainListener = await run(); await client.destroy(); }
  { const bot = await startBot(deps, [constantCommand], createClient(emulator.apiUrl)); out.startBotConstant = await run(); await bot.stop(); }
  { const app = await startApp(deps, [constantCommand], { client: createClient(emulator.apiUrl), tickMs: 3_600_000 }); out.startAppConstant = await run(); await app.stop(); }
  console.log(out);
}
await emulator.stop();
