import type { IncomingHttpHeaders } from 'node:http';
import type { APIApplicationCommandInteractionDataOption, Locale } from 'discord-api-types/v10';

/** Bodies the bot sent; kept loose so tests can read `outcome.callback?.data?.content` without casts. */

export type LooseJson = any;

export interface EmulatorOptions {
  /** Number of guilds, each with one text channel (default 1). */
  guilds?: number;
  /** Permissions of the bot's role in every guild (default: DEFAULT_BOT_PERMISSIONS, no Administrator). */
  botPermissions?: bigint;
  /** When set, POST /channels/:id/messages answers 429 past this many messages per channel per second. */
  rateLimit?: { perChannelPerSecond?: number; globalPerSecond?: number };
  /** Validate JSON request bodies against the OpenAPI spec (default: true when the spec file exists). */
  validateAgainstSpec?: boolean;
  /** Names of extra roles every guild has (ids in `Emulator.roleIds`); members get them with `roles` on an input. */
  roles?: string[];
  /** The application belongs to a team with these members (ids), instead of to one user (`Emulator.ownerId`). */
  team?: { name: string; memberIds: string[] };
  /** Shards GET /gateway/bot recommends (default 1). Guilds are spread over shards by Discord's rule. */
  recommendedShards?: number;
}

export interface RecordedRequest {
  method: string;
  /** Decoded path without `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, or the parsed `payload_json` of a multipart body; undefined when there was no body. */
  body: unknown;
  files: RecordedFile[];
  at: number;
  /** HTTP status the emulator answered with (0 until answered). */
  status: number;
}

/** One multipart `files[n]` part, kept whole so tests can decode it. */
export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface RecordedMessage {
  id: string;
  channelId: string;
  /** The POST body as sent. */
  body: LooseJson;
  /** Files sent with it (multipart). */
  files: RecordedFile[];
  at: number;
  /** Bodies of later PATCH /channels/:id/messages/:id calls, in order. */
  edits: LooseJson[];
  deleted: boolean;
}

export interface InteractionResponse {
  kind: 'callback' | 'editOriginal' | 'deleteOriginal' | 'followUp' | 'editFollowUp' | 'deleteFollowUp';
  body: LooseJson;
  /** Files uploaded with this response (multipart), empty for JSON bodies. */
  files: RecordedFile[];
  at: number;
}

/** What the bot sent back for one interaction. The object stays live: later edits and follow-ups keep landing in it. */
export interface InteractionOutcome {
  interactionId: string;
  token: string;
  callback?: { type: number; data?: LooseJson };
  /** The @original message body: the callback data with every PATCH merged over it. */
  original?: LooseJson;
  followUps: LooseJson[];
  ephemeral: boolean;
  /** True once the bot deleted @original. */
  deleted: boolean;
  /** Every callback, edit, follow-up and delete, in arrival order. */
  responses: InteractionResponse[];
}

/**
 * The languages Discord sends with every interaction: `locale` is the asker's client language, `guildLocale` the
 * server's (Community servers set it; Discord sends "en-US" otherwise). Both default to "en-US".
 */
export interface InteractionLocales {
  locale?: Locale;
  guildLocale?: Locale;
}

export interface CommandInput extends InteractionLocales {
  /** Role ids the invoking member has (see EmulatorOptions.roles). */
  roles?: string[];
  name: string;
  options?: APIApplicationCommandInteractionDataOption[];
  userId?: string;
  guildId?: string;
  channelId?: string;
  memberPermissions?: bigint;
  resolved?: unknown;
  /** Wraps `options` in a subcommand option; `"group sub"` wraps it in a group as well. */
  subcommand?: string;
  /** Dates the interaction's id this far in the past, as if a burst had kept it waiting (the bot defers it). */
  ageMs?: number;
}

export interface AutocompleteInput extends InteractionLocales {
  /** Role ids the invoking member has (see EmulatorOptions.roles). */
  roles?: string[];
  name: string;
  /** One option (possibly nested in a subcommand) must carry `focused: true`. */
  options: APIApplicationCommandInteractionDataOption[];
  userId?: string;
  guildId?: string;
  channelId?: string;
}

export interface ButtonInput extends InteractionLocales {
  /** Role ids the invoking member has (see EmulatorOptions.roles). */
  roles?: string[];
  customId: string;
  messageId?: string;
  userId?: string;
  guildId?: string;
  channelId?: string;
}

export interface FaultResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Emulator {
  /** `http://127.0.0.1:PORT/api` (discord.js appends `/v10`). */
  apiUrl: string;
  token: string;
  applicationId: string;
  botUserId: string;
  /** Default invoking user of command/autocomplete/button. */
  userId: string;
  /** The user who owns the application (GET /applications/@me), unless it belongs to a team. */
  ownerId: string;
  /** Extra roles of the first guild by name (EmulatorOptions.roles). */
  roleIds: Record<string, string>;
  guildId: string;
  channelId: string;
  guilds: { id: string; channelIds: string[] }[];
  command(input: CommandInput, opts?: { timeoutMs?: number }): Promise<InteractionOutcome>;
  autocomplete(input: AutocompleteInput, opts?: { timeoutMs?: number }): Promise<InteractionOutcome>;
  button(input: ButtonInput, opts?: { timeoutMs?: number }): Promise<InteractionOutcome>;
  /** Sends any gateway dispatch to the bot (queued while it is reconnecting). */
  dispatch(event: string, data: unknown): void;
  readonly requests: RecordedRequest[];
  /** Requests no route matched (answered 404 `{message:'404: Not Found', code:0}`). */
  readonly unknownRoutes: RecordedRequest[];
  /** Bodies the OpenAPI spec refuses, and embeds pointing at `attachment://` names no uploaded file has. */
  readonly specErrors: { method: string; path: string; errors: string }[];
  registeredCommands(scope?: { guildId?: string }): unknown[];
  channelMessages(channelId: string): RecordedMessage[];
  waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs?: number): Promise<T>;
  failNext(match: { method: string; path: RegExp }, response: FaultResponse, times?: number): void;
  setBotChannelPermissions(channelId: string, allow: bigint, deny: bigint): void;
  closeGateway(code: number): void;
  invalidateSession(resumable: boolean): void;
  readonly connections: number;
  readonly identifies: number;
  readonly resumes: number;
  /** Shard ids with a gateway session. */
  readonly shards: number[];
  stop(): Promise<void>;
}
