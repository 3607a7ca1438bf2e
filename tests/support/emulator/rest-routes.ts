import { PermissionFlagsBits } from 'discord-api-types/v10';
import { applicationPayload, botUser, channelPayload } from './fixtures.js';
import { editMessage, messagePayload } from './messages.js';
import {
  json,
  missingAccess,
  missingPermissions,
  noContent,
  RestError,
  route,
  unknownChannel,
  unknownMessage,
  type RestResult,
  type Route,
} from './http.js';
import type { RecordedMessage, RecordedRequest } from './types.js';
import type { RateLimiter } from './rate-limit.js';
import { botChannelPermissions, findGuild, snowflake, type ChannelState, type World } from './world.js';

/** Bot-authenticated REST routes: gateway, identity, command registration, channels and channel messages. */
export function createRestRoutes(world: World, gatewayUrl: string, limiter: RateLimiter): Route[] {
  function channel(id: string | undefined, needs: bigint = 0n): ChannelState {
    const found = world.channels.get(id ?? '');
    if (!found) throw unknownChannel();
    const permissions = botChannelPermissions(world, found);
    if (!(permissions & PermissionFlagsBits.ViewChannel)) throw missingAccess();
    if ((permissions & needs) !== needs) throw missingPermissions();
    return found;
  }
  function recorded(channelId: string, messageId: string | undefined): RecordedMessage {
    const message = world.channelMessages.get(channelId)?.find((m) => m.id === messageId && !m.deleted);
    if (!message) throw unknownMessage();
    return message;
  }
  function application(id: string | undefined): void {
    if (id !== world.applicationId)
      throw new RestError(403, 20012, 'You are not authorized to perform this action on this application');
  }
  function putCommands(scope: string, req: RecordedRequest): RestResult {
    if (scope !== 'global' && !findGuild(world, scope)) throw new RestError(403, 50001, 'Missing Access');
    const body = (Array.isArray(req.body) ? req.body : []) as Record<string, unknown>[];
    const registered = body.map((command) => ({
      ...command,
      id: snowflake(),
      application_id: world.applicationId,
      version: snowflake(),
      type: command.type ?? 1,
      default_member_permissions: command.default_member_permissions ?? null,
      ...(scope === 'global' ? {} : { guild_id: scope }),
    }));
    world.commands.set(scope, { body, registered });
    return json(registered);
  }
  const registered = (scope: string) => json(world.commands.get(scope)?.registered ?? []);

  return [
    route('GET', '/gateway/bot', true, () =>
      json({
        url: gatewayUrl,
        shards: world.recommendedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      }),
    ),
    route('GET', '/gateway', false, () => json({ url: gatewayUrl })),
    route('GET', '/users/@me', true, () => json(botUser(world))),
    route('GET', '/applications/@me', true, () => json(applicationPayload(world))),
    route('PUT', '/applications/:app/commands', true, (req, p) => {
      application(p.app);
      return putCommands('global', req);
    }),
    route('GET', '/applications/:app/commands', true, (_req, p) => {
      application(p.app);
      return registered('global');
    }),
    route('PUT', '/applications/:app/guilds/:guildId/commands', true, (req, p) => {
      application(p.app);
      return putCommands(p.guildId ?? '', req);
    }),
    route('GET', '/applications/:app/guilds/:guildId/commands', true, (_req, p) => {
      application(p.app);
      return registered(p.guildId ?? '');
    }),
    route('GET', '/channels/:channelId', true, (_req, p) => json(channelPayload(channel(p.channelId)))),
    route('POST', '/channels/:channelId/messages', true, (req, p) => {
      const needs = PermissionFlagsBits.SendMessages | (req.files.length > 0 ? PermissionFlagsBits.AttachFiles : 0n);
      const target = channel(p.channelId, needs);
      const headers = limiter.check(target.id);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const message = messagePayload(world, target.id, body, {}, req.files);
      world.messages.set(message.id, message);
      const list = world.channelMessages.get(target.id) ?? [];
      list.push({
        id: message.id,
        channelId: target.id,
        body,
        files: req.files,
        at: Date.now(),
        edits: [],
        deleted: false,
      });
      world.channelMessages.set(target.id, list);
      return json(message, 200, headers);
    }),
    route('GET', '/channels/:channelId/messages/:messageId', true, (_req, p) => {
      const found = recorded(channel(p.channelId, PermissionFlagsBits.ReadMessageHistory).id, p.messageId);
      return json(world.messages.get(found.id));
    }),
    route('PATCH', '/channels/:channelId/messages/:messageId', true, (req, p) => {
      const found = recorded(channel(p.channelId).id, p.messageId);
      const edited = editMessage(
        world,
        world.messages.get(found.id)!,
        (req.body ?? {}) as Record<string, unknown>,
        req.files,
      );
      world.messages.set(found.id, edited);
      found.edits.push(req.body);
      return json(edited);
    }),
    route('DELETE', '/channels/:channelId/messages/:messageId', true, (_req, p) => {
      const found = recorded(channel(p.channelId).id, p.messageId);
      found.deleted = true;
      world.messages.delete(found.id);
      return noContent();
    }),
  ];
}
