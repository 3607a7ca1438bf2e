import { Locale } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSource } from '../../src/importers/import-source.js';
import { digestSetOptions, sendDigestCommand } from '../helpers/digest-command.js';
import { embedsOf, startWithk, textOf, type Withk } from '../helpers/start-withk.js';
import { fixturePath } from '../importers/support.js';
import { DEFAULT_MEMBER_PERMISSIONS } from '../support/emulator/index.js';

const codePoints = (text: string) => [...text].length;

/** Every embed of an answer within Discord's limits, counted as Discord counts (code points). */
function expectWithinDiscordLimits(outcome: Parameters<typeof embedsOf>[0]) {
  for (const embed of embedsOf(outcome)) {
    const parts = [
      embed.title ?? '',
      embed.description ?? '',
      embed.footer?.text ?? '',
      ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
    ];
    expect(parts.reduce((sum, part) => sum + codePoints(part), 0)).toBeLessThanOrEqual(6000);
    expect(codePoints(embed.title ?? '')).toBeLessThanOrEqual(256);
    for (const field of embed.fields ?? []) expect(codePoints(field.value)).toBeLessThanOrEqual(1024);
  }
}

describe('answers in the asker’s language, through Discord', () => {
  let withk: Withk;
  beforeAll(async () => {
    withk = await startWithk();
    // Netflix's weekly hours and views for Romantics Anonymous, so the card has figures to format.
    await importSource(withk.store, 'netflix-top10', fixturePath('netflix-top10/global-9col.tsv'));
  });
  afterAll(() => withk?.stop());

  const title = (locale: Locale, value = 'Romantics Anonymous') =>
    withk.emulator.command({ name: 'title', locale, options: [{ name: 'name', type: 3, value }] });

  it('registers Korean and Japanese names for every command, accepted by the spec', () => {
    const registered = withk.emulator.registeredCommands({ guildId: withk.emulator.guildId }) as {
      name: string;
      name_localizations?: Record<string, string>;
    }[];
    const names = Object.fromEntries(registered.map((command) => [command.name, command.name_localizations]));
    expect(names.title).toEqual({ ko: '작품', ja: '作品' });
    expect(names.digest).toEqual({ ko: '브리핑', ja: 'ダイジェスト' });
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('answers /title Romantics Anonymous in Korean to a Korean client, Korean name first, figures in 만', async () => {
    const outcome = await title(Locale.Korean);
    const [embed] = embedsOf(outcome);
    expect(embed?.title).toBe('로맨틱 어나니머스 (Romantics Anonymous)');
    expect(embed?.fields?.map((field) => field.name)).toEqual([
      '출연',
      '제작진',
      '제작·배급',
      '음악',
      '주제',
      '차트',
      '관련 제휴',
    ]);
    const text = textOf(outcome);
    for (const fact of [
      '시리즈 · 일본 / 대한민국',
      '2025년 10월 16일 공개',
      '**Han Hyo-joo** — 주연',
      '용필름 (Yong Film) · 대한민국 제작사',
      '2025년 10월 20일~26일 주간 3위 (시즌 1)',
      '전주 6위',
    ]) {
      expect(text).toContain(fact);
    }
    // Week of 20–26 Oct 2025: 2,600,000 views and 16,800,000 hours.
    expect(text).toContain('최근 기록: 조회수 260만회, 1,680만 시간 시청');
    expect(embed?.footer?.text).toMatch(/^출처: .*2025년 10월 21일 · 2025년 10월 21일 기준$/);
    expect(text).not.toMatch(/\b(Cast|Companies|released|week of|hours)\b/);
    expectWithinDiscordLimits(outcome);
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('answers the same question in Japanese to a Japanese client', async () => {
    const outcome = await title(Locale.Japanese);
    const [embed] = embedsOf(outcome);
    expect(embed?.title).toBe('ロマンティック・アノニマス (Romantics Anonymous)');
    const text = textOf(outcome);
    for (const fact of [
      'キャスト',
      'シリーズ · 日本 / 韓国',
      '2025年10月16日公開',
      '2025年10月20日～26日の週 3位',
      '視聴数260万回、視聴時間1680万時間',
    ]) {
      expect(text).toContain(fact);
    }
    expect(embed?.footer?.text).toMatch(/^出典：/);
    expectWithinDiscordLimits(outcome);
  });

  it('answers in English to every other client, as before', async () => {
    for (const locale of [Locale.EnglishUS, Locale.French]) {
      const outcome = await title(locale);
      expect(embedsOf(outcome)[0]?.title).toBe('Romantics Anonymous');
      expect(textOf(outcome)).toContain('#3 week of 20–26 Oct 2025 (Season 1) · #6 the week before');
      expect(textOf(outcome)).toContain('latest: 2.6M views, 16.8M hours');
    }
  });

  it('explains a typo in the asker’s language, with the suggestion', async () => {
    const ko = await title(Locale.Korean, 'Romantcs Anonymus');
    const ja = await title(Locale.Japanese, 'Romantcs Anonymus');
    expect(ko.ephemeral).toBe(true);
    expect(ko.callback?.data?.content).toBe(
      '“Romantcs Anonymus”에 해당하는 작품이 없습니다. 혹시 이걸 찾으셨나요? **Romantics Anonymous**',
    );
    expect(ja.callback?.data?.content).toBe(
      '「Romantcs Anonymus」に一致する作品はありません。もしかして：**Romantics Anonymous**',
    );
  });

  it('suggests titles under their Korean names as a Korean reader types', async () => {
    const outcome = await withk.emulator.autocomplete({
      name: 'title',
      locale: Locale.Korean,
      options: [{ name: 'name', type: 3, value: '로맨', focused: true }],
    });
    expect(outcome.callback?.data?.choices?.[0]).toEqual({
      name: '로맨틱 어나니머스 (Romantics Anonymous) · 시리즈 · 2025',
      value: 'romantics-anonymous',
    });
  });

  it('pages /deals with Korean buttons and keeps the next page in Korean', async () => {
    const outcome = await withk.emulator.command({
      name: 'deals',
      locale: Locale.Korean,
      options: [{ name: 'company', type: 3, value: 'CJ ENM' }],
    });
    const buttons = outcome.callback?.data?.components?.[0]?.components as { label: string; custom_id: string }[];
    expect(buttons.map((button) => button.label)).toEqual(['◀ 이전', '1 / 2', '다음 ▶']);
    expect(embedsOf(outcome)[0]?.title).toBe('CJ ENM 제휴 현황');
    const next = await withk.emulator.button({ customId: buttons[2]!.custom_id, locale: Locale.Korean });
    expect(next.callback?.data?.embeds?.[0]?.footer?.text).toBe('2/2쪽');
    const stranger = await withk.emulator.button({
      customId: buttons[2]!.custom_id,
      locale: Locale.Japanese,
      userId: '300000000000000003',
    });
    expect(stranger.callback?.data?.content).toBe(
      'ページをめくれるのは質問した本人だけです。ご自身で`/提携`を実行してください。',
    );
  });

  it('explains the permission a Korean member lacks in Korean', async () => {
    const outcome = await sendDigestCommand(withk.emulator, 'status', [], DEFAULT_MEMBER_PERMISSIONS, {
      locale: Locale.Korean,
    });
    expect(outcome.callback?.data?.content).toBe('**서버 관리** 권한이 있는 멤버만 브리핑을 관리할 수 있습니다.');
  });
});

describe('a server’s digest in the language its moderators chose', () => {
  let withk: Withk;
  // 08:50 on 25 Nov in Seoul.
  const before = new Date('2026-11-24T23:50:00Z');
  beforeAll(async () => {
    withk = await startWithk({ now: before });
  });
  afterAll(() => withk?.stop());

  const settings = () => withk.store.digestSettings.get(withk.emulator.guildId);
  const set = (language: string | undefined, locales: { locale?: Locale; guildLocale?: Locale }) => {
    const options = [
      ...digestSetOptions(withk.emulator, '09:00', 'Asia/Seoul'),
      ...(language ? [{ name: 'language', type: 3, value: language }] : []),
    ];
    return sendDigestCommand(withk.emulator, 'set', options, undefined, locales);
  };

  it('defaults to the server’s own language the first time it is set', async () => {
    const outcome = await set(undefined, { locale: Locale.EnglishUS, guildLocale: Locale.Japanese });
    expect((await settings())?.language).toBe('ja');
    expect(outcome.callback?.data?.content).toContain('Language: Japanese (日本語).');
  });

  it('takes the language a moderator chooses, and keeps it when the digest is set again without one', async () => {
    const chosen = await set('ko', { locale: Locale.Korean, guildLocale: Locale.Japanese });
    expect(chosen.callback?.data?.content).toMatch(
      /^데일리 브리핑 설정 완료: <#\d+> 채널에 매일 \*\*09:00\*\* \(Asia\/Seoul\)\. 다음 브리핑: <t:\d+:F> \(<t:\d+:R>\)\. 언어: 한국어\.$/,
    );
    await set(undefined, { locale: Locale.EnglishUS, guildLocale: Locale.Japanese });
    expect((await settings())?.language).toBe('ko');
  });

  it('posts the digest in Korean, within Discord’s limits', async () => {
    withk.setNow(new Date('2026-11-25T00:00:20Z'));
    await withk.app.digests.tick();
    const posts = withk.emulator.channelMessages(withk.emulator.channelId);
    expect(posts).toHaveLength(1);
    const body = posts[0]!.body;
    expect(body.embeds[0].title).toBe('withk 데일리 브리핑 · 2026년 11월 25일');
    const text = textOf({ original: body });
    expect(text).toContain('로맨틱 어나니머스 (Romantics Anonymous');
    expect(text).toContain('데이터');
    expect(text).not.toMatch(/New on the charts|Data dated|daily digest/);
    expectWithinDiscordLimits({ original: body });
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('shows the status in the asker’s language, naming the digest’s language', async () => {
    const outcome = await sendDigestCommand(withk.emulator, 'status', [], undefined, { locale: Locale.Japanese });
    const [embed] = embedsOf(outcome);
    expect(embed?.title).toBe('デイリーダイジェスト');
    expect(embed?.description).toBe('▶ **有効**');
    expect(embed?.fields?.find((field) => field.name === '言語')?.value).toBe('韓国語 (한국어)');
  });

  it('says why a refused digest paused, in the moderator’s language', async () => {
    withk.emulator.failNext(
      { method: 'POST', path: /^\/channels\/\d+\/messages$/ },
      { status: 403, body: { message: 'Missing Permissions', code: 50013 } },
    );
    withk.setNow(new Date('2026-11-26T00:00:30Z'));
    await withk.app.digests.tick();
    expect((await settings())?.paused).toMatchObject({
      reason: expect.stringContaining('Missing Permissions'),
      refusal: { code: 'missingPermissions' },
    });
    const outcome = await sendDigestCommand(withk.emulator, 'status', [], undefined, { locale: Locale.Korean });
    expect(embedsOf(outcome)[0]?.description).toMatch(
      /^⏸ \*\*일시 중지됨\*\* \(<t:\d+:R>부터\): withk에 브리핑 채널에서 필요한 권한이 없습니다 \(Missing Permissions\)\.\n.*`\/브리핑 설정` 명령어/,
    );
  });
});
