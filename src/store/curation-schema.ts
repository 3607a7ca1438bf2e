import { z } from 'zod';
import { FIXABLE_FIELDS, type CurationChange, type NewCurationChange, type RecordKind } from '../domain/curation.js';
import { TMDB_REF_PATTERN } from '../domain/tmdb-ref.js';
import { DEAL_KINDS, DEAL_STATUSES } from '../domain/types.js';
import { company, companyKind, deal, instant, isoDate, source, text, titleKind } from './schemas.js';

/** What each correctable field may hold (null: not set). The same rules as the catalog's, so the result is valid. */
const FIELD_SCHEMAS: Record<RecordKind, Record<string, z.ZodType>> = {
  deal: {
    date: isoDate,
    status: z.enum(DEAL_STATUSES),
    kind: z.enum(DEAL_KINDS),
    summary: text,
    titleIds: z.array(text),
    source,
  },
  title: {
    name: text,
    releaseDate: isoDate,
    kind: titleKind,
    synopsis: text,
    originCountries: z.array(text),
    tmdbChoice: z.string().regex(TMDB_REF_PATTERN),
  },
  company: { name: text, country: text, kind: companyKind },
};
/** Fields a record cannot be without. */
const REQUIRED = new Set([
  'date',
  'status',
  'kind',
  'summary',
  'titleIds',
  'source',
  'name',
  'country',
  'originCountries',
]);

const fieldValue = z.union([z.string(), z.array(z.string()), source, z.null()]);
const ref = z.object({ kind: z.enum(['deal', 'title', 'company']), id: text });
const editor = z.object({ id: text, name: text, via: z.enum(['discord', 'terminal', 'seed']) });

const common = { id: text, at: instant, editor, source: source.optional() };

function changeUnion<T extends z.ZodRawShape>(extra: T) {
  const member = <U extends z.ZodRawShape>(shape: U) => z.object({ ...common, ...extra, ...shape });
  return z.discriminatedUnion('action', [
    member({ action: z.literal('add-deal'), deal }),
    member({ action: z.literal('add-company'), company }),
    member({ action: z.literal('add-alias'), target: ref, alias: text }),
    member({
      action: z.literal('edit'),
      target: ref,
      fields: z
        .array(
          z.object({
            field: z.enum([...new Set(Object.values(FIXABLE_FIELDS).flat())] as [string, ...string[]]),
            before: fieldValue,
            after: fieldValue,
          }),
        )
        .min(1),
    }),
    member({ action: z.literal('retire'), target: ref, reason: text }),
    member({ action: z.literal('undo'), changeId: text }),
  ]);
}

/** An edit's values must suit their field and record; only deals are retired; deals have no aliases. */
function checkChange(
  change: z.infer<ReturnType<typeof changeUnion<Record<never, never>>>>,
  ctx: z.RefinementCtx,
): void {
  if (change.action === 'retire' && change.target.kind !== 'deal')
    ctx.addIssue({ code: 'custom', path: ['target', 'kind'], message: 'only a deal can be retired' });
  if (change.action === 'add-alias' && change.target.kind === 'deal')
    ctx.addIssue({ code: 'custom', path: ['target', 'kind'], message: 'a deal has no aliases' });
  if (change.action !== 'edit') return;
  change.fields.forEach((field, i) => {
    const schema = FIELD_SCHEMAS[change.target.kind][field.field];
    if (!schema) {
      ctx.addIssue({
        code: 'custom',
        path: ['fields', i, 'field'],
        message: `a ${change.target.kind} has no such field`,
      });
      return;
    }
    if (field.after === null && REQUIRED.has(field.field))
      ctx.addIssue({ code: 'custom', path: ['fields', i, 'after'], message: 'this field cannot be emptied' });
    for (const side of ['before', 'after'] as const) {
      const value = field[side];
      if (value !== null && !schema.safeParse(value).success)
        ctx.addIssue({ code: 'custom', path: ['fields', i, side], message: `not a valid ${field.field}` });
    }
  });
}

/** A change before the store numbers it. */
export const newChangeSchema = changeUnion({}).superRefine(checkChange) as unknown as z.ZodType<NewCurationChange>;

/** A stored change. */
export const changeSchema = changeUnion({ seq: z.number().int().positive() }).superRefine(
  checkChange,
) as unknown as z.ZodType<CurationChange>;

export interface CurationFile {
  version: 1;
  changes: CurationChange[];
}

/** The curated file: its changes numbered 1, 2, … in order, each id once. */
export const curationFileSchema = z
  .object({ version: z.literal(1), changes: z.array(changeSchema) })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.changes.forEach((change, i) => {
      if (change.seq !== i + 1)
        ctx.addIssue({
          code: 'custom',
          path: ['changes', i, 'seq'],
          message: `expected ${i + 1} (changes are numbered in order)`,
        });
      if (ids.has(change.id))
        ctx.addIssue({ code: 'custom', path: ['changes', i, 'id'], message: `the id ${change.id} is used twice` });
      if (change.action === 'undo' && !ids.has(change.changeId))
        ctx.addIssue({
          code: 'custom',
          path: ['changes', i, 'changeId'],
          message: 'an undo must name an earlier change',
        });
      ids.add(change.id);
    });
  }) as unknown as z.ZodType<CurationFile>;

/** Numbers `changes` after `saved`, validating each; throws (saving nothing) when one is invalid. */
export function numberChanges(
  saved: readonly CurationChange[],
  changes: readonly NewCurationChange[],
): CurationChange[] {
  return changes.map((change, i) => ({ ...newChangeSchema.parse(change), seq: saved.length + i + 1 }));
}
