import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Deps } from '../services/deps.js';

export type { Deps };

/** One slash command. `data` is built with SlashCommandBuilder; the router calls the handlers. */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, deps: Deps): Promise<unknown>;
  /**
   * Whether this invocation answers only the person who asked. The router must know before it defers an
   * interaction a burst kept waiting, so the placeholder (and the answer that replaces it) is private too.
   */
  isPrivate?(interaction: ChatInputCommandInteraction): boolean;
  /** Must answer quickly and never throw; the router answers [] if it does. */
  autocomplete?(interaction: AutocompleteInteraction, deps: Deps): Promise<unknown>;
  /** Buttons whose custom id starts with `<command name>:`. */
  button?(interaction: ButtonInteraction, deps: Deps): Promise<unknown>;
}
