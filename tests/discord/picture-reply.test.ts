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

  it('shows a second picture in an embed of its own, and keeps the drawn one when the other fails', async () => {
    const { replies, interaction, logger } = setup();
    const ranks = { key: `ranks-${Date.now()}`, name: 'ranks.png', draw: async () => Buffer.from('ranks') };
    const hours = { key: `hours-${Date.now()}`, name: 'hours.png', draw: async () => Buffer.from('hours') };
    await answerWithPicture(
      interaction,
      { embeds: [{ ...view.embeds[0], color: 7 }] },
      [ranks, hours],
      { logger },
      'en',
    );
    expect((replies.at(-1)!.payload.files as { name: string }[]).map((f) => f.name)).toEqual([
      'ranks.png',
      'hours.png',
    ]);
    expect(replies.at(-1)!.payload.embeds).toEqual([
      { title: 'Subject', description: 'text answer', color: 7, image: { url: 'attachment://ranks.png' } },
      { color: 7, image: { url: 'attachment://hours.png' } },
    ]);

    const second = setup();
    const broken = { key: `broken-${Date.now()}`, name: 'broken.png', draw: () => Promise.reject(new Error('no')) };
    await answerWithPicture(second.interaction, view, [broken, hours], { logger: second.logger }, 'en');
    const payload = second.replies.at(-1)!.payload;
    expect(payload.content).toBe('(The picture could not be drawn this time; the answer is below as text.)');
    expect((payload.files as { name: string }[]).map((f) => f.name)).toEqual(['hours.png']);
    expect((payload.embeds as { image?: unknown }[])[0]!.image).toEqual({ url: 'attachment://hours.png' });
  });
});
