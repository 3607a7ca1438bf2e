import { commands } from '../commands/index.js';
import { ConfigError, loadConfig, MISSING_TOKEN_HELP, secretsOf, type Config } from './config.js';
import { startApp, type App } from './app.js';
import { createLogger } from './logger.js';
import { DatabaseError, DataFileError, openData } from './services/open-data.js';
import { VERSION } from './version.js';

/** Composition root: config → store → Discord client and digest scheduler; a clean stop on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  const store = await openData(config, logger).catch((error: unknown) => {
    if (error instanceof DataFileError)
      exit(`withk cannot start: ${error.message}\nThe file was left untouched. Fix or remove it, then start again.`);
    if (error instanceof DatabaseError)
      exit(`withk cannot start: ${error.message}\nCheck DATABASE_URL (and DATABASE_SCHEMA) in .env, then start again.`);
    throw error;
  });
  const deps = { store, logger, config, clock: () => new Date(), startedAt: new Date(), version: VERSION };

  let app: App | undefined;
  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await app?.stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    app = await startApp(deps, commands);
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/invalid token|authentication failed|401/i.test(message)) {
      exit(
        'Discord refused the token (401). Reset it in the Developer Portal (Bot → Reset Token), put it in .env as DISCORD_TOKEN and start again.',
      );
    }
    logger.fatal({ err: error }, 'could not start');
    process.exit(1);
  }
}

function readConfigOrExit(): Config & { token: string } {
  try {
    const config = loadConfig();
    if (!config.token) exit(MISSING_TOKEN_HELP);
    return config as Config & { token: string };
  } catch (error) {
    if (error instanceof ConfigError) exit(`${error.message}\nSee .env.example for what each variable means.`);
    throw error;
  }
}

function exit(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

await main();
