import type { TmdbRef } from './enrichment.js';

/** How a TMDB record is written in the catalog and by people: "tv/93405", "movie/496243". */
export const TMDB_REF_PATTERN = /^(tv|movie)\/(\d{1,10})$/;

/**
 * Reads a TMDB record from what a person typed: "tv/93405", or a TMDB page address
 * ("https://www.themoviedb.org/tv/93405-squid-game"). Undefined when it is neither.
 */
export function parseTmdbRef(text: string): TmdbRef | undefined {
  const trimmed = text.trim();
  const page = /^https?:\/\/(?:www\.)?themoviedb\.org\/(tv|movie)\/(\d{1,10})(?:[-/?#]|$)/i.exec(trimmed);
  const match = page ?? TMDB_REF_PATTERN.exec(trimmed.toLowerCase());
  if (!match) return undefined;
  return { kind: match[1]!.toLowerCase() as TmdbRef['kind'], id: Number(match[2]) };
}

export const formatTmdbRef = (ref: TmdbRef) => `${ref.kind}/${ref.id}`;
