import { describe, expect, it } from 'vitest';
import { isCrossBorder, nationCode } from '../../src/domain/kobis-nations.js';
import { scriptLanguage } from '../../src/domain/script.js';

describe('scriptLanguage', () => {
  it.each([
    ['오징어 게임: 시즌 2', 'ko'],
    ['恋する寄生虫', 'ja'],
    ['流浪地球', 'zh'],
    ['ฉลาดเกมส์โกง', 'th'],
    ['La casa de papel', undefined],
  ])('names the language of %s', (text, language) => {
    expect(scriptLanguage(text)).toBe(language);
  });
});

describe('KOBIS nations', () => {
  it('maps Korean nation names to ISO codes and leaves unknown ones out', () => {
    expect(['한국', '베트남', '기타'].map(nationCode)).toEqual(['KR', 'VN', undefined]);
  });

  it('calls Korea plus another country cross-border, and Korea alone or others alone not', () => {
    expect(isCrossBorder(['VN', 'KR'])).toBe(true);
    expect(isCrossBorder(['KR'])).toBe(false);
    expect(isCrossBorder(['JP', 'US'])).toBe(false);
  });
});
