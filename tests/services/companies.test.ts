import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { Title } from '../../src/domain/types.js';
import { lookUpCompany } from '../../src/services/companies.js';
import { curatedTitle } from '../importers/support.js';
import { loadSeed } from '../helpers/seed.js';

const film = (id: string, fields: Partial<Title>): Title => ({
  ...curatedTitle({ id, name: id, kind: 'film' }),
  origin: 'kobis',
  ...fields,
});

const index = () => {
  const catalog = loadSeed();
  catalog.companies.push({
    id: 'lotte',
    name: 'Lotte Entertainment',
    aliases: ['롯데컬처웍스(주)롯데엔터테인먼트'],
    country: 'KR',
    kind: 'distributor',
    origin: 'kobis',
    source: { publication: 'KOBIS', date: '2026-01-01' },
    asOf: '2026-01-01',
  });
  catalog.titles.push(
    film('harbin', {
      releaseDate: '2024-12-24',
      originCountries: ['KR'],
      companyCredits: [
        { companyId: 'cj-enm', role: 'distribution', source: 'kobis-movies' },
        { companyId: 'cj-enm', role: 'presenter', source: 'kobis-movies' },
      ],
    }),
    film('leaving-mom-film', {
      releaseDate: '2025-11-05',
      originCountries: ['VN', 'KR'],
      companyCredits: [
        { companyId: 'cj-enm', role: 'distribution', source: 'kobis-movies' },
        { companyId: 'lotte', role: 'co-production', source: 'kobis-movies' },
      ],
    }),
    film('older', {
      releaseDate: '2020-01-01',
      originCountries: ['KR'],
      companyCredits: [
        { companyId: 'lotte', role: 'distribution', source: 'kobis-movies' },
        { companyId: 'cj-enm', role: 'production', source: 'kobis-movies' },
      ],
    }),
  );
  return createMemoryStore(catalog);
};

describe('lookUpCompany', () => {
  it('finds CJ ENM by its Korean legal name and tells what it is', () => {
    const result = lookUpCompany(index(), '(주)씨제이이엔엠');
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.profile.company.id).toBe('cj-enm');
    expect(result.profile.parent?.id).toBe('cj-group');
    expect(result.profile.subsidiaries.map((c) => c.id)).toEqual(['tving']);
  });

  it('lists its credits newest first with counts by role, and its cross-border titles', () => {
    const result = lookUpCompany(index(), 'CJ ENM');
    if (!result.found) throw new Error('not found');
    const { credits, roleCounts, crossBorder } = result.profile;
    expect(credits.map((c) => [c.title.id, c.role])).toEqual([
      ['leaving-mom-film', 'distribution'],
      ['infinite-loop', 'production'],
      ['harbin', 'distribution'],
      ['harbin', 'presenter'],
      ['older', 'production'],
      ['parasite', 'production'],
      // Undated (a planned show) comes last.
      ['synchro', 'production'],
    ]);
    expect(roleCounts).toMatchObject({ distribution: 2, presenter: 1 });
    expect(crossBorder.map((t) => t.id)).toEqual(expect.arrayContaining(['leaving-mom-film', 'infinite-loop']));
  });

  it('ranks partners by shared titles and deals', () => {
    const result = lookUpCompany(index(), 'cj-enm');
    if (!result.found) throw new Error('not found');
    const partners = result.profile.partners.map((p) => [p.company.id, p.sharedTitles, p.sharedDeals]);
    expect(partners[0]).toEqual(['tbs', 2, 2]);
    expect(partners).toContainEqual(['lotte', 2, 0]);
  });

  it('suggests close names when nothing matches', () => {
    expect(lookUpCompany(index(), 'Lotte Entertainmnt')).toMatchObject({
      found: false,
      suggestions: ['Lotte Entertainment'],
    });
  });
});
