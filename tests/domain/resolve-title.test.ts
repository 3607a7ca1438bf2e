import { describe, expect, it } from 'vitest';
import { createTitleResolver, splitSeasonTitle } from '../../src/domain/resolve-title.js';
import { curatedTitle } from '../importers/support.js';

const parasite = curatedTitle({
  id: 'parasite',
  name: 'Parasite',
  kind: 'film',
  originalNames: [{ lang: 'ko', name: '기생충' }],
});
const bonAppetit = curatedTitle({
  id: 'bon-appetit-your-majesty',
  name: 'Bon Appétit, Your Majesty',
  aliases: ["The Tyrant's Chef"],
  seasons: ['Limited Series'],
});
const week = '2025-07-13';

describe('splitSeasonTitle', () => {
  it('removes the show prefix from a season title', () => {
    expect(splitSeasonTitle('Squid Game: Season 2', 'Squid Game')).toEqual({ show: 'Squid Game', season: 'Season 2' });
  });

  it('keeps colons that belong to the season part', () => {
    expect(splitSeasonTitle('DAHMER: Monster: The Jeffrey Dahmer Story', 'DAHMER').season).toBe(
      'Monster: The Jeffrey Dahmer Story',
    );
  });

  it('drops a stray trailing colon', () => {
    expect(splitSeasonTitle('Furies: Season 1:', 'Furies').season).toBe('Season 1');
  });

  it('keeps a season title that does not start with the show', () => {
    expect(splitSeasonTitle('Stranger Things 4', 'Stranger Things')).toEqual({
      show: 'Stranger Things',
      season: 'Stranger Things 4',
    });
  });

  it('splits known suffixes when no show title is given', () => {
    expect(splitSeasonTitle('Squid Game: Season 2')).toEqual({ show: 'Squid Game', season: 'Season 2' });
    expect(splitSeasonTitle('Idol I: 시즌 1')).toEqual({ show: 'Idol I', season: '시즌 1' });
    expect(splitSeasonTitle('Bon Appétit, Your Majesty: Limited Series').season).toBe('Limited Series');
  });
});

describe('createTitleResolver', () => {
  it('merges the seasons of one show into one title', () => {
    const resolver = createTitleResolver([]);
    const ids = ['Season 1', 'Season 2', 'Season 3'].map(
      (season) =>
        resolver.resolveNetflix({
          showTitle: 'Squid Game',
          seasonTitle: `Squid Game: ${season}`,
          kind: 'series',
          date: week,
        }).titleId,
    );
    expect(new Set(ids)).toEqual(new Set(['squid-game']));
    expect(resolver.titles()).toHaveLength(1);
    expect(resolver.titles()[0]!.seasons).toEqual(['Season 1', 'Season 2', 'Season 3']);
  });

  it('keeps Parasite and Parasite in Love apart', () => {
    const resolver = createTitleResolver([parasite]);
    const a = resolver.resolveNetflix({ showTitle: 'Parasite', kind: 'film', date: week });
    const b = resolver.resolveNetflix({ showTitle: 'Parasite in Love', kind: 'film', date: week });
    expect(a).toEqual({ titleId: 'parasite', season: undefined, created: false });
    expect(b).toMatchObject({ titleId: 'parasite-in-love', created: true });
  });

  it('keeps Squid Game and Squid Game: The Challenge apart', () => {
    const resolver = createTitleResolver([]);
    const show = resolver.resolveNetflix({ showTitle: 'Squid Game', kind: 'series', date: week });
    const spinOff = resolver.resolveNetflix({
      showTitle: 'Squid Game: The Challenge',
      seasonTitle: 'Squid Game: The Challenge: Season 1',
      kind: 'series',
      date: week,
    });
    expect(spinOff.titleId).not.toBe(show.titleId);
    expect(spinOff).toMatchObject({ titleId: 'squid-game-the-challenge', season: 'Season 1' });
  });

  it('matches names that differ only in case, accents and punctuation', () => {
    const resolver = createTitleResolver([bonAppetit]);
    expect(resolver.resolveNetflix({ showTitle: 'BON APPETIT YOUR MAJESTY', kind: 'series', date: week }).titleId).toBe(
      'bon-appetit-your-majesty',
    );
    expect(resolver.resolveNetflix({ showTitle: 'The Tyrant’s Chef', kind: 'series', date: week }).titleId).toBe(
      'bon-appetit-your-majesty',
    );
  });

  it('records a new season on an existing title and counts it as updated', () => {
    const resolver = createTitleResolver([bonAppetit]);
    resolver.resolveNetflix({
      showTitle: 'Bon Appétit, Your Majesty',
      seasonTitle: 'Bon Appétit, Your Majesty: Season 2',
      kind: 'series',
      date: week,
    });
    expect(resolver.updatedCount).toBe(1);
    expect(resolver.titles()[0]!.seasons).toEqual(['Limited Series', 'Season 2']);
  });

  it('returns the original array when nothing changed', () => {
    const titles = [bonAppetit];
    const resolver = createTitleResolver(titles);
    resolver.resolveNetflix({
      showTitle: 'Bon Appétit, Your Majesty',
      seasonTitle: 'Bon Appétit, Your Majesty: Limited Series',
      kind: 'series',
      date: week,
    });
    expect(resolver.titles()).toBe(titles);
  });

  it('does not merge a film into a series of the same name', () => {
    const resolver = createTitleResolver([curatedTitle({ id: 'sweet-home', name: 'Sweet Home', kind: 'series' })]);
    const film = resolver.resolveNetflix({ showTitle: 'Sweet Home', kind: 'film', date: week });
    expect(film).toMatchObject({ titleId: 'sweet-home-2', created: true });
  });

  it('creates a Netflix title with kind, origin, source and Hangul original name', () => {
    const resolver = createTitleResolver([]);
    resolver.resolveNetflix({ showTitle: '비상선언', kind: 'film', date: '2023-04-02' });
    expect(resolver.titles()[0]).toMatchObject({
      id: '비상선언',
      name: '비상선언',
      kind: 'film',
      originalNames: [{ lang: 'ko', name: '비상선언' }],
      origin: 'netflix-top10',
      source: { publication: 'Netflix Top 10', date: '2023-04-02' },
      asOf: '2023-04-02',
    });
  });

  it('suffixes -2 and -3 when slugs collide', () => {
    const resolver = createTitleResolver([curatedTitle({ id: 'lupin', name: 'Lupin the Third', kind: 'film' })]);
    const ids = ['Lupin', 'LUPIN!'].map(
      (name, i) => resolver.resolveNetflix({ showTitle: name, kind: i === 0 ? 'series' : 'film', date: week }).titleId,
    );
    expect(ids).toEqual(['lupin-2', 'lupin-3']);
  });

  it('matches KOBIS rows by movieCd before the name', () => {
    const linked = curatedTitle({
      id: 'linked',
      name: 'Linked',
      kind: 'film',
      externalIds: { kobisMovieCd: '20190001' },
    });
    const resolver = createTitleResolver([parasite, linked]);
    expect(resolver.resolveKobis({ name: '기생충', movieCd: '20190001', date: week }).titleId).toBe('linked');
  });

  it('matches KOBIS rows by Korean original name and links the code', () => {
    const resolver = createTitleResolver([parasite]);
    expect(resolver.resolveKobis({ name: '기생충', movieCd: '20183782', date: week })).toEqual({
      titleId: 'parasite',
      created: false,
    });
    expect(resolver.titles()[0]!.externalIds.kobisMovieCd).toBe('20183782');
  });

  it('does not match a KOBIS row to a title linked to another code', () => {
    const other = curatedTitle({
      id: 'parasite',
      name: 'Parasite',
      kind: 'film',
      originalNames: [{ lang: 'ko', name: '기생충' }],
      externalIds: { kobisMovieCd: '1' },
    });
    const resolver = createTitleResolver([other]);
    expect(resolver.resolveKobis({ name: '기생충', movieCd: '2', date: week })).toMatchObject({
      titleId: '기생충',
      created: true,
    });
  });

  it('creates a KOBIS film with its code, Korean name and release date', () => {
    const resolver = createTitleResolver([parasite]);
    const result = resolver.resolveKobis({
      name: '사랑하는 기생충',
      movieCd: '20236433',
      openDt: '2024-01-16',
      date: '2024-01-20',
    });
    expect(result).toEqual({ titleId: '사랑하는-기생충', created: true });
    expect(resolver.titles()[1]).toMatchObject({
      kind: 'film',
      originalNames: [{ lang: 'ko', name: '사랑하는 기생충' }],
      releaseDate: '2024-01-16',
      externalIds: { kobisMovieCd: '20236433' },
      origin: 'kobis',
      source: { publication: 'KOBIS (Korean Film Council)', date: '2024-01-20' },
    });
  });

  it('finds a title created earlier in the same import', () => {
    const resolver = createTitleResolver([]);
    const first = resolver.resolveKobis({ name: '좀비딸', movieCd: '20241941', date: week });
    const again = resolver.resolveKobis({ name: '좀비딸', movieCd: '20241941', date: '2025-07-14' });
    expect([first.created, again.created, again.titleId]).toEqual([true, false, first.titleId]);
    expect(resolver.createdCount).toBe(1);
  });
});
