import {
  ApplicationCommandOptionType,
  Client,
  CommandInteractionOptionResolver,
  type APIApplicationCommandOption,
  type CommandInteractionOption,
  type Interaction,
} from 'discord.js';
import type { Command } from '../discord/command.js';

/** What a command sent back, as Discord would have received it. */
export interface ConsoleReply {
  kind: 'reply' | 'edit' | 'followUp' | 'update' | 'choices';
  payload: Record<string, unknown>;
}

const client = new Client({ intents: [] });
// discord.js builds resolvers itself and marks the constructor private; the console needs one without a gateway.
const OptionResolver = CommandInteractionOptionResolver as unknown as new (
  client: Client,
  options: CommandInteractionOption[],
  resolved: object,
) => CommandInteractionOptionResolver;
export const CONSOLE_USER = { id: '100000000000000001', username: 'console', tag: 'console' };

/**
 * Just enough of a discord.js interaction for the router and commands to run unchanged: the options go through
 * discord.js's own option resolver, and every reply is captured instead of sent.
 */
export function createConsoleInteraction(
  type: 'command' | 'autocomplete' | 'button',
  input: { command: string; options?: CommandInteractionOption[]; customId?: string },
  replies: ConsoleReply[],
): Interaction {
  const state = { deferred: false, replied: false, ephemeral: false, responded: false };
  const record =
    (kind: ConsoleReply['kind']) =>
    async (payload: Record<string, unknown> = {}) => {
      replies.push({ kind, payload });
      if (kind === 'reply' || kind === 'update') state.replied = true;
      return undefined;
    };
  const fake = {
    id: String(Date.now()),
    user: CONSOLE_USER,
    guildId: null,
    guild: null,
    channel: null,
    channelId: null,
    commandName: input.command,
    customId: input.customId ?? '',
    memberPermissions: null,
    inGuild: () => false,
    isAutocomplete: () => type === 'autocomplete',
    isChatInputCommand: () => type === 'command',
    isButton: () => type === 'button',
    options: new OptionResolver(client, input.options ?? [], {}),
    get deferred() {
      return state.deferred;
    },
    get replied() {
      return state.replied;
    },
    get ephemeral() {
      return state.ephemeral;
    },
    get responded() {
      return state.responded;
    },
    reply: record('reply'),
    editReply: record('edit'),
    followUp: record('followUp'),
    update: record('update'),
    deferReply: async (options: { flags?: number } = {}) => {
      state.deferred = true;
      state.ephemeral = Boolean(options.flags);
    },
    deferUpdate: async () => {
      state.deferred = true;
    },
    respond: async (choices: unknown[]) => {
      state.responded = true;
      replies.push({ kind: 'choices', payload: { choices } });
    },
  };
  return fake as unknown as Interaction;
}

/**
 * Parses console input into a command and options, using the command's own option definitions:
 * "/deals CJ ENM" (the text fills the first option), "/deals company:CJ ENM kind:investment",
 * "/digest status" (a subcommand), "/trends 14".
 */
export function parseConsoleInput(
  line: string,
  commands: readonly Command[],
): { command: Command; options: CommandInteractionOption[] } | { error: string } {
  const match = /^\/?(\S+)\s*(.*)$/s.exec(line.trim());
  const command = match && commands.find((c) => c.data.name === match[1]!.toLowerCase());
  if (!match || !command)
    return { error: `Unknown command. Try one of: ${commands.map((c) => `/${c.data.name}`).join(' ')}` };
  let rest = match[2]!.trim();
  let defs = (command.data.toJSON().options ?? []) as APIApplicationCommandOption[];
  const sub = defs.find(
    (d) => d.type === ApplicationCommandOptionType.Subcommand && rest.split(/\s+/)[0]?.toLowerCase() === d.name,
  );
  if (sub && 'options' in sub) {
    rest = rest.slice(sub.name.length).trim();
    defs = (sub.options ?? []) as APIApplicationCommandOption[];
  }
  const named = [...rest.matchAll(/(?:^|\s)([a-z_]+):/g)].filter((m) => defs.some((d) => d.name === m[1]));
  const values = new Map<string, string>();
  // Text before the first name:value pair fills the first option ("/chart japan tv period:2022-10-16").
  const leading = rest.slice(0, named[0]?.index ?? rest.length).trim();
  if (leading && defs[0]) values.set(defs[0].name, leading);
  {
    named.forEach((m, i) => {
      const end = named[i + 1]?.index ?? rest.length;
      values.set(m[1]!, rest.slice(m.index! + m[0].length, end).trim());
    });
  }
  const options: CommandInteractionOption[] = [];
  for (const [name, raw] of values) {
    const def = defs.find((d) => d.name === name)!;
    if (def.type === ApplicationCommandOptionType.Channel)
      return { error: 'Channel options need a real Discord server; they are not available offline.' };
    const numeric =
      def.type === ApplicationCommandOptionType.Integer || def.type === ApplicationCommandOptionType.Number;
    if (numeric && !/^-?\d+(\.\d+)?$/.test(raw)) return { error: `${name} must be a number.` };
    options.push({ name, type: def.type, value: numeric ? Number(raw) : raw });
  }
  const missing = defs.find((d) => 'required' in d && d.required && !values.has(d.name));
  if (missing) return { error: `Missing ${missing.name}: ${missing.description}` };
  return { command, options: sub ? [{ name: sub.name, type: sub.type, options }] : options };
}
