import type { Command } from '../src/discord/command.js';
import about from './about.js';
import chart from './chart.js';
import company from './company.js';
import curate from './curate.js';
import deals from './deals.js';
import digest from './digest.js';
import stats from './stats.js';
import pictures from './pictures.js';
import title from './title.js';
import trends from './trends.js';

/** Every command withk has. The router, the deploy script, the console and the tests all use this list. */
export const commands: readonly Command[] = [
  title,
  company,
  deals,
  chart,
  stats,
  trends,
  digest,
  pictures,
  curate,
  about,
];
