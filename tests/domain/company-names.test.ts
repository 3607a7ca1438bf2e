import { describe, expect, it } from 'vitest';
import { companyNameKeys, stripLegalForm } from '../../src/domain/company-names.js';

describe('stripLegalForm', () => {
  it.each([
    ['(주)씨제이이엔엠', '씨제이이엔엠'],
    ['씨제이이앤엠(주)', '씨제이이앤엠'],
    ['㈜쇼박스', '쇼박스'],
    ['씨제이포디플렉스 주식회사', '씨제이포디플렉스'],
    ['CJ ENM Corp.', 'CJ ENM'],
    ['Studio Dragon Co., Ltd.', 'Studio Dragon'],
    ['Warner Bros. Korea Inc.', 'Warner Bros. Korea'],
  ])('takes the legal form off %s', (name, bare) => {
    expect(stripLegalForm(name)).toBe(bare);
  });

  it('keeps words that merely start like a legal form, and a name that is only one', () => {
    expect(stripLegalForm('Coco Films')).toBe('Coco Films');
    expect(stripLegalForm('Corpus Pictures')).toBe('Corpus Pictures');
    expect(stripLegalForm('Inc.')).toBe('Inc.');
  });
});

describe('companyNameKeys', () => {
  it('gives the two legal spellings of CJ ENM the keys of its aliases', () => {
    expect(companyNameKeys('(주)씨제이이엔엠')).toEqual(['씨제이이엔엠']);
    expect(companyNameKeys('씨제이이앤엠(주)')).toEqual(['씨제이이앤엠']);
    expect(companyNameKeys('CJ ENM Corp.')).toEqual(['cj enm']);
  });

  it('splits a name with a parenthesised second name, ignoring spaces between Hangul words', () => {
    const keys = companyNameKeys('씨제이 씨지브이(CJ CGV)(주)');
    expect(keys).toEqual(expect.arrayContaining(['씨제이 씨지브이', '씨제이씨지브이', 'cj cgv']));
    expect(keys).not.toContain('씨제이이엔엠');
  });
});
