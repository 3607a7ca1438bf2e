import { describe, expect, it } from 'vitest';
import { formatTmdbRef, parseTmdbRef } from '../../src/domain/tmdb-ref.js';

describe('parseTmdbRef', () => {
  it.each([
    ['tv/93405', { kind: 'tv', id: 93405 }],
    [' Movie/496243 ', { kind: 'movie', id: 496243 }],
    ['https://www.themoviedb.org/tv/93405-squid-game', { kind: 'tv', id: 93405 }],
    ['https://themoviedb.org/movie/496243?language=ko-KR', { kind: 'movie', id: 496243 }],
    ['93405', undefined],
    ['tv/squid-game', undefined],
    ['https://example.com/tv/93405', undefined],
    ['person/73249', undefined],
  ])('reads %j', (text, expected) => {
    expect(parseTmdbRef(text)).toEqual(expected);
  });

  it('writes a record back the way people type it', () => {
    expect(formatTmdbRef({ kind: 'movie', id: 496243 })).toBe('movie/496243');
  });
});
