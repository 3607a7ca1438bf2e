import { describe, expect, it } from 'vitest';
import { applyTmdbLinks } from '../../src/domain/apply-enrichment.js';
import { createCompanyLinker } from '../../src/domain/company-link.js';
import type { Company } from '../../src/domain/types.js';
import { enrichedLink } from '../helpers/enrichment.js';
import { catalogForTmdb } from '../helpers/tmdb-catalog.js';

const company = (id: string, name: string, aliases: string[] = []): Company => ({
  id,
  name,
  aliases,
  country: 'KR',
  kind: 'studio',
  source: { publication: 'test', date: '2026-01-01' },
  asOf: '2026-01-01',
});

describe('createCompanyLinker', () => {
  const link = createCompanyLinker([
    company('studio-dragon', 'Studio Dragon', ['스튜디오드래곤']),
    company('cj-enm', 'CJ ENM', ['씨제이이엔엠']),
    company('a', 'Twin Pictures'),
    company('b', 'Twin Pictures Co., Ltd.'),
  ]);

  it.each([
    ['Studio Dragon', 'studio-dragon'],
    ['스튜디오드래곤', 'studio-dragon'],
    ['STUDIO DRAGON Corporation', 'studio-dragon'],
    ['(주)씨제이이엔엠', 'cj-enm'],
    ['CJ ENM Co., Ltd.', 'cj-enm'],
    ['Studio Lambert', undefined],
  ])('links “%s” to %s', (name, expected) => {
    expect(link(name)).toBe(expected);
  });

  it('links a name two companies share to neither', () => {
    expect(link('Twin Pictures')).toBeUndefined();
  });
});

describe('applyTmdbLinks', () => {
  const data = {
    networks: [{ tmdbId: 213, name: 'Netflix' }],
    productionCompanies: [
      { tmdbId: 1, name: 'Studio Dragon', country: 'KR' },
      { tmdbId: 2, name: 'Siren Pictures', country: 'KR' },
    ],
  };

  it("replaces the title's link whole and links companies to withk's", () => {
    const catalog = catalogForTmdb();
    const next = applyTmdbLinks(catalog, [
      { titleId: 'squid-game', link: enrichedLink('2026-01-10T00:00:00.000Z', data) },
    ]);
    const link = next.titles.find((t) => t.id === 'squid-game')?.tmdb;
    expect(link?.status === 'enriched' && link.data.networks).toEqual([
      { tmdbId: 213, name: 'Netflix', companyId: 'netflix' },
    ]);
    expect(link?.status === 'enriched' && link.data.productionCompanies.map((c) => c.companyId)).toEqual([
      'studio-dragon',
      undefined,
    ]);
    expect(catalog.titles.find((t) => t.id === 'squid-game')?.tmdb).toBeUndefined();
  });

  it('returns the same catalog when nothing changes, and ignores titles it no longer has', () => {
    const catalog = catalogForTmdb();
    expect(applyTmdbLinks(catalog, [])).toBe(catalog);
    expect(
      applyTmdbLinks(catalog, [
        { titleId: 'gone', link: { status: 'not-found', checkedAt: '2026-01-10T00:00:00.000Z' } },
      ]),
    ).toBe(catalog);
    const once = applyTmdbLinks(catalog, [
      { titleId: 'mother', link: { status: 'not-found', checkedAt: '2026-01-10T00:00:00.000Z' } },
    ]);
    expect(
      applyTmdbLinks(once, [
        { titleId: 'mother', link: { status: 'not-found', checkedAt: '2026-01-10T00:00:00.000Z' } },
      ]),
    ).toBe(once);
  });
});
