import { describe, expect, it } from 'vitest';
import { applyTmdbLinks } from '../../src/domain/apply-enrichment.js';
import { renderFullCast, renderTitleCard } from '../../src/discord/render/title-card.js';
import { lookUpTitle, type TitleCard } from '../../src/services/titles.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { enrichedLink } from '../helpers/enrichment.js';
import { catalogForTmdb } from '../helpers/tmdb-catalog.js';

const cast = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `Actor ${i + 1}`, character: `Role ${i + 1}` }));

function cardOf(titleId: string, data?: Parameters<typeof enrichedLink>[1]): TitleCard {
  let catalog = catalogForTmdb();
  if (data) catalog = applyTmdbLinks(catalog, [{ titleId, link: enrichedLink('2026-01-10T00:00:00.000Z', data) }]);
  const found = lookUpTitle(createMemoryStore(catalog), titleId);
  if (!found.found) throw new Error(titleId);
  return found.card;
}
const fieldsOf = (card: TitleCard) => renderTitleCard(card, 'en').embeds![0]!.fields!.filter((f) => f.value.trim());

describe('renderTitleCard', () => {
  it('leaves out empty sections instead of showing "—"', () => {
    const fields = renderTitleCard(cardOf('squid-game'), 'en').embeds![0]!.fields!;
    expect(fields.some((f) => f.value === '—')).toBe(false);
    expect(fields.filter((f) => f.value.trim()).map((f) => f.name)).toEqual(['Charts']);
  });

  it('shows what TMDB adds: creators, network, companies with countries, seasons, and credits TMDB', () => {
    const card = cardOf('squid-game', {
      creators: ['Hwang Dong-hyuk'],
      cast: cast(2),
      networks: [{ tmdbId: 213, name: 'Netflix' }],
      productionCompanies: [{ tmdbId: 112647, name: 'Siren Pictures', country: 'KR' }],
      seasons: [{ number: 1, name: 'Season 1', airDate: '2021-09-17', episodes: 9 }],
      status: 'ended',
      names: [{ lang: 'ja', name: 'イカゲーム' }],
    });
    const embed = renderTitleCard(card, 'en').embeds![0]!;
    const value = (name: string) => embed.fields!.find((f) => f.name === name)?.value;
    expect(value('Creators')).toBe('Created by: Hwang Dong-hyuk');
    expect(value('Cast')).toBe('**Actor 1** as Role 1\n**Actor 2** as Role 2');
    expect(value('Companies')).toBe('Network: Netflix\nProduction: Siren Pictures');
    expect(value('Seasons')).toBe('1 season · 9 episodes · ended\nSeason 1: 17 Sep 2021, 9 episodes');
    expect(embed.description).toContain('イカゲーム');
    expect(embed.footer?.text).toContain('Cast, crew, companies and seasons: TMDB, 10 Jan 2026');
  });

  it('shows the top billed and says how to see the rest', () => {
    const value = fieldsOf(cardOf('squid-game', { cast: cast(12) })).find((f) => f.name === 'Cast')!.value;
    expect(value.split('\n')).toHaveLength(9);
    expect(value).toContain('…and 4 more: `/title name:Squid Game full_cast:True`');
  });

  it("keeps curated roles first and does not repeat TMDB's entry for the same person", () => {
    const card = cardOf('romantics-anonymous', {
      cast: [{ name: 'Han Hyo-joo', character: 'Hana' }, { name: 'Someone Else' }],
    });
    const lines = fieldsOf(card)
      .find((f) => f.name === 'Cast')!
      .value.split('\n');
    expect(lines.filter((line) => line.includes('Han Hyo-joo'))).toHaveLength(1);
    expect(lines.at(-1)).toBe('**Someone Else**');
  });

  it('names a TMDB company by the withk company it is linked to, without listing it twice', () => {
    const card = cardOf('romantics-anonymous', {
      productionCompanies: [{ tmdbId: 1, name: 'Yong Film', country: 'KR' }],
    });
    const companies = fieldsOf(card)
      .find((f) => f.name === 'Companies')!
      .value.split('\n');
    expect(companies.filter((line) => line.startsWith('Yong Film'))).toHaveLength(1);
  });
});

describe('renderFullCast', () => {
  it('lists every cast member with characters, crediting TMDB', () => {
    const embed = renderFullCast(cardOf('squid-game', { cast: cast(30) }), 'en').embeds![0]!;
    expect(embed.title).toBe('Cast of Squid Game');
    expect(embed.description!.split('\n')).toHaveLength(30);
    expect(embed.footer?.text).toContain('TMDB');
  });

  it('says so when no cast is known', () => {
    expect(renderFullCast(cardOf('mother'), 'en').embeds![0]!.description).toBe(
      'withk knows no cast for this title yet.',
    );
  });
});

describe('renderTitleCard in Korean and Japanese', () => {
  const data = {
    cast: [{ name: 'Lee Jung-jae', character: 'Seong Gi-hun' }],
    creators: ['Hwang Dong-hyuk'],
    seasons: [{ number: 2, name: 'Season 2', airDate: '2024-12-26', episodes: 7 }],
    status: 'ended' as const,
    names: [
      { lang: 'ko', name: '오징어 게임' },
      { lang: 'ja', name: 'イカゲーム' },
    ],
  };

  it("names the title in the reader's language from TMDB's translations, and says what TMDB added in it", () => {
    const ko = renderTitleCard(cardOf('squid-game', data), 'ko').embeds![0]!;
    expect(ko.title).toBe('오징어 게임 (Squid Game)');
    const value = (name: string) => ko.fields!.find((f) => f.name === name)?.value;
    expect(value('출연')).toBe('**Lee Jung-jae** (Seong Gi-hun 역)');
    expect(value('시즌')).toContain('1개 시즌 · 7부작 · 완결');
    expect(ko.footer?.text).toContain('TMDB');
    expect(renderTitleCard(cardOf('squid-game', data), 'ja').embeds![0]!.title).toBe('イカゲーム (Squid Game)');
  });
});

describe('renderTitleCard for a title two TMDB records fit', () => {
  it('lists the candidates and how an editor chooses one', () => {
    const catalog = applyTmdbLinks(catalogForTmdb(), [
      {
        titleId: 'mother',
        link: {
          status: 'ambiguous',
          checkedAt: '2026-01-10T00:00:00.000Z',
          candidates: [
            { kind: 'tv', id: 45859, name: 'Mother', originalName: 'Mother', year: '2010' },
            { kind: 'tv', id: 76773, name: 'Mother', originalName: '마더', year: '2018' },
          ],
        },
      },
    ]);
    const found = lookUpTitle(createMemoryStore(catalog), 'mother');
    if (!found.found) throw new Error('mother');
    const value = renderTitleCard(found.card, 'en').embeds![0]!.fields!.find((f) => f.name === 'TMDB')!.value;
    expect(value.split('\n')).toEqual([
      'These TMDB records fit this title equally well, so none is used yet. An editor can choose one with `/curate fix` (field: TMDB record):',
      '`tv/45859` Mother · 2010',
      '`tv/76773` Mother · 마더 · 2018',
    ]);
  });
});
