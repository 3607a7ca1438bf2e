import type { TitleEnrichment, TmdbCandidate, TmdbRef } from '../domain/enrichment.js';

/**
 * Where enrichment comes from: TMDB's search and details, already reduced to withk's shapes. The importer's
 * HTTP client implements it; tests may pass their own. Methods throw the errors below.
 */
export interface TmdbSource {
  search(kind: TmdbRef['kind'], query: string): Promise<TmdbCandidate[]>;
  details(ref: TmdbRef, fetchedAt: Date): Promise<TitleEnrichment>;
}

/** TMDB refused the credentials (401): every further request would fail too, so a run stops. */
export class TmdbAuthError extends Error {
  constructor() {
    super('TMDB refused the API key or read token (401)');
    this.name = 'TmdbAuthError';
  }
}

/** TMDB kept answering 429 or 5xx (or could not be reached) after every retry. */
export class TmdbUnavailableError extends Error {
  constructor(
    message: string,
    readonly rateLimited = false,
  ) {
    super(message);
    this.name = 'TmdbUnavailableError';
  }
}

/** An answer withk cannot use: not JSON, an HTML page, the wrong shape, or a 4xx other than 401/404. */
export class TmdbResponseError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'TmdbResponseError';
  }
}

/** The record does not exist (404): a kept TMDB id that TMDB removed or merged. */
export class TmdbNotFoundError extends Error {
  constructor(path: string) {
    super(`TMDB has no ${path}`);
    this.name = 'TmdbNotFoundError';
  }
}
