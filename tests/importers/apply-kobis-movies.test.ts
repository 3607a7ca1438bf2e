import { describe, expect, it } from 'vitest';
import { applyKobisMovies } from '../../src/importers/apply-kobis-movies.js';
import { parseKobisMovies, type KobisFilm } from '../../src/importers/parse-kobis-movies.js';
import type { Catalog } from '../../src/domain/types.js';
import { emptyCatalog, curatedTitle, readFixture } from './support.js';

const now = new Date('2026-02-01T00:00:00Z');
const options = { fileName: 'test', now };
const film = (name: string) => parseKobisMovies(readFixture(`kobis-movies/${name}.json`)).films;
const cjEnm = {
  id: 'cj-enm',
  name: 'CJ ENM',
  aliases: ['씨제이이엔엠'],
  country: 'KR',
  kind: 'conglomerate' as const,
  source: { publication: 'Seed', date: '2025-10-21' },
  asOf: '2025-10-21',
};
const catalog = (overrides: Partial<Catalog> = {}) => emptyCatalog({ companies: [cjEnm], ...overrides });

describe('applyKobisMovies', () => {
  it('makes a film one title with its names, nations, director, cast and companies by role', () => {
    const { catalog: next, summary } = applyKobisMovies(catalog(), film('movie-info-coproduction'), options);
    expect(summary).toMatchObject({ read: 1, added: 1, titlesAdded: 1 });
    const title = next.titles[0]!;
    expect(title).toMatchObject({
      name: 'Leaving Mom',
      kind: 'film',
      originCountries: ['VN', 'KR'],
      releaseDate: '2025-11-05',
      directors: ['모홍진 (MO Hong-jin)'],
      externalIds: { kobisMovieCd: '20259001' },
      kobisRecord: 'info',
      origin: 'kobis',
    });
    expect(title.originalNames).toEqual([
      { lang: 'ko', name: '엄마를 버리러 갑니다' },
      { lang: 'und', name: 'Mang Mẹ Đi Bỏ' },
    ]);
    const roles = title.companyCredits!.map((credit) => [
      next.companies.find((c) => c.id === credit.companyId)!.name,
      credit.role,
    ]);
    expect(roles).toEqual([
      ['CJ CGV', 'distribution'],
      ['스튜디오 테스트', 'co-production'],
    ]);
  });

  it('credits CJ ENM under its Korean legal name and keeps curated facts of a curated film', () => {
    const parasite = curatedTitle({
      id: 'parasite',
      name: 'Parasite',
      kind: 'film',
      originalNames: [{ lang: 'ko', name: '기생충' }],
      directors: ['Bong Joon-ho'],
      companyIds: ['cj-enm'],
      releaseDate: '2019-05-30',
    });
    const { catalog: next, summary } = applyKobisMovies(
      catalog({ titles: [parasite] }),
      film('movie-info-parasite'),
      options,
    );
    expect(summary).toMatchObject({ updated: 1, titlesAdded: 0 });
    const title = next.titles.find((t) => t.id === 'parasite')!;
    expect(title.directors).toEqual(['Bong Joon-ho']);
    expect(title.cast.map((c) => c.character)).toEqual(['기택', '박사장']);
    expect(title.companyCredits).toEqual([
      { companyId: 'cj-enm', role: 'distribution', source: 'kobis-movies' },
      { companyId: 'cj-enm', role: 'presenter', source: 'kobis-movies' },
      { companyId: 'barunson-e-and-a', role: 'production', source: 'kobis-movies' },
    ]);
    expect(next.companies.find((c) => c.id === 'cj-enm')!.aliases).toContain('(주)씨제이이엔엠');
  });

  it('gives a film first seen on a daily list its English name, keeping the Korean one as a name', () => {
    const daily = {
      ...curatedTitle({ id: '기생충', name: '기생충', kind: 'film', originalNames: [{ lang: 'ko', name: '기생충' }] }),
      origin: 'kobis' as const,
      externalIds: { kobisMovieCd: '20183782' },
    };
    const { catalog: next } = applyKobisMovies(catalog({ titles: [daily] }), film('movie-info-parasite'), options);
    expect(next.titles).toHaveLength(1);
    expect(next.titles[0]).toMatchObject({
      id: '기생충',
      name: 'Parasite',
      originalNames: [{ lang: 'ko', name: '기생충' }],
    });
  });

  it('keeps a US film’s Korean release title as an alias, not an original name', () => {
    const [challengers] = parseKobisMovies(readFixture('kobis-movies/movie-list-page.json')).films as [KobisFilm];
    const { catalog: next } = applyKobisMovies(catalog(), [challengers], options);
    expect(next.titles[0]).toMatchObject({
      name: 'Challengers',
      originalNames: [],
      aliases: ['챌린저스'],
      originCountries: ['US'],
      kobisRecord: 'list',
    });
  });

  it('never lets a list record overwrite a full record', () => {
    const info = film('movie-info-parasite');
    const first = applyKobisMovies(catalog(), info, options).catalog;
    const listRecord: KobisFilm = { ...info[0]!, actors: [], companies: [], detail: 'list' };
    const again = applyKobisMovies(first, [listRecord], options);
    expect(again.catalog).toBe(first);
    expect(again.summary.unchanged).toBe(1);
  });

  it('changes nothing when the same films are applied again', () => {
    const first = applyKobisMovies(
      catalog(),
      [...film('movie-info-parasite'), ...film('movie-info-coproduction')],
      options,
    ).catalog;
    const again = applyKobisMovies(first, [...film('movie-info-parasite'), ...film('movie-info-coproduction')], {
      ...options,
      now: new Date('2026-03-01T00:00:00Z'),
    });
    expect(again.catalog).toBe(first);
    expect(again.summary).toMatchObject({ unchanged: 2, added: 0, updated: 0 });
  });

  it('reports an unknown company part with the film and leaves that credit out', () => {
    const [parasite] = film('movie-info-parasite') as [KobisFilm];
    const odd = { ...parasite, companies: [{ name: '(주)테스트', part: '홍보사' }] };
    const { summary, catalog: next } = applyKobisMovies(catalog(), [odd], options);
    expect(summary.errors).toEqual([
      { line: 1, reason: 'film 20183782: unknown company part "홍보사" for (주)테스트; that credit was left out' },
    ]);
    expect(next.titles[0]!.companyCredits).toBeUndefined();
  });
});
