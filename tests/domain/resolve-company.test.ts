import { describe, expect, it } from 'vitest';
import { createCompanyResolver, type CompanyMention } from '../../src/domain/resolve-company.js';
import type { Company } from '../../src/domain/types.js';

const source = { publication: 'Test', date: '2026-01-01' };
const company = (fields: Partial<Company> & Pick<Company, 'id' | 'name'>): Company => ({
  aliases: [],
  country: 'KR',
  kind: 'conglomerate',
  source,
  asOf: '2026-01-01',
  ...fields,
});
const existing = [
  company({ id: 'cj-group', name: 'CJ Group', aliases: ['CJ'] }),
  company({ id: 'cj-enm', name: 'CJ ENM', aliases: ['씨제이이엔엠', '씨제이이앤엠'], parentId: 'cj-group' }),
];
const mention = (fields: Partial<CompanyMention> & Pick<CompanyMention, 'name'>): CompanyMention => ({
  kind: 'distributor',
  country: 'KR',
  origin: 'kobis',
  source,
  ...fields,
});

describe('createCompanyResolver', () => {
  it('resolves every legal spelling of CJ ENM to the one CJ ENM record, keeping them as aliases', () => {
    const resolver = createCompanyResolver(existing);
    const ids = ['(주)씨제이이엔엠', '씨제이이앤엠(주)', 'CJ ENM'].map(
      (name) => resolver.resolve(mention({ name })).companyId,
    );
    expect(ids).toEqual(['cj-enm', 'cj-enm', 'cj-enm']);
    expect(resolver.createdCount).toBe(0);
    expect(resolver.companies().find((c) => c.id === 'cj-enm')!.aliases).toEqual([
      '씨제이이엔엠',
      '씨제이이앤엠',
      '(주)씨제이이엔엠',
      '씨제이이앤엠(주)',
    ]);
  });

  it('makes CJ CGV a company of its own, owned by the same group', () => {
    const resolver = createCompanyResolver(existing);
    const { companyId, created } = resolver.resolve(
      mention({ name: '씨제이 씨지브이(CJ CGV)(주)', nameEn: 'CJ CGV', kobisCode: '20063188' }),
    );
    expect(created).toBe(true);
    expect(resolver.companies().find((c) => c.id === companyId)).toMatchObject({
      id: 'cj-cgv',
      name: 'CJ CGV',
      aliases: ['씨제이 씨지브이(CJ CGV)(주)'],
      parentId: 'cj-group',
      kind: 'distributor',
      origin: 'kobis',
      externalIds: { kobisCompanyCd: '20063188' },
    });
  });

  it('files a subsidiary under the longest group name it starts with', () => {
    const resolver = createCompanyResolver(existing);
    const { companyId } = resolver.resolve(
      mention({ name: '씨제이이엔엠 스튜디오스 주식회사', nameEn: 'CJ ENM STUDIOS', kind: 'production' }),
    );
    expect(resolver.companies().find((c) => c.id === companyId)!.parentId).toBe('cj-enm');
  });

  it('matches a company by its source code before any name, and a new one once', () => {
    const resolver = createCompanyResolver(existing);
    const first = resolver.resolve(mention({ name: '(주)미디어캐슬', kobisCode: '20122956' }));
    const again = resolver.resolve(mention({ name: '미디어캐슬 주식회사', kobisCode: '20122956' }));
    expect(again.companyId).toBe(first.companyId);
    expect(resolver.createdCount).toBe(1);
    expect(resolver.companies().find((c) => c.id === first.companyId)!.parentId).toBeUndefined();
  });

  it('returns the same array when nothing changed', () => {
    const resolver = createCompanyResolver(existing);
    resolver.resolve(mention({ name: 'CJ ENM' }));
    expect(resolver.companies()).toBe(existing);
  });
});
