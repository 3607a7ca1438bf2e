import { describe, expect, it } from 'vitest';
import { applyTmdbLinks, TMDB_CREDIT_SOURCE } from '../../src/domain/apply-enrichment.js';
import type { TmdbLink } from '../../src/domain/enrichment.js';
import { enrichedLink } from '../helpers/enrichment.js';
import { catalogForTmdb } from '../helpers/tmdb-catalog.js';

const AT = '2026-01-10T00:00:00.000Z';
const squidGame = (link: TmdbLink) => [{ titleId: 'squid-game', link }];
const data = {
  networks: [
    { tmdbId: 213, name: 'Netflix' },
    { tmdbId: 999, name: 'Nowhere TV' },
  ],
  productionCompanies: [
    { tmdbId: 1, name: 'Studio Dragon Corporation', country: 'KR' },
    { tmdbId: 112647, name: 'Siren Pictures', country: 'KR' },
  ],
};

describe('applyTmdbLinks', () => {
  it("replaces the title's link whole and leaves the input catalog alone", () => {
    const catalog = catalogForTmdb();
    const next = applyTmdbLinks(catalog, squidGame(enrichedLink(AT, data)));
    expect(next.titles.find((t) => t.id === 'squid-game')?.tmdb?.status).toBe('enriched');
    expect(catalog.titles.find((t) => t.id === 'squid-game')?.tmdb).toBeUndefined();
  });

  it("links TMDB's companies to withk's by name and alias, legal forms aside, and creates the ones with a country", () => {
    const next = applyTmdbLinks(catalogForTmdb(), squidGame(enrichedLink(AT, data)));
    const link = next.titles.find((t) => t.id === 'squid-game')!.tmdb;
    if (link?.status !== 'enriched') throw new Error('not enriched');
    expect(link.data.networks.map((c) => c.companyId)).toEqual(['netflix', undefined]);
    expect(link.data.productionCompanies.map((c) => c.companyId)).toEqual(['studio-dragon', 'siren-pictures']);
    expect(next.companies.find((c) => c.id === 'siren-pictures')).toMatchObject({
      name: 'Siren Pictures',
      country: 'KR',
      kind: 'production',
      origin: 'tmdb',
      source: { publication: 'TMDB', date: '2026-01-10', url: 'https://www.themoviedb.org/company/112647' },
    });
    expect(next.companies.some((c) => c.name === 'Nowhere TV')).toBe(false);
  });

  it('credits the companies with their roles, from TMDB, so /company sees them', () => {
    const next = applyTmdbLinks(catalogForTmdb(), squidGame(enrichedLink(AT, data)));
    expect(next.titles.find((t) => t.id === 'squid-game')?.companyCredits).toEqual([
      { companyId: 'netflix', role: 'network', source: TMDB_CREDIT_SOURCE },
      { companyId: 'studio-dragon', role: 'production', source: TMDB_CREDIT_SOURCE },
      { companyId: 'siren-pictures', role: 'production', source: TMDB_CREDIT_SOURCE },
    ]);
  });

  it("replaces TMDB's credits on the next enrichment and keeps other sources' credits", () => {
    const catalog = catalogForTmdb();
    const title = catalog.titles.find((t) => t.id === 'squid-game')!;
    title.companyCredits = [{ companyId: 'cj-enm', role: 'distribution', source: 'kobis-movies' }];
    const once = applyTmdbLinks(catalog, squidGame(enrichedLink(AT, data)));
    const twice = applyTmdbLinks(once, squidGame(enrichedLink(AT, { networks: [{ tmdbId: 866, name: 'tvN' }] })));
    expect(twice.titles.find((t) => t.id === 'squid-game')?.companyCredits).toEqual([
      { companyId: 'cj-enm', role: 'distribution', source: 'kobis-movies' },
      { companyId: 'tvn', role: 'network', source: TMDB_CREDIT_SOURCE },
    ]);
    const lost = applyTmdbLinks(twice, squidGame({ status: 'not-found', checkedAt: AT }));
    expect(lost.titles.find((t) => t.id === 'squid-game')?.companyCredits).toEqual([
      { companyId: 'cj-enm', role: 'distribution', source: 'kobis-movies' },
    ]);
  });

  it('returns the same catalog when nothing changes, and ignores titles it no longer has', () => {
    const catalog = catalogForTmdb();
    const notFound: TmdbLink = { status: 'not-found', checkedAt: AT };
    expect(applyTmdbLinks(catalog, [])).toBe(catalog);
    expect(applyTmdbLinks(catalog, [{ titleId: 'gone', link: notFound }])).toBe(catalog);
    const once = applyTmdbLinks(catalog, [{ titleId: 'mother', link: notFound }]);
    expect(applyTmdbLinks(once, [{ titleId: 'mother', link: notFound }])).toBe(once);
    const enriched = applyTmdbLinks(catalog, squidGame(enrichedLink(AT, data)));
    expect(applyTmdbLinks(enriched, squidGame(enrichedLink(AT, data)))).toBe(enriched);
  });
});
