import { emptyTitleLists } from '../../src/domain/title.js';
import { describe, expect, it } from 'vitest';
import type { Digest, DigestRow } from '../../src/domain/digest.js';
import type { Chart, Deal, Title } from '../../src/domain/types.js';
import { embedLength, LIMITS, type EmbedData } from '../../src/discord/limits.js';
import { MAX_SECTION_LINES, renderDigest } from '../../src/discord/render/digest.js';
import { LOCALES, t } from '../../src/i18n/index.js';
import type { MessageView } from '../../src/discord/reply.js';

const GLOBAL: Chart = {
  id: 'netflix-global-tv-non-english',
  name: 'Netflix Top 10 · Global · TV (Non-English)',
  provider: 'netflix-top10',
  cadence: 'week',
};

function digest(extra: Partial<Digest> = {}): Digest {
  return {
    window: { from: '2026-11-15', to: '2026-11-22' },
    date: '2026-11-24',
    newEntries: [],
    climbers: [],
    fallers: [],
    numberOnes: [],
    milestones: [],
    deals: [],
    upcoming: [],
    sources: [
      { id: 'netflix-top10', name: 'Netflix Top 10', dataDate: '2026-07-19' },
      { id: 'kobis-daily', name: 'KOBIS daily', dataDate: '2026-01-28' },
      { id: 'curated', name: 'Curated catalog' },
    ],
    quiet: false,
    ...extra,
  };
}

function row(i: number, label = `A rather long chart label number ${i} · 오징어 게임 시즌 ${i}`): DigestRow {
  return {
    chart: { ...GLOBAL, id: `chart-${i % 7}`, name: `${GLOBAL.name} ${i % 7}` },
    period: '2026-11-22',
    entry: { chartId: `chart-${i % 7}`, period: '2026-11-22', rank: (i % 10) + 1, titleId: `t${i}`, label },
    movement: { kind: 'new' },
    korean: i % 2 === 0,
  };
}

function title(i: number): Title {
  return {
    id: `t${i}`,
    name: `Upcoming title ${i} with a fairly long name`,
    ...emptyTitleLists(),
    kind: 'film',
    originCountries: ['KR'],
    platforms: ['Netflix', 'TVING'],
    releaseDate: '2026-11-28',
    origin: 'curated',
    source: { publication: 'Press', date: '2026-11-20' },
    asOf: '2026-11-20',
  };
}

function deal(i: number): Deal {
  return {
    id: `d${i}`,
    partyIds: ['cj-enm', 'warner-bros'],
    kind: 'co-production',
    date: '2026-11-20',
    status: 'announced',
    titleIds: [],
    summary: `Deal ${i}: ${'a long summary of a cross-border partnership '.repeat(8)}`,
    source: { publication: 'Press', date: '2026-11-20' },
    asOf: '2026-11-20',
  };
}

const hugeDigest = (n = 300) =>
  digest({
    newEntries: Array.from({ length: n }, (_, i) => row(i)),
    climbers: Array.from({ length: 5 }, (_, i) => ({ ...row(i), movement: { kind: 'up' as const, by: 9 - i } })),
    fallers: Array.from({ length: 5 }, (_, i) => ({ ...row(i), movement: { kind: 'down' as const, by: 9 - i } })),
    numberOnes: Array.from({ length: n }, (_, i) => ({ ...row(i), numberOneStreak: (i % 4) + 1 })),
    milestones: Array.from({ length: n }, (_, i) => ({ ...row(i), kind: 'weeks-in-top10' as const, count: 10 })),
    deals: Array.from({ length: n }, (_, i) => ({ deal: deal(i), parties: [], titles: [], korean: true })),
    upcoming: Array.from({ length: n }, (_, i) => ({ title: title(i), releaseDate: '2026-11-28', korean: true })),
  });

const allEmbeds = (views: MessageView[]) => views.flatMap((view) => view.embeds ?? []);
const textOf = (embed: EmbedData) =>
  [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]), embed.footer?.text].join(
    '\n',
  );
const messageText = (view: MessageView) => (view.embeds ?? []).map(textOf).join('\n');

describe('renderDigest', () => {
  it.each(LOCALES)('splits a huge digest into several messages, each within every Discord limit, in %s', (locale) => {
    const views = renderDigest(hugeDigest(), locale);
    expect(views.length).toBeGreaterThan(1);
    for (const view of views) {
      const embeds = view.embeds ?? [];
      expect(embeds.length).toBeGreaterThan(0);
      expect(embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
      // Discord counts the 6000 characters over all embeds of one message.
      expect(embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
      for (const embed of embeds) {
        expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
        expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
        expect((embed.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
        for (const field of embed.fields ?? []) {
          expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
          expect(field.value.trim()).not.toBe('');
          expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        }
      }
    }
  });

  it('shows every line up to the section cap and counts the rest', () => {
    const text = renderDigest(hugeDigest(), 'en').map(messageText).join('\n');
    for (let i = 0; i < MAX_SECTION_LINES; i++) expect(text).toContain(`Upcoming title ${i} with`);
    expect(text).not.toContain(`Upcoming title ${MAX_SECTION_LINES} with`);
    expect(text.match(new RegExp(`…and ${300 - MAX_SECTION_LINES} more`, 'g'))).toHaveLength(5);
  });

  it('keeps every section, including the last, when the digest spans several messages', () => {
    const views = renderDigest(hugeDigest(), 'en');
    const names = allEmbeds(views).flatMap((embed) => (embed.fields ?? []).map((field) => field.name));
    for (const name of [
      'New on the charts',
      'Biggest climbers',
      'Biggest fallers',
      'Number ones',
      'Milestones',
      'New partnerships',
      'Coming up this week',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('splits a long section into continued fields of whole lines', () => {
    const views = renderDigest(digest({ newEntries: Array.from({ length: 25 }, (_, i) => row(i)) }), 'en');
    const fields = allEmbeds(views).flatMap((embed) => embed.fields ?? []);
    expect(fields.map((f) => f.name)).toContain('New on the charts (cont.)');
    const lines = fields.filter((f) => f.name.startsWith('New on the charts')).flatMap((f) => f.value.split('\n'));
    expect(lines).toHaveLength(25);
  });

  it('names every source and its data date in every message', () => {
    const views = renderDigest(hugeDigest(), 'en');
    for (const view of views) {
      const text = messageText(view);
      expect(text).toContain('Netflix Top 10 to 19 Jul 2026');
      expect(text).toContain('KOBIS daily to 28 Jan 2026');
      expect(text).toContain('Curated catalog (no data yet)');
    }
  });

  it('numbers the parts when there are several messages', () => {
    const views = renderDigest(hugeDigest(), 'en');
    expect(allEmbeds(views).at(-1)!.footer?.text).toBe(`part ${views.length} of ${views.length}`);
  });

  it('titles the digest with its date, and says when it is late', () => {
    const onTime = renderDigest(digest({ newEntries: [row(1)] }), 'en');
    expect(onTime[0]!.embeds![0]!.title).toBe('withk daily digest · 24 Nov 2026');
    const late = renderDigest(digest({ newEntries: [row(1)] }), 'en', { late: true });
    expect(late[0]!.embeds![0]!.title).toBe('withk daily digest · 24 Nov 2026 (late: delivered after downtime)');
  });

  it('titles /trends by its number of days', () => {
    const views = renderDigest(digest({ quiet: true }), 'en', { days: 7 });
    expect(views[0]!.embeds![0]!.title).toBe('withk trends · last 7 days');
    expect(views[0]!.embeds![0]!.description).toContain('Quiet');
  });

  it('says a quiet day is quiet, with the data dates, in one short message', () => {
    const views = renderDigest(digest({ quiet: true }), 'en');
    expect(views).toHaveLength(1);
    const text = messageText(views[0]!);
    expect(text).toContain(t('en', 'digest.quiet'));
    expect(text).toContain('Netflix Top 10 to 19 Jul 2026');
  });

  it('writes the digest in Korean and Japanese, sections, counts and dates included', () => {
    const ko = renderDigest(hugeDigest(), 'ko').map(messageText).join('\n');
    const ja = renderDigest(hugeDigest(), 'ja').map(messageText).join('\n');
    expect(ko).toContain('withk 데일리 브리핑 · 2026년 11월 24일');
    expect(ko).toContain('신규 차트인');
    expect(ko).toContain(`…외 ${300 - MAX_SECTION_LINES}건`);
    expect(ko).toContain('넷플릭스 Top 10 2026년 7월 19일까지');
    expect(ja).toContain('withk デイリーダイジェスト・2026年11月24日');
    expect(ja).toContain('今週の公開予定');
    expect(ja).toContain(`…ほか${300 - MAX_SECTION_LINES}件`);
    expect(ko).not.toMatch(/New on the charts|Coming up|…and \d/);
  });

  it('shows movement, rank and chart name on a climber line', () => {
    const climber = { ...row(3, 'Squid Game'), movement: { kind: 'up' as const, by: 4 } };
    const text = messageText(renderDigest(digest({ climbers: [climber] }), 'en')[0]!);
    expect(text).toContain(`\`#4\` ▲4 **Squid Game** · ${GLOBAL.name} 3`);
  });

  it('escapes Markdown in catalog text', () => {
    const text = messageText(
      renderDigest(digest({ newEntries: [row(1, '**bold** _x_ [link](http://e.com)')] }), 'en')[0]!,
    );
    expect(text).not.toContain('**bold**');
    expect(text).toContain('\\*\\*bold\\*\\*');
  });
});

describe('renderDigest and cross-border titles', () => {
  it('says a title made across borders is a co-production, and nothing for a Korean title', () => {
    const coProduction: Title = { ...title(1), originCountries: ['VN', 'KR'] };
    const korean: Title = { ...title(2), originCountries: ['KR'] };
    const text = JSON.stringify(
      renderDigest(
        digest({
          climbers: [
            { ...row(1), title: coProduction },
            { ...row(2, 'Korean only'), title: korean },
          ],
        }),
        'en',
      ),
    );
    expect(text).toContain('· 🌏 VN–KR co-production');
    expect(text).not.toMatch(/Korean only\*\* · 🌏/);
  });
});
