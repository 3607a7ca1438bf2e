import { MessageFlags, type APIMessage } from 'discord-api-types/v10';
import { editMessage, messagePayload } from './messages.js';
import { json, noContent, route, unknownMessage, unknownWebhook, type Route } from './http.js';
import { recordResponse, type InteractionRecord } from './interaction-callback.js';
import type { World } from './world.js';

/** Interaction webhooks: @original (GET/PATCH/DELETE) and follow-ups, each landing in the live outcome. */
export function createWebhookRoutes(world: World, interactions: Map<string, InteractionRecord>): Route[] {
  function byWebhook(params: Record<string, string>): InteractionRecord {
    const record = interactions.get(params.token ?? '');
    if (!record || params.app !== world.applicationId) throw unknownWebhook();
    return record;
  }
  function original(record: InteractionRecord): APIMessage {
    if (!record.originalMessage || record.outcome.deleted) throw unknownMessage();
    return record.originalMessage;
  }

  return [
    route('GET', '/webhooks/:app/:token/messages/@original', false, (_req, params) =>
      json(original(byWebhook(params))),
    ),
    route('PATCH', '/webhooks/:app/:token/messages/@original', false, (req, params) => {
      const record = byWebhook(params);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const previous = original(record);
      const edited = editMessage(
        world,
        previous,
        { ...body, flags: (previous.flags ?? 0) & ~MessageFlags.Loading },
        req.files,
      );
      record.originalMessage = edited;
      world.messages.set(edited.id, edited);
      record.outcome.original = { ...(record.outcome.original as object | undefined), ...body };
      recordResponse(record, 'editOriginal', body, req.files);
      return json(edited);
    }),
    route('DELETE', '/webhooks/:app/:token/messages/@original', false, (_req, params) => {
      const record = byWebhook(params);
      world.messages.delete(original(record).id);
      record.outcome.deleted = true;
      recordResponse(record, 'deleteOriginal', undefined);
      return noContent();
    }),
    route('POST', '/webhooks/:app/:token', false, (req, params) => {
      const record = byWebhook(params);
      if (!record.outcome.callback) throw unknownWebhook();
      const body = (req.body ?? {}) as Record<string, unknown>;
      const message = messagePayload(
        world,
        record.channelId,
        body,
        { webhook_id: world.applicationId, application_id: world.applicationId },
        req.files,
      );
      record.followUpMessages.set(message.id, { message, index: record.outcome.followUps.length });
      record.outcome.followUps.push(body);
      world.messages.set(message.id, message);
      recordResponse(record, 'followUp', body, req.files);
      return req.query.wait === 'false' ? noContent() : json(message);
    }),
    ...followUpMessageRoutes(world, byWebhook),
  ];
}

/** GET/PATCH/DELETE /webhooks/:app/:token/messages/:messageId for follow-ups. */
function followUpMessageRoutes(
  world: World,
  byWebhook: (params: Record<string, string>) => InteractionRecord,
): Route[] {
  const find = (params: Record<string, string>) => {
    const record = byWebhook(params);
    const entry = record.followUpMessages.get(params.messageId ?? '');
    if (!entry) throw unknownMessage();
    return { record, entry };
  };
  return [
    route('GET', '/webhooks/:app/:token/messages/:messageId', false, (_req, params) =>
      json(find(params).entry.message),
    ),
    route('PATCH', '/webhooks/:app/:token/messages/:messageId', false, (req, params) => {
      const { record, entry } = find(params);
      const body = (req.body ?? {}) as Record<string, unknown>;
      entry.message = editMessage(world, entry.message, body, req.files);
      world.messages.set(entry.message.id, entry.message);
      record.outcome.followUps[entry.index] = { ...record.outcome.followUps[entry.index], ...body };
      recordResponse(record, 'editFollowUp', body, req.files);
      return json(entry.message);
    }),
    route('DELETE', '/webhooks/:app/:token/messages/:messageId', false, (_req, params) => {
      const { record, entry } = find(params);
      record.followUpMessages.delete(entry.message.id);
      world.messages.delete(entry.message.id);
      recordResponse(record, 'deleteFollowUp', { id: entry.message.id });
      return noContent();
    }),
  ];
}
