import { once } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  ButtonBuilder,
  ButtonStyle,
  DiscordAPIError,
  Events,
  Locale,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import { startEmulator, type Emulator, type EmulatorOptions } from './emulator/index.js';
import { isSpecAvailable } from './spec-validator.js';
import { startBotClient } from './start-bot-client.js';

let running: { emulator: Emulator; client: Client<true> } | undefined;

async function start(options: EmulatorOptions = {}) {
  const emulator = await startEmulator(options);
  const client = await startBotClient(emulator);
  running = { emulator, client };
  return running;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await running?.client.destroy();
  await running?.emulator.stop();
  running = undefined;
});

/** Answers chat-input commands called `name` with `handler`. */
function onCommand(
  client: Client,
  name: string,
  handler: (interaction: ChatInputCommandInteraction) => Promise<unknown>,
) {
  client.on(Events.InteractionCreate, async (interaction: Interaction) => {
    if (interaction.isChatInputCommand() && interaction.commandName === name) await handler(interaction);
  });
}

async function textChannel(client: Client, id: string): Promise<TextChannel> {
  return (await client.channels.fetch(id)) as TextChannel;
}

describe('discord emulator', () => {
  it('lets the real discord.js client log in and see a usable guild', async () => {
    const { emulator, client } = await start();
    const guild = client.guilds.cache.get(emulator.guildId);
    expect(client.user.id).toBe(emulator.botUserId);
    expect(client.application.id).toBe(emulator.applicationId);
    expect(guild?.available).toBe(true);
    expect(guild?.members.me?.permissions.has(PermissionFlagsBits.SendMessages)).toBe(true);
    expect(guild?.members.me?.permissions.has(PermissionFlagsBits.Administrator)).toBe(false);
    expect(client.channels.cache.has(emulator.channelId)).toBe(true);
    expect([emulator.connections, emulator.identifies, emulator.resumes]).toEqual([1, 1, 0]);
    expect(emulator.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /gateway/bot']);
    expect(emulator.botUserId).toMatch(/^\d{18,19}$/);
  });

  it('creates every requested guild and routes interactions to the channel given', async () => {
    const { emulator, client } = await start({ guilds: 2 });
    const second = emulator.guilds[1]!;
    expect(client.guilds.cache.map((guild) => guild.id).sort()).toEqual(emulator.guilds.map((g) => g.id).sort());
    let where: string[] = [];
    onCommand(client, 'where', async (interaction) => {
      where = [interaction.guildId ?? '', interaction.channelId];
      await interaction.reply({ content: 'here' });
    });
    await emulator.command({ name: 'where', channelId: second.channelIds[0] });
    expect(where).toEqual([second.id, second.channelIds[0]]);
  });

  it('delivers a slash command and records reply() as callback type 4', async () => {
    const { emulator, client } = await start();
    let seen: { channelId: string | null; guildId: string | null; option: string | null } | undefined;
    onCommand(client, 'ping', async (interaction) => {
      seen = {
        channelId: interaction.channelId,
        guildId: interaction.guildId,
        option: interaction.options.getString('word'),
      };
      await interaction.reply({ content: 'hi', allowedMentions: { parse: [] } });
    });
    const outcome = await emulator.command({
      name: 'ping',
      options: [{ name: 'word', type: ApplicationCommandOptionType.String, value: 'hello' }],
    });
    expect(seen).toEqual({ channelId: emulator.channelId, guildId: emulator.guildId, option: 'hello' });
    expect(outcome.callback?.type).toBe(4);
    expect(outcome.callback?.data).toMatchObject({ content: 'hi', allowed_mentions: { parse: [] } });
    expect(outcome.original?.content).toBe('hi');
    expect(outcome.ephemeral).toBe(false);
    expect(emulator.specErrors).toEqual([]);
  });

  it('sends the asker\'s locale and the server\'s guild_locale, "en-US" unless a test sets them', async () => {
    const { emulator, client } = await start();
    const seen: { locale: string; guildLocale: string | null }[] = [];
    onCommand(client, 'ping', async (interaction) => {
      seen.push({ locale: interaction.locale, guildLocale: interaction.guildLocale });
      await interaction.reply({ content: 'hi' });
    });
    await emulator.command({ name: 'ping' });
    await emulator.command({ name: 'ping', locale: Locale.Korean, guildLocale: Locale.Japanese });
    expect(seen).toEqual([
      { locale: 'en-US', guildLocale: 'en-US' },
      { locale: 'ko', guildLocale: 'ja' },
    ]);
  });

  it('waits for editReply after deferReply and exposes it as original', async () => {
    const { emulator, client } = await start();
    onCommand(client, 'slow', async (interaction) => {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await interaction.editReply({ content: 'done', embeds: [{ title: 'Result', description: 'ok' }] });
    });
    const outcome = await emulator.command({ name: 'slow' });
    expect(outcome.callback?.type).toBe(5);
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.original).toMatchObject({ content: 'done', embeds: [{ title: 'Result' }] });
    expect(outcome.responses.map((r) => r.kind)).toEqual(['callback', 'editOriginal']);
    expect(emulator.specErrors).toEqual([]);
  });

  it('keeps the outcome live so later follow-ups land in it', async () => {
    const { emulator, client } = await start();
    onCommand(client, 'two', async (interaction) => {
      await interaction.reply({ content: 'first' });
      await interaction.followUp({ content: 'second', flags: MessageFlags.Ephemeral });
    });
    const outcome = await emulator.command({ name: 'two' });
    const followUp = await emulator.waitFor(() => outcome.followUps[0]);
    expect(followUp).toMatchObject({ content: 'second', flags: MessageFlags.Ephemeral });
  });

  it('answers reply({ withResponse: true }) with the created message', async () => {
    const { emulator, client } = await start();
    let messageContent: string | undefined;
    onCommand(client, 'resp', async (interaction) => {
      const response = await interaction.reply({ content: 'with response', withResponse: true });
      messageContent = response.resource?.message?.content;
    });
    await emulator.command({ name: 'resp' });
    await emulator.waitFor(() => messageContent);
    expect(messageContent).toBe('with response');
  });

  it('records an autocomplete respond() as callback type 8', async () => {
    const { emulator, client } = await start();
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused();
      await interaction.respond([{ name: `${typed} drama`, value: 'k1' }]);
    });
    const outcome = await emulator.autocomplete({
      name: 'find',
      options: [{ name: 'title', type: ApplicationCommandOptionType.String, value: 'Goblin', focused: true }],
    });
    expect(outcome.callback).toEqual({ type: 8, data: { choices: [{ name: 'Goblin drama', value: 'k1' }] } });
    expect(emulator.specErrors).toEqual([]);
  });

  it('routes a button press on a sent message and records update() as type 7', async () => {
    const { emulator, client } = await start();
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('next').setLabel('Next').setStyle(ButtonStyle.Primary),
    );
    const sent = await (await textChannel(client, emulator.channelId)).send({ content: 'page 1', components: [row] });
    client.on(Events.InteractionCreate, async (interaction) => {
      if (interaction.isButton() && interaction.customId === 'next' && interaction.message.id === sent.id) {
        await interaction.update({ content: 'page 2' });
      }
    });
    const outcome = await emulator.button({ customId: 'next', messageId: sent.id });
    expect(outcome.callback?.type).toBe(7);
    expect(outcome.original?.content).toBe('page 2');
  });

  it('echoes registered commands with ids and uses those ids in interactions', async () => {
    const { emulator, client } = await start();
    const commands = [{ name: 'ping', description: 'Replies', default_member_permissions: '8' }];
    const set = await client.application.commands.set(commands, emulator.guildId);
    expect(emulator.registeredCommands({ guildId: emulator.guildId })).toEqual([
      expect.objectContaining({ name: 'ping' }),
    ]);
    expect(emulator.registeredCommands()).toEqual([]);
    let commandId: string | undefined;
    onCommand(client, 'ping', async (interaction) => {
      commandId = interaction.commandId;
      await interaction.reply({ content: 'pong' });
    });
    await emulator.command({ name: 'ping' });
    expect(commandId).toBe(set.first()?.id);
    expect(emulator.specErrors).toEqual([]);
  });

  it.runIf(isSpecAvailable())('records a body that breaks the OpenAPI spec in specErrors', async () => {
    const { emulator, client } = await start();
    await client.rest.post(Routes.channelMessages(emulator.channelId), {
      body: { embeds: [{ title: 'x'.repeat(300) }] },
    });
    expect(emulator.specErrors).toEqual([
      { method: 'POST', path: `/channels/${emulator.channelId}/messages`, errors: expect.stringContaining('256') },
    ]);
  });

  it('resumes after closeGateway(4000) and keeps answering', async () => {
    const { emulator, client } = await start();
    onCommand(client, 'ping', (interaction) => interaction.reply({ content: 'still here' }));
    const resumed = once(client, Events.ShardResume, { signal: AbortSignal.timeout(3_000) });
    emulator.closeGateway(4000);
    await resumed;
    const outcome = await emulator.command({ name: 'ping' });
    expect(outcome.callback?.data?.content).toBe('still here');
    expect([emulator.connections, emulator.identifies, emulator.resumes]).toEqual([2, 1, 1]);
  });

  it('resumes after a resumable invalidateSession', async () => {
    const { emulator, client } = await start();
    const resumed = once(client, Events.ShardResume, { signal: AbortSignal.timeout(3_000) });
    emulator.invalidateSession(true);
    await resumed;
    expect([emulator.identifies, emulator.resumes]).toEqual([1, 1]);
  });

  it('parses multipart uploads into payload_json body and a file list', async () => {
    const { emulator, client } = await start();
    const channel = await textChannel(client, emulator.channelId);
    const sent = await channel.send({
      content: 'chart',
      files: [{ attachment: Buffer.from('png'), name: 'chart.png' }],
    });
    const request = emulator.requests.at(-1);
    expect(request?.body).toMatchObject({ content: 'chart', attachments: [{ id: '0' }] });
    expect(request?.files).toEqual([expect.objectContaining({ field: 'files[0]', filename: 'chart.png', size: 3 })]);
    expect(request?.files[0]?.data.toString()).toBe('png');
    expect(emulator.channelMessages(emulator.channelId)[0]?.files.map((f) => f.filename)).toEqual(['chart.png']);
    expect(sent.attachments.first()?.name).toBe('chart.png');
    expect(emulator.specErrors).toEqual([]);
  });

  it('validates payload_json of a multipart reply and keeps its files with the response', async () => {
    const { emulator, client } = await start();
    onCommand(client, 'picture', (interaction) =>
      interaction.reply({
        embeds: [{ title: 'x'.repeat(300), image: { url: 'attachment://chart.png' } }],
        files: [{ attachment: Buffer.from('png'), name: 'chart.png' }],
      }),
    );
    const outcome = await emulator.command({ name: 'picture' });
    expect(outcome.responses[0]?.files.map((f) => [f.filename, f.data.toString()])).toEqual([['chart.png', 'png']]);
    expect(emulator.specErrors).toEqual([
      expect.objectContaining({ path: expect.stringContaining('/callback'), errors: expect.stringContaining('256') }),
    ]);
  });

  it('reports an embed pointing at an attachment no file has, and a file name Discord would rename', async () => {
    const { emulator, client } = await start();
    onCommand(client, 'picture', (interaction) =>
      interaction.reply({
        embeds: [{ title: 'chart', image: { url: 'attachment://chart.png' } }],
        files: [{ attachment: Buffer.from('png'), name: '차트.png' }],
      }),
    );
    await emulator.command({ name: 'picture' });
    const problems = emulator.specErrors.map((e) => e.errors).join('\n');
    expect(problems).toContain('embed points at attachment://chart.png but no file of that name was sent');
    expect(problems).toContain('would be renamed by Discord');
  });

  it('waits for the edit after a button deferUpdate', async () => {
    const { emulator, client } = await start();
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isButton()) return;
      await interaction.deferUpdate();
      await interaction.editReply({ content: 'edited later' });
    });
    const outcome = await emulator.button({ customId: 'refresh' });
    expect(outcome.callback).toEqual({ type: 6 });
    expect(outcome.original).toMatchObject({ content: 'edited later' });
  });

  it('has discord.js retry a 429 with Retry-After 0.2 on a message POST', async () => {
    const { emulator, client } = await start();
    emulator.failNext(
      { method: 'POST', path: /^\/channels\/\d+\/messages$/ },
      { status: 429, headers: { 'Retry-After': '0.2' } },
    );
    const message = await (await textChannel(client, emulator.channelId)).send({ content: 'after the limit' });
    expect(emulator.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([429, 200]);
    expect(emulator.channelMessages(emulator.channelId)).toEqual([
      expect.objectContaining({ id: message.id, body: expect.objectContaining({ content: 'after the limit' }) }),
    ]);
  });

  it('paces messages with X-RateLimit headers when rateLimit is set', async () => {
    const { emulator, client } = await start({ rateLimit: { perChannelPerSecond: 2 } });
    const channel = await textChannel(client, emulator.channelId);
    await Promise.all(['a', 'b', 'c'].map((content) => channel.send({ content })));
    // Paced by the headers, the client never runs into the limit.
    expect(emulator.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([200, 200, 200]);
    expect(
      emulator
        .channelMessages(emulator.channelId)
        .map((m) => m.body.content)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });

  it('answers 429 with Retry-After past the per-channel limit', async () => {
    const emulator = await startEmulator({ rateLimit: { perChannelPerSecond: 1 } });
    try {
      const post = () =>
        fetch(`${emulator.apiUrl}/v10/channels/${emulator.channelId}/messages`, {
          method: 'POST',
          headers: { authorization: `Bot ${emulator.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ content: 'x' }),
        });
      expect((await post()).headers.get('x-ratelimit-remaining')).toBe('0');
      const limited = await post();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await limited.json()).toMatchObject({ message: 'You are being rate limited.', global: false });
      expect(emulator.channelMessages(emulator.channelId)).toHaveLength(1);
    } finally {
      await emulator.stop();
    }
  });

  it('answers 429 with X-RateLimit-Global past the bot-wide limit, whatever the channel', async () => {
    const emulator = await startEmulator({ guilds: 2, rateLimit: { globalPerSecond: 1 } });
    try {
      const post = (channelId: string) =>
        fetch(`${emulator.apiUrl}/v10/channels/${channelId}/messages`, {
          method: 'POST',
          headers: { authorization: `Bot ${emulator.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ content: 'x' }),
        });
      const [first, second] = emulator.guilds.map((guild) => guild.channelIds[0]!);
      expect((await post(first!)).status).toBe(200);
      const limited = await post(second!);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('x-ratelimit-global')).toBe('true');
      expect(await limited.json()).toMatchObject({ global: true });
      expect(emulator.channelMessages(second!)).toHaveLength(0);
    } finally {
      await emulator.stop();
    }
  });

  it('enforces setBotChannelPermissions in REST and in the client cache', async () => {
    const { emulator, client } = await start();
    emulator.setBotChannelPermissions(emulator.channelId, 0n, PermissionFlagsBits.SendMessages);
    const channel = await textChannel(client, emulator.channelId);
    await emulator.waitFor(() => channel.permissionsFor(client.user)?.has(PermissionFlagsBits.SendMessages) === false);
    const error = await channel.send({ content: 'nope' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50013);
  });

  it('answers a second callback with 40060 and a late one with 10062', async () => {
    const { emulator, client } = await start();
    const tokens: { id: string; token: string }[] = [];
    onCommand(client, 'once', (interaction) => interaction.reply({ content: 'one' }));
    onCommand(
      client,
      'silent',
      async (interaction) => void tokens.push({ id: interaction.id, token: interaction.token }),
    );
    const outcome = await emulator.command({ name: 'once' });
    const callback = (id: string, token: string) =>
      fetch(`${emulator.apiUrl}/v10/interactions/${id}/${token}/callback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 4, data: { content: 'again' } }),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as unknown }));
    expect(await callback(outcome.interactionId, outcome.token)).toEqual({
      status: 400,
      body: expect.objectContaining({ code: 40060 }),
    });
    await expect(emulator.command({ name: 'silent' }, { timeoutMs: 100 })).rejects.toThrow(/no interaction callback/);
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 3_500);
    const [late] = tokens;
    expect(await callback(late!.id, late!.token)).toEqual({
      status: 404,
      body: expect.objectContaining({ code: 10062 }),
    });
  });

  it('answers unknown routes with 404 code 0 and records them', async () => {
    const emulator = await startEmulator();
    try {
      const res = await fetch(`${emulator.apiUrl}/v10/guilds/123456789012345678/emojis`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(await res.json()).toEqual({ message: '404: Not Found', code: 0 });
      expect(emulator.unknownRoutes.map((r) => r.path)).toEqual(['/guilds/123456789012345678/emojis']);
    } finally {
      await emulator.stop();
    }
  });
});
