import { commands } from '../commands/index.js';
import { createConsoleInteraction, type ConsoleReply } from '../src/cli/console-interaction.js';
import { createInteractionHandler } from '../src/discord/router.js';
import { loadFonts } from '../src/discord/render/pictures/fonts.js';
import { chartPicture, pictureCache, titlePicture } from '../src/discord/render/pictures/index.js';
import { renderTitleCard } from '../src/discord/render/title-card.js';
import { showChart } from '../src/services/charts.js';
import { catalogVersion } from '../src/services/catalog.js';
import { lookUpTitle, rankHistoryOf } from '../src/services/titles.js';
import { rankCatalog, SUBJECT } from '../tests/helpers/rank-catalog.js';
import { createBenchDeps, createMemoryStore } from './bench-deps.js';
import { median, percentile } from './stats.js';

export interface PictureBenchOptions {
  /** Drawings timed (each is a fresh, uncached picture). */
  draws: number;
  /** Text answers and cached repeats timed. */
  repeats: number;
}

export interface Timing {
  p50: number;
  p99: number;
  /** CPU time (all threads, so PNG encoding off the main thread counts too): immune to waiting for a busy core. */
  cpuP50: number;
  cpuP99: number;
  samples: number;
}

export interface PictureBenchResult {
  /** Registering the six font files, in this fresh process. */
  fontLoadMs: number;
  /** The first picture of the process: glyphs load and code warms up. */
  firstPictureMs: number;
  /** Rank history + drawing + PNG encoding of a title with 60 weekly points on 8 charts, uncached. */
  picture: Timing;
  /** The same answer as text: rendering the title card. */
  text: Timing;
  /** /title through the router with the picture kept: options → reply payload with the PNG attached. */
  cachedHandler: Timing;
  /** /title through the router, pictures off: the text answer's handler time. */
  textHandler: Timing;
  /** The week-list picture of one chart period, uncached (info). */
  chartPicture: Timing;
  pngBytes: number;
}

/**
 * Figure 8: pictures. Run in its own process, so the font load and the first picture are really cold. The title
 * is synthetic (60 weekly points on each of 8 charts, with gaps) so the figure does not depend on the real data.
 */
export async function measurePictures(options: PictureBenchOptions): Promise<PictureBenchResult> {
  const fontStart = performance.now();
  loadFonts();
  const fontLoadMs = performance.now() - fontStart;
  const catalog = rankCatalog({ weeks: 60, charts: 8, name: 'Subject Drama', originalName: '주제 드라마' });
  const store = createMemoryStore(catalog);
  const found = lookUpTitle(store, SUBJECT);
  if (!found.found) throw new Error('the synthetic title is missing');
  const { card } = found;
  const version = catalogVersion(store);
  const draw = () => titlePicture(version, card.title, () => rankHistoryOf(store, SUBJECT), 'en').draw();
  const firstStart = performance.now();
  const png = await draw();
  const firstPictureMs = performance.now() - firstStart;

  const picture = await timeEach(options.draws, draw);
  // The same answer as text: looking the title up and rendering its card.
  const text = await timeEach(options.repeats, () => {
    const result = lookUpTitle(store, SUBJECT);
    return result.found && renderTitleCard(result.card, 'en');
  });
  const chart = showChart(store, 'netflix-kr-tv');
  const chartPictureTiming = chart.found
    ? await timeEach(options.draws, () => chartPicture(version, chart, 'en').draw())
    : picture;

  const handler = (pictures: boolean) => {
    const { deps } = createBenchDeps(store, { pictures });
    const handle = createInteractionHandler(commands, deps);
    return async () => {
      const replies: ConsoleReply[] = [];
      await handle(
        createConsoleInteraction(
          'command',
          { command: 'title', options: [{ name: 'name', type: 3, value: SUBJECT }] },
          replies,
        ),
      );
      if (pictures && !(replies[0]?.payload.files as unknown[] | undefined)?.length)
        throw new Error('no picture attached');
    };
  };
  pictureCache.clear();
  const withPictures = handler(true);
  await withPictures(); // draws and keeps the picture; every timed call below finds it kept
  const cachedHandler = await timeEach(options.repeats, withPictures);
  const textHandler = await timeEach(options.repeats, handler(false));
  return {
    fontLoadMs,
    firstPictureMs,
    picture,
    text,
    cachedHandler,
    textHandler,
    chartPicture: chartPictureTiming,
    pngBytes: png.length,
  };
}

async function timeEach(count: number, work: () => unknown): Promise<Timing> {
  for (let i = 0; i < Math.min(5, count); i++) await work();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < count; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    p50: median(samples),
    p99: percentile(samples, 99),
    cpuP50: median(cpu),
    cpuP99: percentile(cpu, 99),
    samples: samples.length,
  };
}
