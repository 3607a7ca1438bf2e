import { describe, expect, it } from 'vitest';
import type { Digest } from '../../src/domain/digest.js';
import { renderDigest } from '../../src/discord/render/digest.js';
import { netflixTitle } from '../helpers/tmdb-catalog.js';

const digest = (upcoming: Digest['upcoming']): Digest => ({
  window: { from: '2026-11-15', to: '2026-11-22' },
  date: '2026-11-24',
  newEntries: [],
  climbers: [],
  fallers: [],
  numberOnes: [],
  milestones: [],
  deals: [],
  upcoming,
  sources: [{ id: 'netflix-top10', name: 'Netflix Top 10', dataDate: '2026-11-22' }],
  quiet: true,
});

const text = (d: Digest, locale: 'en' | 'ko' = 'en') =>
  renderDigest(d, locale)
    .flatMap((view) => view.embeds ?? [])
    .flatMap((embed) => (embed.fields ?? []).map((f) => `${f.name}: ${f.value}`))
    .join('\n');

describe('renderDigest: seasons and finales from TMDB', () => {
  const title = netflixTitle('bon-appetit', 'Bon Appétit, Your Majesty');

  it('says which season starts or ends, and credits TMDB for the dates', () => {
    const shown = text(
      digest([
        { title, releaseDate: '2026-11-27', korean: true, what: 'season', season: 2 },
        { title, releaseDate: '2026-11-29', korean: true, what: 'finale', season: 2 },
      ]),
    );
    expect(shown).toContain('**Bon Appétit, Your Majesty** · season 2 starts · 27 Nov 2026 · Netflix');
    expect(shown).toContain('**Bon Appétit, Your Majesty** · season 2 finale · 29 Nov 2026 · Netflix');
    expect(shown).toContain('season and finale dates: TMDB (This product uses the TMDB API');
    expect(
      text(digest([{ title, releaseDate: '2026-11-27', korean: true, what: 'season', season: 2 }]), 'ko'),
    ).toContain('시즌 2 시작');
  });

  it('credits no one else when only release dates are listed', () => {
    expect(text(digest([{ title, releaseDate: '2026-11-27', korean: true, what: 'release' }]))).not.toContain('TMDB');
  });
});
