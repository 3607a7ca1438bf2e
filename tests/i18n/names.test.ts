import { describe, expect, it } from 'vitest';
import type { Chart } from '../../src/domain/types.js';
import {
  chartName,
  displayCompanyName,
  displayName,
  entryLabel,
  platformName,
  seasonName,
  sourceName,
} from '../../src/i18n/names.js';

const squidGame = { name: 'Squid Game', originalNames: [{ lang: 'ko', name: '오징어 게임' }], aliases: [] };
const tyrantsChef = {
  name: 'Bon Appétit, Your Majesty',
  originalNames: [],
  aliases: ["The Tyrant's Chef", '폭군의 셰프', '暴君のシェフ'],
};

describe('displayName', () => {
  it('puts the Korean name first for a Korean reader, the English beside it', () => {
    expect(displayName(squidGame, 'ko')).toBe('오징어 게임 (Squid Game)');
  });

  it('takes an alias written in the reader’s script when no original name is in that language', () => {
    expect(displayName(tyrantsChef, 'ko')).toBe('폭군의 셰프 (Bon Appétit, Your Majesty)');
    expect(displayName(tyrantsChef, 'ja')).toBe('暴君のシェフ (Bon Appétit, Your Majesty)');
  });

  it('keeps the catalog name for English readers and when no name in the reader’s language is known', () => {
    expect(displayName(squidGame, 'en')).toBe('Squid Game');
    expect(displayName(squidGame, 'ja')).toBe('Squid Game');
  });

  it('does not repeat a name that is already in the reader’s language', () => {
    expect(
      displayName({ name: '만약에 우리', originalNames: [{ lang: 'ko', name: '만약에 우리' }], aliases: [] }, 'ko'),
    ).toBe('만약에 우리');
  });
});

describe('displayCompanyName', () => {
  it('uses a name the company itself uses in that language, never a search alias', () => {
    expect(displayCompanyName({ name: 'Yong Film', originalNames: [{ lang: 'ko', name: '용필름' }] }, 'ko')).toBe(
      '용필름 (Yong Film)',
    );
    expect(displayCompanyName({ name: 'CJ ENM' }, 'ko')).toBe('CJ ENM');
    expect(displayCompanyName({ name: 'Yong Film', originalNames: [{ lang: 'ko', name: '용필름' }] }, 'en')).toBe(
      'Yong Film',
    );
  });
});

describe('entryLabel', () => {
  it('leads a chart label with the title’s name in the reader’s language', () => {
    expect(entryLabel({ label: 'Squid Game: Season 2' }, squidGame, 'ko')).toBe('오징어 게임 (Squid Game: Season 2)');
    expect(entryLabel({ label: 'Squid Game: Season 2' }, undefined, 'ko')).toBe('Squid Game: Season 2');
  });

  it('names the season in the reader’s words after the title', () => {
    const entry = { label: 'Squid Game: Season 2', season: 'Squid Game: Season 2' };
    expect(entryLabel(entry, squidGame, 'ko')).toBe('오징어 게임 시즌 2 (Squid Game: Season 2)');
    expect(entryLabel(entry, squidGame, 'en')).toBe('Squid Game: Season 2');
  });
});

describe('seasonName and platformName', () => {
  it('translates Netflix’s season labels and the one common-noun platform, and leaves the rest as printed', () => {
    expect(seasonName('Squid Game: Season 2', 'ko')).toBe('시즌 2');
    expect(seasonName('Season 1', 'ja')).toBe('シーズン1');
    expect(seasonName('Heavenly Ever After: Limited Series', 'ko')).toBe('리미티드 시리즈');
    expect(seasonName('Squid Game: Season 2', 'en')).toBe('Squid Game: Season 2');
    expect(seasonName('Part 2', 'ko')).toBe('Part 2');
    expect([platformName('Cinemas', 'ko'), platformName('Cinemas', 'ja'), platformName('Netflix', 'ko')]).toEqual([
      '극장',
      '劇場',
      'Netflix',
    ]);
  });
});

describe('chartName', () => {
  const chart = (extra: Partial<Chart>): Chart => ({
    id: 'x',
    name: 'Catalog name',
    provider: 'netflix-top10',
    cadence: 'week',
    ...extra,
  });

  it('builds a Netflix chart’s name from its list, country and category', () => {
    expect(chartName(chart({ category: 'TV (Non-English)' }), 'ko')).toBe('넷플릭스 Top 10 · 글로벌 · TV (비영어)');
    expect(chartName(chart({ country: 'JP', category: 'TV' }), 'ja')).toBe('Netflix Top 10・日本・TV');
    expect(
      chartName(
        chart({ id: 'netflix-most-popular-91d-films-english', category: 'Films (English)', cadence: 'period' }),
        'ko',
      ),
    ).toBe('넷플릭스 Top 10 · 역대 인기작 (공개 후 91일) · 영화 (영어)');
    expect(chartName(chart({ provider: 'kobis', cadence: 'day', country: 'KR' }), 'ja')).toBe('韓国の興行成績（日別）');
  });

  it('keeps the catalog’s own name for English readers, curated charts and unknown categories', () => {
    expect(chartName(chart({ category: 'TV (Non-English)' }), 'en')).toBe('Catalog name');
    expect(chartName(chart({ provider: 'curated' }), 'ko')).toBe('Catalog name');
    expect(chartName(chart({ category: 'Shorts' }), 'ko')).toBe('Catalog name');
  });
});

describe('sourceName', () => {
  it('names known sources in the reader’s language and leaves others as the data says', () => {
    expect(sourceName({ id: 'kobis-daily', name: 'KOBIS daily' }, 'ko')).toBe('KOBIS 일별 박스오피스');
    expect(sourceName({ id: 'kobis-daily', name: 'KOBIS daily' }, 'en')).toBe('KOBIS daily');
    expect(sourceName({ id: 'new-source', name: 'New source' }, 'ja')).toBe('New source');
  });
});
