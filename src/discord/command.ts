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
  /** Must answer quickly and never throw; the router answers [] if it does. */
  autocomplete?(interaction: AutocompleteInteraction, deps: Deps): Promise<unknown>;
  /** Buttons whose custom id starts with `<command name>:`. */
  button?(interaction: ButtonInteraction, deps: Deps): Promise<unknown>;
}
