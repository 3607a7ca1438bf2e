import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayDispatchEvents, InteractionResponseType, OverwriteType, type APIMessage } from 'discord-api-types/v10';
import { isSpecAvailable } from '../spec-validator.js';
import { channelPayload } from './fixtures.js';
import { createGateway, type Gateway } from './gateway.js';
import type { Route } from './http.js';
import { createCallbackRoute, type InteractionRecord } from './interaction-callback.js';
import { createWebhookRoutes } from './webhook-routes.js';
import { autocompletePayload, buttonPayload, commandPayload } from './interactions.js';
import { createRateLimiter } from './rate-limit.js';
import { createRestRoutes } from './rest-routes.js';
import { createFaults, createRestHandler, type RestLog } from './rest-handler.js';
import type { Emulator, EmulatorOptions, InteractionOutcome } from './types.js';
import { createWaiter } from './wait.js';
import { createWorld } from './world.js';

const DEFAULT_INTERACTION_TIMEOUT_MS = 5_000;

/** Starts REST + gateway on one http.Server on 127.0.0.1 (ephemeral port) for the real discord.js Client. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const world = createWorld(options);
  const waiter = createWaiter();
  const log: RestLog = { requests: [], unknownRoutes: [], specErrors: [] };
  const faults = createFaults();
  const interactions = new Map<string, InteractionRecord>();
  let routes: Route[] = [];
  const handle = createRestHandler({
    world,
    routes: () => routes,
    faults,
    log,
    validate: options.validateAgainstSpec ?? isSpecAvailable(),
    onChange: waiter.notify,
  });
  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
  const gateway: Gateway = createGateway(world, gatewayUrl, waiter.notify);
  server.on('upgrade', gateway.handleUpgrade);
  routes = [
    ...createRestRoutes(
      world,
      gatewayUrl,
      createRateLimiter(options.rateLimit?.perChannelPerSecond, options.rateLimit?.globalPerSecond),
    ),
    createCallbackRoute(world, interactions),
    ...createWebhookRoutes(world, interactions),
  ];

  function interact(
    payload: { id: string; token: string; type: InteractionRecord['type']; channel_id?: string; message?: APIMessage },
    label: string,
    timeoutMs = DEFAULT_INTERACTION_TIMEOUT_MS,
  ): Promise<InteractionOutcome> {
    const outcome: InteractionOutcome = {
      interactionId: payload.id,
      token: payload.token,
      followUps: [],
      ephemeral: false,
      deleted: false,
      responses: [],
    };
    const record: InteractionRecord = {
      outcome,
      type: payload.type,
      channelId: payload.channel_id ?? '',
      dispatchedAt: Date.now(),
      followUpMessages: new Map(),
    };
    if (payload.message) record.sourceMessage = payload.message;
    interactions.set(payload.token, record);
    gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    const deferred = [
      InteractionResponseType.DeferredChannelMessageWithSource,
      InteractionResponseType.DeferredMessageUpdate,
    ];
    // Deferred acks count as answered once something follows them (an edit, a follow-up or a delete).
    const settled = () =>
      outcome.callback && (!deferred.includes(outcome.callback.type) || outcome.responses.length > 1) && outcome;
    return waiter.waitFor(settled, timeoutMs, label).catch((error: unknown) => {
      if (outcome.callback) return outcome;
      throw new Error(`The bot sent no interaction callback for ${label} within ${timeoutMs} ms`, { cause: error });
    });
  }

  let stopped: Promise<void> | undefined;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    token: world.token,
    applicationId: world.applicationId,
    botUserId: world.botUserId,
    userId: world.userId,
    ownerId: world.ownerId,
    roleIds: Object.fromEntries((world.guilds[0]?.roles ?? []).map((role) => [role.name, role.id])),
    guildId: world.guilds[0]?.id ?? '',
    channelId: world.guilds[0]?.channels[0]?.id ?? '',
    guilds: world.guilds.map((guild) => ({ id: guild.id, channelIds: guild.channels.map((channel) => channel.id) })),
    command: (input, opts) => interact(commandPayload(world, input), `/${input.name}`, opts?.timeoutMs),
    autocomplete: (input, opts) =>
      interact(autocompletePayload(world, input), `autocomplete /${input.name}`, opts?.timeoutMs),
    button: (input, opts) => interact(buttonPayload(world, input), `button ${input.customId}`, opts?.timeoutMs),
    dispatch: gateway.dispatch,
    requests: log.requests,
    unknownRoutes: log.unknownRoutes,
    specErrors: log.specErrors,
    registeredCommands: (scope) => world.commands.get(scope?.guildId ?? 'global')?.body ?? [],
    channelMessages: (channelId) => world.channelMessages.get(channelId) ?? [],
    waitFor: (predicate, timeoutMs) => waiter.waitFor(predicate, timeoutMs),
    failNext: faults.add,
    setBotChannelPermissions(channelId, allow, deny) {
      const channel = world.channels.get(channelId);
      if (!channel) throw new Error(`Unknown channel ${channelId}`);
      const overwrite = {
        id: world.botUserId,
        type: OverwriteType.Member,
        allow: allow.toString(),
        deny: deny.toString(),
      };
      channel.overwrites = [...channel.overwrites.filter((o) => o.id !== world.botUserId), overwrite];
      if (gateway.hasSession) gateway.dispatch(GatewayDispatchEvents.ChannelUpdate, channelPayload(channel));
    },
    closeGateway: gateway.close,
    invalidateSession: gateway.invalidateSession,
    get connections() {
      return gateway.stats.connections;
    },
    get identifies() {
      return gateway.stats.identifies;
    },
    get resumes() {
      return gateway.stats.resumes;
    },
    get shards() {
      return gateway.shards;
    },
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        gateway.stop();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}
