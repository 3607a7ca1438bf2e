import { createHash } from 'node:crypto';
import { Routes, type REST } from 'discord.js';
import type { Logger } from '../logger.js';
import { isRegistered, recordRegistration } from '../services/command-registration.js';
import type { Store } from '../services/deps.js';
import type { Command } from './command.js';

export interface RegisterOptions {
  rest: REST;
  applicationId: string;
  /** Guild-scoped registration shows changes at once (good for development); global takes up to an hour. */
  guildId?: string;
  commands: readonly Command[];
}

export const commandsJson = (commands: readonly Command[]) => commands.map((command) => command.data.toJSON());

export function commandsHash(commands: readonly Command[]): string {
  return createHash('sha256')
    .update(JSON.stringify(commandsJson(commands)))
    .digest('hex');
}

/** Registers the commands unconditionally (npm run deploy). */
export async function registerCommands({ rest, applicationId, guildId, commands }: RegisterOptions): Promise<number> {
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body: commandsJson(commands) })) as unknown[];
  return registered.length;
}

/** Registers only when the command JSON or scope changed since the last registration recorded in the store. */
export async function registerCommandsIfChanged(
  options: RegisterOptions & { store: Store; logger: Logger; now: Date },
): Promise<boolean> {
  const hash = commandsHash(options.commands);
  const scope = options.guildId ? `guild:${options.guildId}` : 'global';
  if (await isRegistered(options.store, hash, scope)) {
    options.logger.info({ scope }, 'commands unchanged since last registration');
    return false;
  }
  const count = await registerCommands(options);
  await recordRegistration(options.store, hash, scope, options.now);
  options.logger.info({ scope, count }, 'registered commands');
  return true;
}
