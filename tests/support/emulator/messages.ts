import { MessageType, type APIAttachment, type APIMessage } from 'discord-api-types/v10';
import { botUser } from './fixtures.js';
import type { RecordedRequest } from './types.js';
import { snowflake, type World } from './world.js';

/** Turns a message-create body (`content`, `embeds`, `components`, `flags`...) into the Message Discord returns. */
export function messagePayload(
  world: World,
  channelId: string,
  body: Record<string, unknown>,
  extra: Partial<APIMessage> = {},
  files: RecordedRequest['files'] = [],
): APIMessage {
  return {
    id: snowflake(),
    channel_id: channelId,
    author: botUser(world),
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body.tts === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: attachmentsPayload(channelId, body.attachments, files),
    embeds: (Array.isArray(body.embeds) ? body.embeds : []) as APIMessage['embeds'],
    components: (Array.isArray(body.components) ? body.components : []) as APIMessage['components'],
    pinned: false,
    type: MessageType.Default,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    ...extra,
  };
}

/** Body `attachments[{id}]` refer to multipart parts `files[id]`; kept attachments (with a snowflake id) pass through. */
function attachmentsPayload(channelId: string, attachments: unknown, files: RecordedRequest['files']): APIAttachment[] {
  const listed = (Array.isArray(attachments) ? attachments : []) as Partial<APIAttachment>[];
  const entries: Partial<APIAttachment>[] =
    listed.length > 0 ? listed : files.map((_file, index) => ({ id: String(index) }));
  return entries.map((entry) => {
    if (entry.url && entry.id) return entry as APIAttachment;
    const file = files.find((f) => f.field === `files[${entry.id}]`);
    const filename = entry.filename ?? file?.filename ?? `file${entry.id ?? ''}`;
    const id = snowflake();
    return {
      id,
      filename,
      size: file?.size ?? 0,
      content_type: file?.contentType,
      url: `https://cdn.discordapp.com/attachments/${channelId}/${id}/${filename}`,
      proxy_url: `https://media.discordapp.net/attachments/${channelId}/${id}/${filename}`,
    };
  });
}

/** Applies an edit body to a stored message, as PATCH does (only the fields present change). */
export function editMessage(
  world: World,
  message: APIMessage,
  body: Record<string, unknown>,
  files: RecordedRequest['files'] = [],
): APIMessage {
  const edited = messagePayload(world, message.channel_id, { ...message, ...body }, { id: message.id }, files);
  return { ...message, ...edited, timestamp: message.timestamp, edited_timestamp: new Date().toISOString() };
}
