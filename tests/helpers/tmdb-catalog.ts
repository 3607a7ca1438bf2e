import { emptyTitleLists } from '../../src/domain/title.js';
import type { Catalog, Company, Title } from '../../src/domain/types.js';
import { loadSeed } from './seed.js';

/** A title as the Netflix Top 10 importer creates it: a name, a kind and the platform, nothing else. */
export function netflixTitle(id: string, name: string, kind: Title['kind'] = 'series', seasons: string[] = []): Title {
  return {
    ...emptyTitleLists(),
    id,
    name,
    kind,
    platforms: ['Netflix'],
    seasons,
    origin: 'netflix-top10',
    source: { publication: 'Netflix Top 10', date: '2025-10-19' },
    asOf: '2025-10-19',
  };
}

const company = (id: string, name: string, aliases: string[], kind: Company['kind']): Company => ({
  id,
  name,
  aliases,
  country: 'KR',
  kind,
  source: { publication: 'test', date: '2025-10-01' },
  asOf: '2025-10-01',
});

/**
 * The seed plus what a Netflix import adds for the hard cases: Squid Game (with a season label), its look-alike
 * The Challenge, and an English "Mother" two series share; plus tvN and Studio Dragon for company links.
 */
export function catalogForTmdb(): Catalog {
  const catalog = loadSeed();
  catalog.titles.push(
    netflixTitle('squid-game', 'Squid Game', 'series', ['Season 2']),
    netflixTitle('squid-game-the-challenge', 'Squid Game: The Challenge'),
    netflixTitle('mother', 'Mother'),
  );
  catalog.companies.push(
    company('studio-dragon', 'Studio Dragon', ['스튜디오드래곤', 'Studio Dragon Corporation'], 'studio'),
    company('tvn', 'tvN', [], 'broadcaster'),
  );
  catalog.charts.push({
    id: 'nf-global-tv',
    name: 'Netflix Top 10 · Global · TV',
    provider: 'netflix-top10',
    cadence: 'week',
  });
  catalog.chartEntries.push(
    { chartId: 'nf-global-tv', period: '2025-10-19', rank: 1, titleId: 'squid-game', label: 'Squid Game: Season 2' },
    { chartId: 'nf-global-tv', period: '2025-10-12', rank: 2, titleId: 'mother', label: 'Mother' },
  );
  return catalog;
}
