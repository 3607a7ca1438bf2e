import { MessageFlags, type Interaction } from 'discord.js';
import type { Command, Deps } from './command.js';
import { answerPrivately } from './reply.js';
import { UserError } from '../domain/user-error.js';

/**
 * Discord drops an answer that comes more than 3 s after the interaction was created. When a burst has kept an
 * interaction waiting this long, it is acknowledged first (deferred) and answered by editing.
 */
export const DEFER_WHEN_OLDER_THAN_MS = 1500;

const APOLOGY = 'Sorry, something went wrong on our side while answering that. It has been logged; please try again.';

/**
 * The one place interactions are dispatched and errors are caught: a UserError becomes an ephemeral answer with
 * its text; anything else is logged with its context and the user gets a short apology. Autocomplete never fails
 * visibly: it answers an empty list.
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
        if (!command) throw new UserError('That command is not part of this version of withk. Try `/about`.');
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
        if (!command?.button) throw new UserError('This button no longer works. Run the command again.');
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
      await answerPrivately(interaction, expected ? error.message : APOLOGY).catch((replyError: unknown) =>
        deps.logger.warn({ ...context, err: replyError }, 'could not send the error reply'),
      );
    }
  }
}
