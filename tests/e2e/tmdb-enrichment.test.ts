import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../importers/support.js';
import { embedsOf, startWithk, textOf, type Withk } from '../helpers/start-withk.js';
import { serveFiles } from '../helpers/serve-files.js';
import { startTmdbStandIn, type TmdbStandIn } from '../support/tmdb/server.js';

const title = (name: string, extra: { name: string; type: number; value: unknown }[] = []) => ({
  name: 'title',
  options: [{ name: 'name', type: 3, value: name }, ...extra],
});

/** Waits until the bot's catalog has what a background run should have written. */
async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('TMDB enrichment in the running bot, through Discord', () => {
  let standIn: TmdbStandIn;
  let netflix: Awaited<ReturnType<typeof serveFiles>>;
  let withk: Withk;
  beforeAll(async () => {
    standIn = await startTmdbStandIn();
    netflix = await serveFiles({ '/all-weeks-global.tsv': { body: readFixture('netflix-top10/global-9col.tsv') } });
    withk = await startWithk({
      now: new Date('2025-10-29T12:00:00Z'),
      config: {
        netflixTop10Urls: [netflix.url('/all-weeks-global.tsv')],
        tmdbApiKey: standIn.apiKey,
        tmdbApiUrl: standIn.url,
        tmdbRequestsPerSecond: 40,
      },
    });
    // The refresh imports Netflix's file on start, then kicks the enricher, which enriches what it added.
    await until(
      () => withk.store.catalog.current().titles.get('squid-game')?.tmdb !== undefined,
      'Squid Game enriched',
    );
    await withk.app.enricher.tick();
  });
  afterAll(async () => {
    await withk?.stop();
    await netflix?.stop();
    await standIn?.stop();
  });

  it('answers /title Squid Game with its creator, cast with characters, network and companies, crediting TMDB', async () => {
    const outcome = await withk.emulator.command(title('Squid Game'));
    const [embed] = embedsOf(outcome);
    const field = (name: string) => embed?.fields?.find((f) => f.name === name)?.value ?? '';
    expect(field('Creators')).toContain('Created by: Hwang Dong-hyuk');
    expect(field('Cast')).toContain("**Lee Jung-jae** as Seong Gi-hun / 'No. 456'");
    expect(field('Companies')).toContain('Network: Netflix');
    expect(field('Companies')).toContain('Production: Siren Pictures, Firstman Studio');
    expect(field('Seasons')).toContain('Season 3: 27 Jun 2025, 6 episodes');
    expect(embed?.footer?.text).toContain('TMDB');
    expect(embed?.footer?.text).toContain('not endorsed or certified by TMDB');
    expect(embed?.fields?.every((f) => f.value.trim() !== '—')).toBe(true);
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('answers /company for a company TMDB credits, with the series it made and its part', async () => {
    const text = textOf(
      await withk.emulator.command({ name: 'company', options: [{ name: 'name', type: 3, value: 'Siren Pictures' }] }),
    );
    expect(text).toContain('Squid Game');
    expect(text).toContain('Production');
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('keeps Squid Game: The Challenge apart, with its own makers', async () => {
    const text = textOf(await withk.emulator.command(title('Squid Game: The Challenge')));
    expect(text).toContain('Studio Lambert');
    expect(text).not.toContain('Hwang Dong-hyuk');
    expect(text).not.toContain('Lee Jung-jae');
  });

  it('finds an enriched title by a name TMDB added', async () => {
    expect(embedsOf(await withk.emulator.command(title('イカゲーム')))[0]?.title).toBe('Squid Game');
  });

  it('shows the whole cast on request', async () => {
    const outcome = await withk.emulator.command(title('Squid Game', [{ name: 'full_cast', type: 5, value: true }]));
    const [embed] = embedsOf(outcome);
    expect(embed?.title).toBe('Cast of Squid Game');
    expect(embed?.description).toContain('**Gong Yoo** as The Recruiter');
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('says in /about how far enrichment got, crediting TMDB', async () => {
    const text = textOf(await withk.emulator.command({ name: 'about' }));
    expect(text).toMatch(/From TMDB: \d+ of \d+ titles enriched/);
    expect(text).toContain('not endorsed or certified by TMDB');
  });

  it('never writes the key in a log line', () => {
    expect(withk.logs.join('\n')).not.toContain(standIn.apiKey);
    expect(withk.logs.some((line) => line.includes('TMDB enrichment run finished'))).toBe(true);
  });
});

describe('/about without a TMDB key', () => {
  it('says enrichment is off and how to turn it on', async () => {
    const withk = await startWithk();
    try {
      const text = textOf(await withk.emulator.command({ name: 'about' }));
      expect(text).toContain('TMDB enrichment is off');
      expect(text).toContain('TMDB_API_KEY');
    } finally {
      await withk.stop();
    }
  });
});
