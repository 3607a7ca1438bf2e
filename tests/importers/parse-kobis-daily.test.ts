import { describe, expect, it } from 'vitest';
import { FormatError } from '../../src/importers/format-error.js';
import { parseKobisDaily } from '../../src/importers/parse-kobis-daily.js';
import { readFixture } from './support.js';

const parseFixture = (name: string) => parseKobisDaily(readFixture(`kobis/${name}`));

describe('parseKobisDaily', () => {
  it('reads a pretty-printed API response with string numbers as numbers', () => {
    const { date, rows, errors } = parseFixture('daily-raw-pretty.json');
    expect(date).toBe('2025-08-25');
    expect(errors).toEqual([]);
    expect(rows[0]).toEqual({
      rank: 1,
      movieCd: '20253289',
      movieNm: '극장판 귀멸의 칼날: 무한성편',
      openDt: '2025-08-22',
      audience: 215_468,
      audienceTotal: 1_864_679,
      sales: 2_332_587_220,
      rankChange: 0,
      isNew: false,
    });
  });

  it('reads negative rank changes and NEW entries', () => {
    const { rows } = parseFixture('daily-raw-pretty.json');
    expect(rows[1]).toMatchObject({ rankChange: -1, isNew: false });
    expect(rows[2]).toMatchObject({ rankChange: 5, isNew: true, movieNm: '기생충' });
  });

  it('reads a compact response without a trailing newline', () => {
    const { date, rows } = parseFixture('daily-raw-compact.json');
    expect(date).toBe('2025-09-04');
    expect(rows.map((row) => row.movieNm)).toEqual(['극장판 귀멸의 칼날: 무한성편', '컨저링: 마지막 의식']);
  });

  it('reads the augmented {date, movies} wrapper and ignores its extra fields', () => {
    const { date, rows, errors } = parseFixture('daily-augmented.json');
    expect(date).toBe('2026-01-28');
    expect(errors).toEqual([]);
    expect(rows[0]).toEqual(
      expect.objectContaining({ movieNm: '만약에 우리', audience: 47_907, audienceTotal: 2_114_266 }),
    );
    expect(rows[0]).not.toHaveProperty('trend');
  });

  it('leaves openDt undefined when KOBIS leaves it blank', () => {
    expect(parseFixture('daily-augmented.json').rows[1]).not.toHaveProperty('openDt');
  });

  it('turns invalid items into errors by list position and keeps valid ones', () => {
    const { rows, errors } = parseFixture('daily-bad-items.json');
    expect(rows.map((row) => row.movieNm)).toEqual(['마지막 영화']);
    expect(errors.map((error) => error.line)).toEqual([1, 2, 3, 4, 5]);
    expect(errors[0]!.reason).toMatch(/audiCnt/);
    expect(errors[1]!.reason).toMatch(/movieCd/);
    expect(errors[2]!.reason).toMatch(/rankOldAndNew/);
    expect(errors[3]!.reason).toMatch(/movieNm is empty/);
    expect(errors[4]!.reason).toMatch(/openDt/);
  });

  it.each([
    ['fault.json', /KOBIS answered with an error 320010/],
    ['weekly.json', /dailyBoxOfficeList/],
    ['not-kobis.json', /top-level keys are movieInfoResult/],
    ['not-json.txt', /does not parse as JSON/],
  ])('refuses %s whole with a FormatError', (file, message) => {
    expect(() => parseFixture(file)).toThrow(FormatError);
    expect(() => parseFixture(file)).toThrow(message);
  });

  it('refuses a showRange spanning several days', () => {
    const text = JSON.stringify({ boxOfficeResult: { showRange: '20250818~20250824', dailyBoxOfficeList: [] } });
    expect(() => parseKobisDaily(text)).toThrow(/not a single day/);
  });

  it('refuses the JSON literal null', () => {
    expect(() => parseKobisDaily('null')).toThrow(/the body is null/);
  });
});
