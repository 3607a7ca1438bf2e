import { z } from 'zod';

// TMDB's v3 answers, as far as withk reads them. Unknown fields are ignored; fields TMDB sometimes sends as null
// or leaves out are optional, so a real answer always passes and a wrong one (an error page, another shape) fails.
const maybe = <T extends z.ZodType>(schema: T) => schema.nullish();
const text = z.string();
const date = maybe(z.string()).transform((value) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined));
const id = z.number().int().nonnegative();
const count = z.number().int().nonnegative();

const searchTvResult = z.object({
  id,
  name: text,
  original_name: text,
  original_language: maybe(text),
  origin_country: maybe(z.array(text)),
  first_air_date: date,
});

const searchMovieResult = z.object({
  id,
  title: text,
  original_title: text,
  original_language: maybe(text),
  release_date: date,
});

const page = <T extends z.ZodType>(result: T) =>
  z.object({ page: z.number(), results: z.array(result), total_results: maybe(z.number()) });
export const searchTvSchema = page(searchTvResult);
export const searchMovieSchema = page(searchMovieResult);

const companySchema = z.object({ id, name: text, origin_country: maybe(text) });
const person = { id, name: text };
const castSchema = z.object({ ...person, character: maybe(text), order: maybe(z.number()) });
const crewSchema = z.object({ ...person, department: maybe(text), job: maybe(text) });
const aggregateCastSchema = z.object({
  ...person,
  order: maybe(z.number()),
  roles: z.array(z.object({ character: maybe(text), episode_count: maybe(count) })),
  total_episode_count: maybe(count),
});
const aggregateCrewSchema = z.object({
  ...person,
  department: maybe(text),
  jobs: z.array(z.object({ job: text, episode_count: maybe(count) })),
  total_episode_count: maybe(count),
});
const translationSchema = z.object({
  iso_639_1: text,
  iso_3166_1: maybe(text),
  data: z.object({ name: maybe(text), title: maybe(text), overview: maybe(text) }),
});
const alternativeTitle = z.object({ title: text, iso_3166_1: maybe(text), type: maybe(text) });
const keyword = z.object({ id, name: text });
const episodeSchema = z.object({
  air_date: date,
  season_number: count,
  episode_number: count,
  episode_type: maybe(text),
});
const seasonSchema = z.object({
  season_number: count,
  name: maybe(text),
  air_date: date,
  episode_count: maybe(count),
});

const common = {
  id,
  original_language: maybe(text),
  overview: maybe(text),
  genres: maybe(z.array(z.object({ id, name: text }))),
  production_companies: maybe(z.array(companySchema)),
  status: maybe(text),
  translations: maybe(z.object({ translations: z.array(translationSchema) })),
  external_ids: maybe(z.object({ imdb_id: maybe(text) })),
};

export const tvDetailsSchema = z.object({
  ...common,
  name: text,
  original_name: text,
  origin_country: maybe(z.array(text)),
  first_air_date: date,
  last_air_date: date,
  created_by: maybe(z.array(z.object(person))),
  networks: maybe(z.array(companySchema)),
  seasons: maybe(z.array(seasonSchema)),
  next_episode_to_air: maybe(episodeSchema),
  last_episode_to_air: maybe(episodeSchema),
  aggregate_credits: maybe(z.object({ cast: z.array(aggregateCastSchema), crew: z.array(aggregateCrewSchema) })),
  alternative_titles: maybe(z.object({ results: z.array(alternativeTitle) })),
  keywords: maybe(z.object({ results: z.array(keyword) })),
});

export const movieDetailsSchema = z.object({
  ...common,
  title: text,
  original_title: text,
  origin_country: maybe(z.array(text)),
  production_countries: maybe(z.array(z.object({ iso_3166_1: text }))),
  release_date: date,
  imdb_id: maybe(text),
  credits: maybe(z.object({ cast: z.array(castSchema), crew: z.array(crewSchema) })),
  alternative_titles: maybe(z.object({ titles: z.array(alternativeTitle) })),
  keywords: maybe(z.object({ keywords: z.array(keyword) })),
});

export type TvDetails = z.infer<typeof tvDetailsSchema>;
export type MovieDetails = z.infer<typeof movieDetailsSchema>;
export type SearchTv = z.infer<typeof searchTvSchema>;
export type SearchMovie = z.infer<typeof searchMovieSchema>;
