import { describe, expect, it } from 'vitest';
import type { ChatInputCommandInteraction } from 'discord.js';
import { createConsoleInteraction, type ConsoleReply } from '../../src/cli/console-interaction.js';
import { answerWithPicture } from '../../src/discord/picture-reply.js';
import { pictureCache } from '../../src/discord/render/pictures/index.js';
import { createLogger } from '../../src/logger.js';

const view = { embeds: [{ title: 'Subject', description: 'text answer' }] };

function setup() {
  const replies: ConsoleReply[] = [];
  const logs: string[] = [];
  const interaction = createConsoleInteraction('command', { command: 'title' }, replies) as ChatInputCommandInteraction;
  const logger = createLogger({ level: 'warn', write: (line) => logs.push(line) });
  return { replies, logs, interaction, logger };
}

describe('answerWithPicture', () => {
  it('answers as text with a one-line note when drawing fails, and logs why', async () => {
    const { replies, logs, interaction, logger } = setup();
    const request = {
      key: `fails-${Date.now()}`,
      name: 'x.png',
      draw: () => Promise.reject(new Error('canvas exploded')),
    };
    await answerWithPicture(interaction, view, request, { logger }, 'en');
    expect(interaction.deferred).toBe(true);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.payload.content).toBe(
      '(The picture could not be drawn this time; the answer is below as text.)',
    );
    expect(replies[0]!.payload.embeds).toEqual([{ title: 'Subject', description: 'text answer' }]);
    expect(replies[0]!.payload).not.toHaveProperty('files');
    expect(logs.join('\n')).toContain('canvas exploded');
  });

  it('replies at once, without deferring, when the picture is kept', async () => {
    const { replies, interaction, logger } = setup();
    const request = { key: `kept-${Date.now()}`, name: 'kept.png', draw: async () => Buffer.from('png') };
    await pictureCache.get(request);
    await answerWithPicture(interaction, view, request, { logger }, 'ko');
    expect(interaction.deferred).toBe(false);
    expect(replies[0]!.kind).toBe('reply');
    expect(replies[0]!.payload.files).toEqual([
      { attachment: Buffer.from('png'), name: 'kept.png', description: undefined },
    ]);
    expect((replies[0]!.payload.embeds as { image?: unknown }[])[0]!.image).toEqual({ url: 'attachment://kept.png' });
  });
});
