import path from 'node:path';
import { z } from 'zod';
import { applyCuration, type SkipReason } from '../domain/apply-curation.js';
import type { CurationChange, CurationLog } from '../domain/curation.js';
import type { Catalog, Company, Deal } from '../domain/types.js';
import { changeSchema, curationFileSchema } from './curation-schema.js';
import { DataFileError, parseDataFile, ValidatedJsonFile } from './data-file.js';
import { curationFile } from './lowdb-curation.js';
import { BUNDLED_SEED } from './open-store.js';
import { catalogSchema, company, deal, instant } from './schemas.js';

/** Everything curated, as `npm run curate -- export` writes it: the records as they are now, and their history. */
export interface CurationExport {
  format: 'withk-curation';
  version: 1;
  exportedAt: string;
  /** Current deals, and those retired, as the history left them. */
  deals: Deal[];
  retiredDeals: Deal[];
  /** Companies editors added. */
  companies: Company[];
  changes: CurationChange[];
}

const exportSchema = z
  .object({
    format: z.literal('withk-curation'),
    version: z.literal(1),
    exportedAt: instant,
    deals: z.array(deal),
    retiredDeals: z.array(deal),
    companies: z.array(company),
    changes: z.array(changeSchema),
  })
  .superRefine((file, ctx) => {
    // The history must be a valid curated file on its own (numbered in order, undos naming earlier changes).
    const result = curationFileSchema.safeParse({ version: 1, changes: file.changes });
    for (const issue of result.success ? [] : result.error.issues)
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }) as unknown as z.ZodType<CurationExport>;

/** Reads an export written by this or another withk instance; a bad file is a DataFileError naming the place. */
export function parseCurationExport(file: string, text: string): CurationExport {
  return parseDataFile(file, text, exportSchema);
}

/** A curated change that would have no effect, found by `check`. */
export interface CurationFinding {
  seq: number;
  /** Position in the file's `changes`, for people looking at it. */
  at: string;
  reason: SkipReason | 'unknown-party';
  detail: string;
}

export interface CurationCheck {
  file: string;
  /** False when there is no curated file yet (the first start creates it). */
  exists: boolean;
  changes: number;
  findings: CurationFinding[];
}

/**
 * Reads DATA_DIR's curated file without writing anything: its layout (a DataFileError names the place), then what
 * each change does to the imported catalog (changes that find no record, deals naming unknown companies).
 */
export async function checkCurationFiles(dataDir: string): Promise<CurationCheck> {
  const file = path.resolve(dataDir, 'curated.json');
  const curated = await curationFile(file).read();
  if (!curated) return { file, exists: false, changes: 0, findings: [] };
  const catalogPath = path.resolve(dataDir, 'catalog.json');
  const imported =
    (await new ValidatedJsonFile(catalogPath, catalogSchema).read()) ??
    (await new ValidatedJsonFile(BUNDLED_SEED, catalogSchema).read());
  if (!imported) throw new DataFileError(BUNDLED_SEED, 'the bundled seed catalog is missing');
  return {
    file,
    exists: true,
    changes: curated.changes.length,
    findings: findCurationProblems(imported, curated.changes),
  };
}

/** What each change does to `imported`: changes that find no record (or one already there), deals naming unknown companies. */
export function findCurationProblems(imported: Catalog, changes: CurationLog): CurationFinding[] {
  const { catalog, skipped } = applyCuration({ ...imported, deals: [] }, changes);
  const position = (change: CurationChange) => `changes[${change.seq - 1}]`;
  const findings: CurationFinding[] = skipped.map(({ change, reason }) => ({
    seq: change.seq,
    at: position(change),
    reason,
    detail: change.action,
  }));
  const companies = new Set(catalog.companies.map((c) => c.id));
  for (const d of catalog.deals) {
    const missing = d.partyIds.filter((id) => !companies.has(id));
    const added = changes.findLast((c) => c.action === 'add-deal' && c.deal.id === d.id);
    if (missing.length && added)
      findings.push({ seq: added.seq, at: position(added), reason: 'unknown-party', detail: missing.join(', ') });
  }
  return findings.sort((a, b) => a.seq - b.seq);
}
