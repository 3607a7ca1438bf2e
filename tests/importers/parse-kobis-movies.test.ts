import { describe, expect, it } from 'vitest';
import { FormatError } from '../../src/importers/format-error.js';
import { KobisFaultError, parseKobisMovies } from '../../src/importers/parse-kobis-movies.js';
import { readFixture } from './support.js';

describe('parseKobisMovies', () => {
  it('reads a searchMovieInfo answer with names, nations, people and each company part', () => {
    const { shape, films, errors } = parseKobisMovies(readFixture('kobis-movies/movie-info-parasite.json'));
    expect(shape).toBe('movie-info');
    expect(errors).toEqual([]);
    expect(films[0]).toMatchObject({
      movieCd: '20183782',
      nameKo: '기생충',
      nameEn: 'Parasite',
      productionYear: '2019',
      openDate: '2019-05-30',
      nations: ['한국'],
      directors: [{ name: '봉준호', nameEn: 'BONG Joon-ho' }],
      detail: 'info',
    });
    expect(films[0]!.nameOriginal).toBeUndefined();
    expect(films[0]!.actors[0]).toEqual({ name: '송강호', nameEn: 'SONG Kang-ho', character: '기택' });
    expect(films[0]!.companies[0]).toEqual({
      code: '20110854',
      name: '(주)씨제이이엔엠',
      nameEn: 'CJ ENM Corp.',
      part: '배급사',
    });
  });

  it('reads a searchMovieList page, splitting nation lists, and reports a bad film by position', () => {
    const { shape, films, errors, total } = parseKobisMovies(readFixture('kobis-movies/movie-list-page.json'));
    expect(shape).toBe('movie-list');
    expect(total).toBe(3);
    expect(films.map((film) => film.movieCd)).toEqual(['20249318', '20224579']);
    expect(films[1]).toMatchObject({
      nations: ['한국'],
      companies: [{ code: '20228982', name: '(주)콘텐츠지' }],
      detail: 'list',
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 3 });
    expect(errors[0]!.reason).toMatch(/^film 3: movieCd/);
  });

  it('lists the codes of a codes-only year file without inventing records', () => {
    const { shape, films, codesOnly } = parseKobisMovies(readFixture('kobis-movies/year-codes.json'));
    expect(shape).toBe('year-codes');
    expect(films).toEqual([]);
    expect(codesOnly).toEqual(['20256666', '20236355', '20236154']);
  });

  it('refuses a KOBIS fault whole and tells a spent quota', () => {
    const parse = () => parseKobisMovies(readFixture('kobis-movies/fault-quota.json'));
    expect(parse).toThrow(KobisFaultError);
    try {
      parse();
    } catch (error) {
      expect((error as KobisFaultError).quota).toBe(true);
      expect((error as KobisFaultError).code).toBe('320011');
    }
  });

  it.each([
    ['an HTML page', '<html><body>502 Bad Gateway</body></html>', /does not parse as JSON/],
    [
      'a daily box-office list',
      '{"boxOfficeResult":{"showRange":"20250825~20250825","dailyBoxOfficeList":[]}}',
      /top-level keys are boxOfficeResult/,
    ],
    ['JSON null', 'null', /the body is null/],
  ])('refuses %s', (_, body, message) => {
    expect(() => parseKobisMovies(body)).toThrow(FormatError);
    expect(() => parseKobisMovies(body)).toThrow(message);
  });
});
