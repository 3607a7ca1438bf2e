import { describe, expect, it } from 'vitest';
import { FormatError } from '../../src/importers/format-error.js';
import { parseNetflixEngagement } from '../../src/importers/parse-netflix-engagement.js';
import { makeEngagementReport, makeXlsx } from '../helpers/make-xlsx.js';

const current = () =>
  makeEngagementReport('Views from July to December 2024', [
    {
      name: 'TV',
      rows: [
        ['Squid Game: Season 2 // 오징어 게임: 시즌 2', 'Yes', '2024-12-26', 619900000, '7:10', 86500000],
        ['Masha and the Bear: Season 5', 'No', null, 56200000, '*', 17200000],
      ],
    },
    { name: 'Film', rows: [['레드슈즈', 'No', null, 100000, '1:32', 100000]] },
  ]);

describe('parseNetflixEngagement', () => {
  it('reads the half-year from the banner and each row with its sheet kind', () => {
    const { period, rows, errors, sheets } = parseNetflixEngagement(current());
    expect(period).toBe('2024-H2');
    expect(errors).toEqual([]);
    expect(sheets).toEqual(['TV', 'Film']);
    expect(rows[0]).toEqual({
      line: 7,
      sheet: 'TV',
      kind: 'series',
      title: 'Squid Game: Season 2',
      originalTitle: '오징어 게임: 시즌 2',
      originalLanguage: 'ko',
      globallyAvailable: true,
      releaseDate: '2024-12-26',
      hoursViewed: 619900000,
      runtimeMinutes: 430,
      views: 86500000,
    });
  });

  it('treats a runtime of "*" as not given and reads a title printed only in Hangul as Korean', () => {
    const { rows } = parseNetflixEngagement(current());
    expect(rows[1]!.runtimeMinutes).toBeUndefined();
    expect(rows[2]).toMatchObject({ title: '레드슈즈', kind: 'film', originalLanguage: 'ko' });
  });

  it('reads the first report: one Engagement sheet, four columns, release dates as Excel serials', () => {
    const bytes = makeEngagementReport(
      'Hours viewed from January to June 2023',
      [{ name: 'Engagement', rows: [['Squid Game: Season 1 // 오징어 게임: 시즌 1', 'Yes', 44456, 87200000]] }],
      ['Title', 'Available Globally?', 'Release Date', 'Hours Viewed'],
    );
    const { period, rows } = parseNetflixEngagement(bytes);
    expect(period).toBe('2023-H1');
    expect(rows[0]).toMatchObject({ releaseDate: '2021-09-17', hoursViewed: 87200000 });
    expect(rows[0]!.kind).toBeUndefined();
    expect(rows[0]!.views).toBeUndefined();
  });

  it('reports a bad row with its sheet, row and reason and keeps the others', () => {
    const bytes = makeEngagementReport('Views from January to June 2025', [
      {
        name: 'Shows',
        rows: [
          ['Good', 'Yes', '2025-01-01', 100000, '1:00', 100000],
          ['Bad hours', 'Yes', '2025-01-01', 'lots', '1:00', 1],
          ['Bad date', 'Yes', '2025-02-30', 1, '1:00', 1],
          [null, 'Yes', null, 5, null, null],
        ],
      },
    ]);
    const { rows, errors } = parseNetflixEngagement(bytes);
    expect(rows.map((row) => row.title)).toEqual(['Good']);
    expect(errors).toEqual([
      { line: 8, reason: 'sheet "Shows": hours viewed "lots" is not a number ≥ 0' },
      { line: 9, reason: 'sheet "Shows": release date "2025-02-30" is not a date' },
      { line: 10, reason: 'sheet "Shows": the title is empty' },
    ]);
  });

  it('refuses a workbook with no engagement header', () => {
    const bytes = makeXlsx([
      { name: 'Sheet1', rows: [['Views from July to December 2024'], ['country', 'week', 'rank']] },
    ]);
    expect(() => parseNetflixEngagement(bytes)).toThrow(FormatError);
    expect(() => parseNetflixEngagement(bytes)).toThrow(/no sheet has a "Title" and "Hours Viewed" header/);
  });

  it('refuses a report whose banner names no half-year', () => {
    const bytes = makeEngagementReport('Views for a while', [
      { name: 'TV', rows: [['A', 'Yes', null, 1, null, null]] },
    ]);
    expect(() => parseNetflixEngagement(bytes)).toThrow(/names its half-year/);
  });
});
