import { describe, expect, it } from 'vitest';
import {
  checkText,
  cleanText,
  parseCountries,
  parseCurationDate,
  parseSourceUrl,
  pickChoice,
  splitNames,
} from '../../src/domain/curation-input.js';
import { DEAL_KINDS } from '../../src/domain/types.js';

describe('parseCurationDate', () => {
  it.each([
    ['2025-05', '2025-05'],
    ['2025-05-14', '2025-05-14'],
    ['May 2025', '2025-05'],
    ['march 2025', '2025-03'],
    ['Sep. 2025', '2025-09'],
    [' 2024-02-29 ', '2024-02-29'],
  ])('reads %s as %s', (text, date) => {
    expect(parseCurationDate(text)).toEqual({ ok: true, value: date });
  });

  it.each([
    '2025',
    '2025-13',
    '2025-02-30',
    '2023-02-29',
    '14 May 2025',
    'Mayo 2025',
    '2025/05',
    '1899-12',
    '',
    'soon',
  ])('refuses %j, naming the option', (text) => {
    expect(parseCurationDate(text, 'value')).toMatchObject({
      ok: false,
      problems: [{ code: 'date-invalid', option: 'value' }],
    });
  });
});

describe('parseSourceUrl', () => {
  it('shows an http(s) address as its host without www, dated the day it was read', () => {
    expect(parseSourceUrl('https://www.variety.com/2025/x?id=1', '2026-03-02')).toEqual({
      ok: true,
      value: { publication: 'variety.com', date: '2026-03-02', url: 'https://www.variety.com/2025/x?id=1' },
    });
  });

  it.each([
    'variety.com/x',
    'ftp://variety.com/x',
    'javascript:alert(1)',
    'https://localhost/x',
    'https://user:secret@variety.com/',
    'https://variety.com/a b',
    `https://variety.com/${'a'.repeat(500)}`,
  ])('refuses %j', (text) => {
    expect(parseSourceUrl(text, '2026-03-02')).toMatchObject({ ok: false, problems: [{ code: 'source-invalid' }] });
  });
});

describe('cleanText and checkText', () => {
  it('drops control, zero-width and direction characters and folds whitespace', () => {
    expect(cleanText('\u202e CJ\u200b ENM \n\t and\u0007 TBS ')).toBe('CJ ENM and TBS');
  });

  it('counts characters as people do and refuses past the limit', () => {
    expect(checkText('가'.repeat(300), 'summary', 300)).toEqual({ ok: true, value: '가'.repeat(300) });
    expect(checkText('😀'.repeat(301), 'summary', 300)).toMatchObject({
      ok: false,
      problems: [{ code: 'too-long', length: 301, max: 300 }],
    });
    expect(checkText(' \u200b ', 'summary', 300)).toMatchObject({ ok: false, problems: [{ code: 'empty' }] });
  });
});

describe('splitNames, pickChoice, parseCountries', () => {
  it('splits on Latin, full-width and Japanese commas', () => {
    expect(splitNames('CJ ENM, TBS，Netflix、 , ')).toEqual(['CJ ENM', 'TBS', 'Netflix']);
  });

  it('picks a choice by id or label in any case', () => {
    expect(pickChoice('Co-Production', DEAL_KINDS, 'kind')).toEqual({ ok: true, value: 'co-production' });
    expect(pickChoice('merger', DEAL_KINDS, 'kind')).toMatchObject({
      ok: false,
      problems: [{ code: 'choice-unknown' }],
    });
  });

  it('reads two-letter country codes', () => {
    expect(parseCountries('kr, JP, kr')).toEqual({ ok: true, value: ['KR', 'JP'] });
    expect(parseCountries('Korea')).toMatchObject({
      ok: false,
      problems: [{ code: 'country-invalid', value: 'KOREA' }],
    });
  });
});
