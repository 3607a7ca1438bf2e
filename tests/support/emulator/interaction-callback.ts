import { InteractionResponseType, InteractionType, MessageFlags, type APIMessage } from 'discord-api-types/v10';
import { editMessage, messagePayload } from './messages.js';
import { json, noContent, RestError, route, unknownInteraction, type Route } from './http.js';
import type { InteractionOutcome, InteractionResponse, LooseJson, RecordedRequest } from './types.js';
import type { World } from './world.js';

/** Discord's window for the first response to an interaction. */
const CALLBACK_DEADLINE_MS = 3_000;

export interface InteractionRecord {
  outcome: InteractionOutcome;
  type: InteractionType;
  channelId: string;
  dispatchedAt: number;
  /** The message a component was attached to. */
  sourceMessage?: APIMessage;
  /** @original as Discord stores it; undefined until a message-producing callback. */
  originalMessage?: APIMessage;
  followUpMessages: Map<string, { message: APIMessage; index: number }>;
}

const ALLOWED_CALLBACKS: Record<number, InteractionResponseType[]> = {
  [InteractionType.ApplicationCommand]: [4, 5, 9],
  [InteractionType.ApplicationCommandAutocomplete]: [8],
  [InteractionType.MessageComponent]: [4, 5, 6, 7, 9],
};

export function recordResponse(
  record: InteractionRecord,
  kind: InteractionResponse['kind'],
  body: LooseJson,
  files: RecordedRequest['files'] = [],
): void {
  record.outcome.responses.push({ kind, body, files, at: Date.now() });
}

/**
 * POST /interactions/:id/:token/callback: 204 (200 JSON with `with_response=true`), 40060 for a second callback,
 * 10062 past the 3 s deadline, 50035 for a callback type the interaction does not accept.
 */
export function createCallbackRoute(world: World, interactions: Map<string, InteractionRecord>): Route {
  return route('POST', '/interactions/:id/:token/callback', false, (req, params) => {
    const record = interactions.get(params.token ?? '');
    if (!record || record.outcome.interactionId !== params.id) throw unknownInteraction();
    if (record.outcome.callback) throw new RestError(400, 40060, 'Interaction has already been acknowledged.');
    if (Date.now() - record.dispatchedAt > CALLBACK_DEADLINE_MS) throw unknownInteraction();
    const body = req.body as { type: number; data?: LooseJson };
    if (!ALLOWED_CALLBACKS[record.type]?.includes(body?.type)) {
      throw new RestError(
        400,
        50035,
        `Invalid Form Body: callback type ${body?.type} is not valid for this interaction`,
      );
    }
    const message = acknowledge(world, record, body, req.files);
    if (req.query.with_response !== 'true') return noContent();
    return json({
      interaction: {
        id: record.outcome.interactionId,
        type: record.type,
        response_message_id: message?.id,
        response_message_loading: body.type === 5,
        response_message_ephemeral: record.outcome.ephemeral,
      },
      resource: message ? { type: body.type, message } : { type: body.type },
    });
  });
}

/** Records the callback and creates @original as Discord would for each callback type. */
function acknowledge(
  world: World,
  record: InteractionRecord,
  body: { type: number; data?: LooseJson },
  files: RecordedRequest['files'],
): APIMessage | undefined {
  const data = (body.data ?? {}) as Record<string, unknown>;
  const flags = typeof data.flags === 'number' ? data.flags : 0;
  const extra = { webhook_id: world.applicationId, application_id: world.applicationId };
  record.outcome.callback = body.data === undefined ? { type: body.type } : { type: body.type, data: body.data };
  record.outcome.ephemeral = (body.type === 4 || body.type === 5) && (flags & MessageFlags.Ephemeral) !== 0;
  recordResponse(record, 'callback', body, files);
  if (body.type === InteractionResponseType.ChannelMessageWithSource) {
    record.outcome.original = body.data;
    record.originalMessage = messagePayload(world, record.channelId, data, extra, files);
  } else if (body.type === InteractionResponseType.DeferredChannelMessageWithSource) {
    const loading = { content: '', flags: MessageFlags.Loading | (flags & MessageFlags.Ephemeral) };
    record.originalMessage = messagePayload(world, record.channelId, loading, extra);
  } else if (body.type === InteractionResponseType.DeferredMessageUpdate) {
    record.originalMessage = record.sourceMessage;
  } else if (body.type === InteractionResponseType.UpdateMessage && record.sourceMessage) {
    record.outcome.original = body.data;
    record.originalMessage = editMessage(world, record.sourceMessage, data, files);
  }
  if (record.originalMessage) world.messages.set(record.originalMessage.id, record.originalMessage);
  return record.originalMessage;
}
