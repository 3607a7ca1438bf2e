import { MessageFlags, type Interaction } from 'discord.js';
import type { Command, Deps } from './command.js';
import { answerPrivately } from './reply.js';
import { UserError } from '../domain/user-error.js';
import { commandRef, t, toLocale } from '../i18n/index.js';
import { userErrorText } from '../i18n/user-error.js';

/**
 * Discord drops an answer that comes more than 3 s after the interaction was created. When a burst has kept an
 * interaction waiting this long, it is acknowledged first (deferred) and answered by editing.
 */
export const DEFER_WHEN_OLDER_THAN_MS = 1500;

/**
 * The one place interactions are dispatched and errors are caught: a UserError becomes an ephemeral answer with
 * its message in the asker's language; anything else is logged with its context and the user gets a short
 * apology. Autocomplete never fails visibly: it answers an empty list.
 */
export function createInteractionHandler(commands: readonly Command[], deps: Deps) {
  const byName = new Map(commands.map((command) => [command.data.name, command]));

  return async function handleInteraction(interaction: Interaction): Promise<void> {
    const context = {
      userId: interaction.user.id,
      guildId: interaction.guildId ?? undefined,
      interactionId: interaction.id,
    };
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      try {
        if (!command?.autocomplete) throw new Error('no autocomplete handler');
        await command.autocomplete(interaction, deps);
      } catch (error) {
        deps.logger.warn({ ...context, command: interaction.commandName, err: error }, 'autocomplete failed');
        if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
      }
      return;
    }
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      await run(interaction, { ...context, command: interaction.commandName }, async () => {
        if (!command) throw new UserError('router.unknownCommand', { about: commandRef('about') });
        if (Date.now() - interaction.createdTimestamp > DEFER_WHEN_OLDER_THAN_MS) {
          await interaction.deferReply(command.isPrivate?.(interaction) ? { flags: MessageFlags.Ephemeral } : {});
        }
        return command.execute(interaction, deps);
      });
      return;
    }
    if (interaction.isButton()) {
      const name = interaction.customId.split(':', 1)[0] ?? '';
      const command = byName.get(name);
      await run(interaction, { ...context, command: name, customId: interaction.customId }, () => {
        if (!command?.button) throw new UserError('router.staleButton');
        return command.button(interaction, deps);
      });
    }
  };

  async function run(
    interaction: Parameters<typeof answerPrivately>[0],
    context: Record<string, unknown>,
    task: () => Promise<unknown>,
  ): Promise<void> {
    try {
      await task();
    } catch (error) {
      const expected = error instanceof UserError;
      if (!expected) deps.logger.error({ ...context, err: error }, 'command failed');
      const locale = toLocale(interaction.locale);
      await answerPrivately(interaction, expected ? userErrorText(locale, error) : t(locale, 'router.apology')).catch(
        (replyError: unknown) => deps.logger.warn({ ...context, err: replyError }, 'could not send the error reply'),
      );
    }
  }
}
