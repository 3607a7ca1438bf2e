import { Client, CommandInteractionOptionResolver, type CommandInteractionOption, type Interaction } from 'discord.js';

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
  input: { command: string; options?: CommandInteractionOption[]; customId?: string; locale?: string },
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
    // Discord's locale codes: "en-US", "ko", "ja" (npm run console -- --lang ko).
    locale: input.locale ?? 'en-US',
    guildLocale: null,
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
