import { Locale } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerText, buttonsOf } from '../helpers/curate.js';
import { startWithk, type Withk } from '../helpers/start-withk.js';
import type { InteractionOutcome } from '../support/emulator/index.js';

const SOURCE = 'https://www.example-news.com/2025/03/cj-enm-tbs-infinite-loop';

interface Localized {
  name: string;
  name_localizations?: Record<string, string>;
  options?: Localized[];
}

describe('/curate in the editor’s language, through Discord', () => {
  let withk: Withk;
  let owner: string;
  beforeAll(async () => {
    withk = await startWithk({ now: new Date('2026-03-02T09:00:00Z') });
    owner = withk.emulator.ownerId;
  });
  afterAll(() => withk?.stop());

  const curate = (locale: Locale, subcommand: string, options: Record<string, string>, userId = owner) =>
    withk.emulator.command({
      name: 'curate',
      subcommand,
      locale,
      userId,
      options: Object.entries(options).map(([name, value]) => ({ name, type: 3, value })),
    });

  async function press(outcome: Pick<InteractionOutcome, 'callback' | 'original'>, label: string, locale: Locale) {
    const button = buttonsOf(outcome).find((b) => b.label === label);
    if (!button) throw new Error(`No “${label}” among ${buttonsOf(outcome).map((b) => b.label)}`);
    return withk.emulator.button({ customId: button.custom_id, userId: owner, locale });
  }

  it('registers /편집 and /編集 with every subcommand and option named in Korean and Japanese', () => {
    const registered = withk.emulator.registeredCommands({ guildId: withk.emulator.guildId }) as Localized[];
    const curateJson = registered.find((command) => command.name === 'curate')!;
    expect(curateJson.name_localizations).toEqual({ ko: '편집', ja: '編集' });
    const names = (language: string) => curateJson.options!.map((sub) => sub.name_localizations?.[language]);
    expect(names('ko')).toEqual(['제휴', '별칭', '수정', '철회', '기록', '되돌리기']);
    expect(names('ja')).toEqual(['提携', '別名', '訂正', '取り下げ', '履歴', '取り消し']);
    const deal = curateJson.options!.find((sub) => sub.name === 'deal')!;
    expect(deal.options!.map((option) => option.name_localizations?.ko)).toEqual([
      '회사',
      '유형',
      '날짜',
      '상태',
      '요약',
      '출처',
      '작품',
    ]);
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('tells a member who is not an editor, in Korean, who can edit, and changes nothing', async () => {
    const before = await withk.store.curation.list();
    const outcome = await curate(Locale.Korean, 'retire', { target: 'deal:cj-enm-joint-ip', reason: '테스트' }, '1');
    expect(outcome.ephemeral).toBe(true);
    expect(answerText(outcome)).toContain('withk의 데이터는 편집자만 바꿀 수 있습니다: 봇 소유자 (**owner**).');
    expect(await withk.store.curation.list()).toHaveLength(before.length);
  });

  it('lists every problem in Korean, naming each option as a Korean client shows it', async () => {
    const outcome = await curate(Locale.Korean, 'deal', {
      companies: 'TBS',
      kind: 'co-production',
      date: 'soon',
      status: 'announced',
      summary: '요약',
      source: 'nope',
    });
    const text = answerText(outcome);
    expect(text).toMatch(/^저장하지 않았습니다:\n• /m);
    expect(text).toContain('• **날짜**: “soon”은(는) 읽을 수 있는 날짜가 아닙니다.');
    expect(text).toContain('• **출처**에는 기사를 읽은 웹 주소를');
    expect(text).toContain('• **회사**: 제휴에는 쉼표로 구분한 두 곳 이상의 회사가 필요합니다');
  });

  it('offers the CJ ENM × TBS deal as an update in Korean, and /제휴 CJ ENM TBS shows March 2025 and the new source in Korean', async () => {
    const proposed = await curate(Locale.Korean, 'deal', {
      companies: 'CJ ENM, TBS',
      kind: 'co-production',
      date: '2025-03',
      status: 'completed',
      summary: 'CJ ENM and TBS co-produced the survival show “Infinite Loop”.',
      source: SOURCE,
      titles: 'Infinite Loop',
    });
    expect(answerText(proposed)).toContain('withk에 이미 있는 제휴입니다');
    expect(answerText(proposed)).toContain('현재 기록: 2025 · TBS');
    expect(answerText(proposed)).toContain('업데이트 후: 2025년 3월 · TBS');
    expect(answerText(proposed)).toContain('이 버튼은 5분 동안 본인만 쓸 수 있습니다.');
    expect(buttonsOf(proposed).map((b) => b.label)).toEqual(['업데이트', '새로 추가', '취소']);
    const updated = await press(proposed, '업데이트', Locale.Korean);
    expect(answerText(updated)).toMatch(
      /변경 #\d+\(으\)로 업데이트했습니다: \*\*CJ ENM × TBS · 공동 제작 · 2025년 3월\*\*\. 이제 `\/제휴 CJ ENM`에 나옵니다\. `\/편집 되돌리기`로/,
    );
    const deals = answerText(
      await withk.emulator.command({
        name: 'deals',
        locale: Locale.Korean,
        options: [
          { name: 'company', type: 3, value: 'CJ ENM' },
          { name: 'partner', type: 3, value: 'TBS' },
        ],
      }),
    );
    expect(deals).toContain('2025년 3월 · TBS');
    expect(deals).toContain('*출처: example-news.com, 2026년 3월 2일*');
  });

  it('walks a Japanese editor through a new deal: preview, buttons and the saved answer in Japanese', async () => {
    const proposed = await curate(Locale.Japanese, 'deal', {
      companies: 'Netflix, Yong Film',
      kind: 'distribution',
      date: '2025-11',
      status: 'announced',
      summary: 'Netflix distributes Yong Film titles in Japan.',
      source: SOURCE,
      titles: 'Romantics Anonymous',
    });
    const text = answerText(proposed);
    expect(text).toContain('プレビュー：/提携 Netflixではこう表示されます');
    expect(text).toContain('内容を確認してから保存してください。\nこれらのボタンは、あなただけが5分間使えます。');
    expect(text).toContain('2025年11月・Yong Film');
    expect(text).toContain('作品：ロマンティック・アノニマス (Romantics Anonymous)');
    expect(buttonsOf(proposed).map((b) => b.label)).toEqual(['保存', 'キャンセル']);
    const saved = await press(proposed, '保存', Locale.Japanese);
    expect(answerText(saved)).toMatch(/変更#\d+として保存しました：\*\*Netflix × Yong Film · .+ · 2025年11月\*\*/);
  });

  it('shows the history in Korean: who, what and from which source, the seed catalog named in Korean', async () => {
    const history = answerText(await curate(Locale.Korean, 'history', { target: 'deal:cj-enm-tbs-infinite-loop' }));
    expect(history).toContain('CJ ENM × TBS · 공동 제작 · 2025년 3월 변경 기록');
    const lines = history.split('\n').filter((line) => line.startsWith('**#'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      / · user\d{4} — \*\*CJ ENM × TBS · 공동 제작 · 2025년 3월\*\* 수정: 날짜 2025 → 2025년 3월; 출처 /,
    );
    expect(lines[1]).toContain(' · 초기 카탈로그 — 제휴 **CJ ENM × TBS · 공동 제작 · 2025년 3월** 추가 · 출처: ');
    expect(history).toContain('변경 2건');
  });

  it('suggests targets in Japanese, each saying what it is, under the name a Japanese reader knows', async () => {
    const outcome = await withk.emulator.autocomplete({
      name: 'curate',
      userId: owner,
      locale: Locale.Japanese,
      options: [
        { type: 1, name: 'alias', options: [{ name: 'target', type: 3, value: 'Romantics', focused: true }] },
      ] as never,
    });
    const choices = outcome.callback?.data?.choices as { name: string; value: string }[];
    expect(choices[0]).toEqual({
      name: 'ロマンティック・アノニマス (Romantics Anonymous)（作品）',
      value: 'title:romantics-anonymous',
    });
  });
});
