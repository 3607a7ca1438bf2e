import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEMBER_PERMISSIONS } from '../support/emulator/index.js';
import { digestSetOptions, sendDigestCommand } from '../helpers/digest-command.js';
import { embedsOf, startWithk, textOf, type Withk } from '../helpers/start-withk.js';

describe('daily digest through Discord', () => {
  let withk: Withk;
  // 08:50 on 25 Nov in Seoul.
  const before = new Date('2026-11-24T23:50:00Z');
  beforeAll(async () => {
    withk = await startWithk({ now: before });
  });
  afterAll(() => withk?.stop());

  const digest = (
    subcommand: string,
    options?: { name: string; type: number; value: string }[],
    memberPermissions?: bigint,
  ) => sendDigestCommand(withk.emulator, subcommand, options, memberPermissions);
  const setOptions = (time: string, timezone: string) => digestSetOptions(withk.emulator, time, timezone);
  const posts = () => withk.emulator.channelMessages(withk.emulator.channelId);

  it('refuses /digest set to members without Manage Server', async () => {
    const outcome = await digest('set', setOptions('09:00', 'Asia/Seoul'), DEFAULT_MEMBER_PERMISSIONS);
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.callback?.data?.content).toContain('Manage Server');
    expect(await withk.store.digestSettings.all()).toEqual(new Map());
  });

  it('explains an invalid time and an unknown zone privately', async () => {
    const outcome = await digest('set', setOptions('25:99', 'Mars/Olympus'));
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.callback?.data?.content).toContain('“25:99” is not a time of day');
    expect(outcome.callback?.data?.content).toContain('“Mars/Olympus” is not a time zone I know');
  });

  it('saves the digest and says exactly when it will arrive', async () => {
    const outcome = await digest('set', setOptions('09:00', 'asia/seoul'));
    expect(outcome.ephemeral).toBe(true);
    const next = Math.floor(Date.parse('2026-11-25T00:00:00Z') / 1000);
    expect(outcome.callback?.data?.content).toContain(
      `every day at **09:00** (Asia/Seoul). Next digest: <t:${next}:F>`,
    );
    expect(await withk.store.digestSettings.get(withk.emulator.guildId)).toMatchObject({
      time: '09:00',
      timeZone: 'Asia/Seoul',
      enabled: true,
    });
  });

  it('posts nothing before the set minute', async () => {
    await withk.app.digests.tick();
    expect(posts()).toHaveLength(0);
  });

  it('posts the digest in the channel at the set minute, once', async () => {
    withk.setNow(new Date('2026-11-25T00:00:20Z'));
    await withk.app.digests.tick();
    await withk.app.digests.tick();
    expect(posts()).toHaveLength(1);
    const body = posts()[0]!.body;
    expect(body.embeds[0].title).toBe('withk daily digest · 25 Nov 2026');
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(body)).toContain('Romantics Anonymous');
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('does not post a second time that day after a restart', async () => {
    await withk.restart();
    withk.setNow(new Date('2026-11-25T00:05:00Z'));
    await withk.app.digests.tick();
    expect(posts()).toHaveLength(1);
  });

  it('shows the last post with a link in /digest status', async () => {
    const outcome = await digest('status');
    const text = textOf(outcome);
    expect(text).toContain('Active');
    expect(text).toContain(
      `https://discord.com/channels/${withk.emulator.guildId}/${withk.emulator.channelId}/${posts()[0]!.id}`,
    );
  });

  it('pauses, keeps the settings, and says why when Discord refuses the post', async () => {
    withk.emulator.failNext(
      { method: 'POST', path: /^\/channels\/\d+\/messages$/ },
      { status: 403, body: { message: 'Missing Permissions', code: 50013 } },
    );
    withk.setNow(new Date('2026-11-26T00:00:30Z'));
    await withk.app.digests.tick();
    const settings = await withk.store.digestSettings.get(withk.emulator.guildId);
    expect(settings?.paused?.reason).toMatch(/Missing Permissions/);
    expect(settings).toMatchObject({ time: '09:00', timeZone: 'Asia/Seoul', channelId: withk.emulator.channelId });
    expect(textOf(await digest('status'))).toMatch(/Paused.*Missing Permissions[\s\S]*\/digest set/);
    expect(withk.logs.some((line) => line.includes('digest not delivered'))).toBe(true);
  });

  it('refuses to set a channel where the bot cannot post, naming what is missing', async () => {
    withk.emulator.setBotChannelPermissions(withk.emulator.channelId, 0n, PermissionFlagsBits.EmbedLinks);
    await withk.emulator.waitFor(() => {
      const channel = withk.bot.client.channels.cache.get(withk.emulator.channelId);
      const me = withk.bot.client.guilds.cache.get(withk.emulator.guildId)?.members.me;
      return channel && !channel.isDMBased() && me && !channel.permissionsFor(me)?.has(PermissionFlagsBits.EmbedLinks);
    });
    const outcome = await digest('set', setOptions('09:00', 'Asia/Seoul'));
    expect(outcome.callback?.data?.content).toContain('missing **Embed Links**');
    withk.emulator.setBotChannelPermissions(withk.emulator.channelId, 0n, 0n);
  });

  it('previews the digest privately and turns it off keeping the settings', async () => {
    const preview = await digest('preview');
    expect(preview.ephemeral).toBe(true);
    expect(embedsOf(preview)[0]?.title).toBe('Digest preview (only you see this)');
    const off = await digest('off');
    expect(off.callback?.data?.content).toContain('The digest is off');
    expect(await withk.store.digestSettings.get(withk.emulator.guildId)).toMatchObject({
      enabled: false,
      time: '09:00',
    });
  });
});

describe('/trends through Discord', () => {
  let withk: Withk;
  beforeAll(async () => {
    withk = await startWithk({ now: new Date('2025-10-21T12:00:00Z') });
  });
  afterAll(() => withk?.stop());

  it('shows the last days of data with their data date, publicly', async () => {
    const outcome = await withk.emulator.command({ name: 'trends', options: [{ name: 'days', type: 4, value: 7 }] });
    expect(outcome.ephemeral).toBe(false);
    const text = textOf(outcome);
    expect(embedsOf(outcome)[0]?.title).toBe('withk trends · last 7 days');
    expect(text).toContain('Romantics Anonymous');
    expect(text).toMatch(/21 Oct 2025/);
    expect(withk.emulator.specErrors).toEqual([]);
  });
});
