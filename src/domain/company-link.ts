import { normalizeName } from './normalize.js';
import type { Company } from './types.js';

// Legal forms say what kind of company a name is, not which one ("Studio Dragon Corp." is Studio Dragon).
const LEGAL_FORM = /\b(co ltd|company limited|corporation|corp|inc|ltd|llc|co|주식회사|유한회사)$/u;

const keyOf = (name: string) =>
  normalizeName(name.replace(/\((주|유)\)|㈜/gu, ' '))
    .replace(LEGAL_FORM, '')
    .trim()
    .replace(/ /g, '');

/**
 * Finds withk's company for a name another source prints ("Studio Dragon", "스튜디오드래곤", "Netflix"), by its
 * name and aliases with case, spacing, punctuation and legal forms aside. Names two companies share resolve to
 * neither: a wrong link is worse than none.
 */
export function createCompanyLinker(companies: readonly Company[]): (name: string) => string | undefined {
  const byKey = new Map<string, string | null>();
  for (const company of companies) {
    for (const name of [company.name, ...company.aliases]) {
      const key = keyOf(name);
      if (!key) continue;
      const known = byKey.get(key);
      byKey.set(key, known === undefined || known === company.id ? company.id : null);
    }
  }
  return (name) => byKey.get(keyOf(name)) ?? undefined;
}
