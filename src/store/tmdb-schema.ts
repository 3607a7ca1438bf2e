import { z } from 'zod';
import { SERIES_STATUSES, type TmdbLink } from '../domain/enrichment.js';

const text = z.string().min(1);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const instant = z.string().datetime({ offset: true });
const count = z.number().int().nonnegative();
const ref = { kind: z.enum(['tv', 'movie']), id: count };

const company = z.object({ tmdbId: count, name: text, country: text.optional(), companyId: text.optional() });
const episode = z.object({ airDate: day, season: count, episode: count, finale: z.boolean() });

const enrichment = z.object({
  tmdb: z.object(ref),
  fetchedAt: instant,
  names: z.array(z.object({ lang: text, name: text })),
  alternativeNames: z.array(text),
  originalLanguage: text.optional(),
  originCountries: z.array(text),
  overview: text.optional(),
  cast: z.array(z.object({ name: text, character: text.optional(), episodes: count.optional() })),
  creators: z.array(text),
  directors: z.array(text),
  writers: z.array(text),
  networks: z.array(company),
  productionCompanies: z.array(company),
  genres: z.array(text),
  keywords: z.array(text),
  firstAirDate: day.optional(),
  lastAirDate: day.optional(),
  seasons: z.array(z.object({ number: count, name: text, airDate: day.optional(), episodes: count })),
  status: z.enum(SERIES_STATUSES).optional(),
  nextEpisode: episode.optional(),
  lastEpisode: episode.optional(),
  imdbId: text.optional(),
});

/** A title's TMDB link as stored in the catalog (see TmdbLink). */
export const tmdbLinkSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('enriched'), checkedAt: instant, data: enrichment, pinned: z.boolean().optional() }),
  z.object({
    status: z.literal('ambiguous'),
    checkedAt: instant,
    candidates: z.array(z.object({ ...ref, name: text, originalName: text, year: z.string().optional() })),
  }),
  z.object({ status: z.literal('not-found'), checkedAt: instant }),
]) satisfies z.ZodType<TmdbLink>;
