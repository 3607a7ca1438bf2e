import { companyNameKeys, stripLegalForm } from './company-names.js';
import { slugify } from './normalize.js';
import type { Company, CompanyKind, RecordOrigin, SourceRef } from './types.js';

export { companyNameKeys, stripLegalForm } from './company-names.js';

/** A company as a source names it. */
export interface CompanyMention {
  /** The name as printed, legal form and all: "(주)씨제이이엔엠". */
  name: string;
  /** A second name the source gives, e.g. KOBIS's English name "CJ ENM Corp.". */
  nameEn?: string;
  /** The source's own company code (KOBIS `companyCd`), matched before any name. */
  kobisCode?: string;
  /** For a company this mention creates. */
  kind: CompanyKind;
  country: string;
  origin: RecordOrigin;
  source: SourceRef;
}

/** Resolves the company mentions of one import against the catalog's companies. Build one per import. */
export interface CompanyResolver {
  /** The id of the company a mention names, creating the company when none matches. */
  resolve(mention: CompanyMention): { companyId: string; created: boolean };
  /** The catalog's companies with this import's changes (the same array when there are none), new ones last. */
  companies(): Company[];
  readonly createdCount: number;
  readonly updatedCount: number;
}

/**
 * Resolves companies to one record per real company. A mention matches by its source code first, then by
 * any name key (legal form stripped, parentheses split, Hangul spacing ignored: see companyNameKeys), so
 * "(주)씨제이이엔엠", "씨제이이앤엠(주)" and "CJ ENM" all find the CJ ENM record, whose aliases gain the legal
 * names seen. A new company whose name starts with a group's name ("씨제이 씨지브이" after "씨제이", "CJ ENM
 * Studios" after "CJ ENM") is filed under that group: the longest such name among conglomerates wins.
 */
export function createCompanyResolver(existing: readonly Company[]): CompanyResolver {
  const originals = new Map(existing.map((company) => [company.id, company]));
  const changed = new Map<string, Company>();
  const created = new Map<string, Company>();
  const byKey = new Map<string, string>();
  const byCode = new Map<string, string>();
  const current = (id: string) => created.get(id) ?? changed.get(id) ?? originals.get(id)!;
  // A film list names the same few hundred companies thousands of times: fold each spelling once.
  const keyCache = new Map<string, string[]>();
  const keysOf = (name: string) => {
    let keys = keyCache.get(name);
    if (!keys) keyCache.set(name, (keys = companyNameKeys(name)));
    return keys;
  };
  const index = (company: Company) => {
    for (const name of [company.name, ...company.aliases])
      for (const key of companyNameKeys(name)) if (!byKey.has(key)) byKey.set(key, company.id);
    const code = company.externalIds?.kobisCompanyCd;
    if (code && !byCode.has(code)) byCode.set(code, company.id);
  };
  existing.forEach(index);

  const update = (id: string, change: (company: Company) => Company) => {
    const next = change(current(id));
    if (created.has(id)) created.set(id, next);
    else changed.set(id, next);
    index(next);
  };

  /** The conglomerate whose name is the longest prefix of one of `keys`, at a word or Hangul boundary. */
  const groupOf = (keys: readonly string[]): string | undefined => {
    let best: { id: string; length: number } | undefined;
    for (const [key, id] of byKey) {
      if (current(id).kind !== 'conglomerate' || key.length < 2) continue;
      for (const candidate of keys) {
        if (candidate.length <= key.length || !candidate.startsWith(key)) continue;
        const next = candidate[key.length]!;
        const boundary = next === ' ' || (/[\uac00-\ud7af]/u.test(next) && /[\uac00-\ud7af]$/u.test(key));
        if (boundary && (!best || key.length > best.length)) best = { id, length: key.length };
      }
    }
    return best?.id;
  };

  function resolve(mention: CompanyMention): { companyId: string; created: boolean } {
    const names = [mention.name, mention.nameEn].filter((name): name is string => !!name?.trim());
    const keys = names.flatMap(keysOf);
    const found =
      (mention.kobisCode && byCode.get(mention.kobisCode)) || keys.map((key) => byKey.get(key)).find(Boolean);
    if (found) {
      const company = current(found);
      const newAliases = names.filter((name) => name !== company.name && !company.aliases.includes(name));
      const needsCode = mention.kobisCode && !company.externalIds?.kobisCompanyCd;
      if (newAliases.length > 0 || needsCode) {
        update(found, (c) => ({
          ...c,
          aliases: [...c.aliases, ...newAliases],
          ...(needsCode ? { externalIds: { ...c.externalIds, kobisCompanyCd: mention.kobisCode } } : {}),
        }));
      }
      return { companyId: found, created: false };
    }
    const name = stripLegalForm(mention.nameEn?.trim() || mention.name);
    const base = slugify(name);
    let id = base;
    for (let n = 2; originals.has(id) || created.has(id); n++) id = `${base}-${n}`;
    const parentId = groupOf(keys);
    const company: Company = {
      id,
      name,
      aliases: names.filter((alias) => alias !== name),
      country: mention.country,
      kind: mention.kind,
      ...(parentId ? { parentId } : {}),
      ...(mention.kobisCode ? { externalIds: { kobisCompanyCd: mention.kobisCode } } : {}),
      origin: mention.origin,
      source: mention.source,
      asOf: mention.source.date,
    };
    created.set(id, company);
    index(company);
    return { companyId: id, created: true };
  }

  return {
    resolve,
    companies: () =>
      changed.size === 0 && created.size === 0
        ? (existing as Company[])
        : [...existing.map((c) => changed.get(c.id) ?? c), ...created.values()],
    get createdCount() {
      return created.size;
    },
    get updatedCount() {
      return changed.size;
    },
  };
}
