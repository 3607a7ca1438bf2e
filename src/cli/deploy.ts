import { REST } from 'discord.js';
import { commands } from '../../commands/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { registerCommands } from '../discord/register-commands.js';

/** npm run deploy: registers the slash commands now (guild-scoped with DISCORD_GUILD_ID, else global). */
async function main(): Promise<void> {
  const config = loadConfig();
  const missing = [!config.token && 'DISCORD_TOKEN', !config.clientId && 'DISCORD_CLIENT_ID'].filter(Boolean);
  if (missing.length)
    throw new ConfigError(missing.map((name) => `${name} is required to register commands (see .env.example)`));
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token!);
  const count = await registerCommands({ rest, applicationId: config.clientId!, guildId: config.guildId, commands });
  const where = config.guildId
    ? `in guild ${config.guildId} (visible now)`
    : 'globally (may take up to an hour to appear)';
  process.stdout.write(`Registered ${count} commands ${where}.\n`);
}

await main().catch((error: unknown) => {
  // discord.js REST errors never include the token; the message says what Discord refused.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
