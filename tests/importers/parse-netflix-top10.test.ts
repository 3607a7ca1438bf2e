import { describe, expect, it } from 'vitest';
import { FormatError } from '../../src/importers/format-error.js';
import {
  createNetflixTop10Parser,
  detectNetflixLayout,
  parseNetflixTop10,
  parseNetflixTop10Lines,
} from '../../src/importers/parse-netflix-top10.js';
import { readFixture } from './support.js';

const parseFixture = (name: string) => parseNetflixTop10(readFixture(`netflix-top10/${name}`));

describe('detectNetflixLayout', () => {
  it.each([
    ['global-7col.tsv', 'global-7'],
    ['global-9col.tsv', 'global-9'],
    ['global-11col.tsv', 'global-11'],
    ['global-12col.tsv', 'global-12'],
    ['countries-8col.tsv', 'country-8'],
    ['most-popular-28d.tsv', 'most-popular-28d'],
    ['most-popular-91d.tsv', 'most-popular-91d'],
  ])('recognises %s as %s from its header', (file, layout) => {
    expect(parseFixture(file).layout.id).toBe(layout);
  });

  it.each([
    ['error-html.tsv', /HTML page/],
    ['error-null.tsv', /just "null"/],
    ['error-empty.tsv', /empty/],
    ['error-unknown-header.tsv', /unknown header "week category rank title"/],
  ])('refuses %s whole with a FormatError naming the problem', (file, message) => {
    expect(() => parseFixture(file)).toThrow(FormatError);
    expect(() => parseFixture(file)).toThrow(message);
  });

  it('refuses an xlsx workbook by its ZIP signature', () => {
    expect(() => detectNetflixLayout('PK\u0003\u0004\u0014\u0000\u0006\u0000')).toThrow(/\.xlsx \(ZIP\) workbook/);
  });

  it('accepts a header with a BOM and a CRLF ending', () => {
    expect(detectNetflixLayout('\uFEFFcategory\trank\tshow_title\tseason_title\thours_viewed_first_28_days\r').id).toBe(
      'most-popular-28d',
    );
  });
});

describe('parseNetflixTop10', () => {
  it('reads every typed field of a 9-column global row', () => {
    const row = parseFixture('global-9col.tsv').rows[0];
    expect(row).toEqual({
      list: 'global',
      week: '2025-10-26',
      countryName: undefined,
      countryIso2: undefined,
      category: 'TV (Non-English)',
      rank: 3,
      showTitle: 'Romantics Anonymous',
      season: 'Romantics Anonymous: Season 1',
      hoursViewed: 16_800_000,
      runtime: 6.35,
      views: 2_600_000,
      weeksInTop10: 2,
      line: 2,
    });
  });

  it('parses the last line when the file has no trailing newline', () => {
    const { rows, errors } = parseFixture('global-9col.tsv');
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(12);
    expect(rows.at(-1)).toMatchObject({ showTitle: 'Idol I', season: 'Idol I: 시즌 1', weeksInTop10: 4, line: 13 });
  });

  it('leaves season undefined for N/A and keeps Hangul titles', () => {
    const row = parseFixture('global-9col.tsv').rows.find((r) => r.showTitle === '비상선언');
    expect(row).toMatchObject({ season: undefined, week: '2023-04-16', rank: 10 });
  });

  it('leaves runtime and views undefined when empty and runtime undefined when 0', () => {
    const { rows } = parseFixture('global-9col.tsv');
    expect(rows.find((r) => r.showTitle === '비상선언')).toMatchObject({ runtime: undefined, views: undefined });
    expect(rows.find((r) => r.showTitle === 'The Apartment Job')).toMatchObject({
      runtime: undefined,
      views: 1_300_000,
    });
  });

  it('strips bidi and zero-width marks from titles', () => {
    const titles = parseFixture('global-9col.tsv').rows.map((r) => r.showTitle);
    expect(titles).toContain('مرثية');
    expect(titles).toContain('Mrithyunjay');
    expect(titles.join('')).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it('has no runtime or views in the 7-column layout', () => {
    const { rows } = parseFixture('global-7col.tsv');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatchObject({
      showTitle: 'Squid Game',
      hoursViewed: 571_760_000,
      runtime: undefined,
      weeksInTop10: 3,
    });
  });

  it('unquotes doubled quotes in the 11-column JSON field', () => {
    const row = parseFixture('global-11col.tsv').rows.find((r) => r.showTitle === 'Dragon Ball DAIMA')!;
    expect(row.staggeredLaunch).toBe(true);
    expect(JSON.parse(row.episodeLaunchDetails!)).toEqual([
      { episodesLaunched: 1, countryList: ['KR'] },
      { episodesLaunched: 2, countryList: ['JP', 'VN'] },
    ]);
  });

  it('keeps a quote inside an unquoted field literally', () => {
    const row = parseFixture('global-11col.tsv').rows.find((r) => r.rank === 3)!;
    expect(row).toMatchObject({ showTitle: 'A "Quoted" Show', season: 'A "Quoted" Show: Season 1' });
  });

  it('keeps a tab inside a quoted field', () => {
    const row = parseFixture('global-11col.tsv').rows.find((r) => r.rank === 4)!;
    expect(row.episodeLaunchDetails).toBe('note\twith a tab and "quotes"');
  });

  it('reads the 12-column layout with its misnamed override column', () => {
    const { rows, errors } = parseFixture('global-12col.tsv');
    expect(errors).toEqual([]);
    expect(rows[1]).toMatchObject({
      season: 'Heavenly Ever After: Limited Series',
      runtime: undefined,
      views: 1_300_000,
    });
    expect(JSON.parse(rows[1]!.episodeLaunchDetails!)[0].episodesLaunched).toBe(12);
  });

  it('reads countries with non-ASCII names and literal quotes in titles', () => {
    const { rows, errors } = parseFixture('countries-8col.tsv');
    expect(errors).toEqual([]);
    expect(rows.find((r) => r.countryIso2 === 'RE')).toMatchObject({ countryName: 'Réunion', category: 'TV' });
    expect(rows.find((r) => r.countryIso2 === 'ES')?.showTitle).toBe('Yo, "El Vaquilla"');
    expect(rows[0]).toMatchObject({
      list: 'country',
      countryName: 'South Korea',
      week: '2021-07-04',
      hoursViewed: undefined,
    });
  });

  it('reads most-popular lists without a week and with their window', () => {
    const popular = parseFixture('most-popular-91d.tsv').rows[0];
    expect(popular).toMatchObject({
      list: 'most-popular',
      week: undefined,
      windowDays: 91,
      runtime: 1.6667,
      views: 325_100_000,
    });
    expect(parseFixture('most-popular-28d.tsv').rows[1]).toMatchObject({ windowDays: 28, hoursViewed: 1_650_450_000 });
  });

  it('turns each bad row into a line-numbered error and keeps the good ones', () => {
    const { rows, errors } = parseFixture('bad-rows.tsv');
    expect(rows.map((r) => r.showTitle)).toEqual(['Good Row', '"Broken" quote', 'Last Good Row']);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(errors[0]!.reason).toMatch(/not a Sunday/);
    expect(errors[1]!.reason).toMatch(/not a date/);
    expect(errors[2]!.reason).toMatch(/unknown category "Films \(Korean\)"/);
    expect(errors[3]!.reason).toMatch(/rank "0"/);
    expect(errors[4]!.reason).toMatch(/show_title is empty/);
    expect(errors[5]!.reason).toMatch(/weekly_hours_viewed "lots"/);
    expect(errors[6]!.reason).toMatch(/expected 9 tab-separated fields, found 6/);
    expect(errors[7]!.reason).toMatch(/weekly_views "-5"/);
  });

  it('keeps a leading quote as text when the line only fits the header that way', () => {
    const row = parseFixture('bad-rows.tsv').rows.find((r) => r.rank === 9);
    expect(row?.showTitle).toBe('"Broken" quote');
  });

  it('reports a quoted field followed by text when the line fits no other way', () => {
    const header = readFixture('netflix-top10/global-7col.tsv').split('\n')[0];
    const { rows, errors } = parseNetflixTop10(`${header}\n2023-05-28\tFilms (English)\t1\t"a"b\tN/A\t1`);
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ line: 2, reason: expect.stringMatching(/after the closing quote/) }]);
  });

  it('strips a BOM and CRLF line endings', () => {
    const { rows, errors } = parseFixture('bom-crlf.tsv');
    expect(errors).toEqual([]);
    expect(rows).toEqual([expect.objectContaining({ countryIso2: 'JP', weeksInTop10: 3 })]);
  });

  it('reads a line with a never-closed quote literally when it fits the header', () => {
    const { rows, errors } = parseFixture('unterminated-quote.tsv');
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.line, r.showTitle, r.episodeLaunchDetails])).toEqual([
      [2, 'Open Quote', '"[{never closed'],
      [3, 'Next Row', undefined],
    ]);
  });

  it('reports a never-closed quote that does not fit the header and still reads the lines after it', () => {
    const header = readFixture('netflix-top10/global-7col.tsv').split('\n')[0];
    const good = '2023-05-28\tFilms (English)\t2\tGood\tN/A\t1\t1';
    const { rows, errors } = parseNetflixTop10(`${header}\n2023-05-28\tFilms (English)\t1\t"open\n${good}`);
    expect(errors).toEqual([{ line: 2, reason: 'a quoted field is never closed' }]);
    expect(rows.map((r) => [r.line, r.showTitle])).toEqual([[3, 'Good']]);
  });

  it('reads lines on their own again when a quote closes lines later without making a record', () => {
    const header = readFixture('netflix-top10/global-11col.tsv').split('\n')[0];
    const first = '2024-10-27\tTV (English)\t1\tFirst\tN/A\t1\t1\t1\t1\ttrue\t"x';
    const second = '2024-10-27\tTV (English)\t2\tSecond"\tN/A\t1\t1\t1\t1\tfalse\t';
    const { rows, errors } = parseNetflixTop10(`${header}\n${first}\n${second}`);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.line, r.showTitle])).toEqual([
      [2, 'First'],
      [3, 'Second"'],
    ]);
  });

  it('joins a quoted field that spans two lines into one record', () => {
    const header = readFixture('netflix-top10/global-11col.tsv').split('\n')[0];
    const text = `${header}\n2024-10-27\tTV (English)\t1\tShow\tN/A\t1\t1\t1\t1\ttrue\t"first\nsecond"\n2024-10-27\tTV (English)\t2\tNext\tN/A\t1\t1\t1\t1\tfalse\t`;
    const { rows, errors } = parseNetflixTop10(text);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.line, r.episodeLaunchDetails])).toEqual([
      [2, 'first\nsecond'],
      [4, undefined],
    ]);
  });
});

describe('parseNetflixTop10Lines', () => {
  it('gives the same rows from batches of lines as from whole text', async () => {
    const text = readFixture('netflix-top10/global-9col.tsv');
    const lines = text.split('\n');
    const streamed = await parseNetflixTop10Lines([lines.slice(0, 4), lines.slice(4)]);
    expect(streamed).toEqual(parseNetflixTop10(text));
  });

  it('hands rows to onRow instead of collecting them', async () => {
    const seen: string[] = [];
    const result = await parseNetflixTop10Lines(readFixture('netflix-top10/global-7col.tsv').split('\n'), {
      onRow: (row) => seen.push(row.showTitle),
    });
    expect(seen).toEqual(['The Mother', 'Squid Game', '비상선언']);
    expect(result.rows).toEqual([]);
  });

  it('refuses an empty stream', async () => {
    await expect(parseNetflixTop10Lines([])).rejects.toThrow(FormatError);
  });
});

describe('createNetflixTop10Parser', () => {
  it('numbers lines from 2 after the header and skips blank lines', () => {
    const parser = createNetflixTop10Parser(readFixture('netflix-top10/most-popular-28d.tsv').split('\n')[0]!);
    parser.push('');
    parser.push('Films (English)\t1\tRed Notice\tN/A\t364020000');
    expect(parser.finish().rows[0]!.line).toBe(3);
  });
});
