import { ok, refuse, type Checked } from './curation-problems.js';
import { sameRef, undoneChangeIds, type CurationChange, type CurationLog } from './curation.js';
import type { Catalog } from './types.js';

/**
 * Whether `change` can be reverted now, and if not, why. An undo is refused when it would do nothing visible or
 * leave the catalog inconsistent: the change is already reverted, a later change set the same field again (undo
 * that first), or a company it added is still a party to a deal.
 */
export function checkUndo(log: CurationLog, current: Catalog, change: CurationChange): Checked<CurationChange> {
  const undone = undoneChangeIds(log);
  if (undone.has(change.id)) {
    const by = log.findLast(
      (other) => other.action === 'undo' && other.changeId === change.id && !undone.has(other.id),
    );
    return refuse({ code: 'already-undone', seq: change.seq, by: by?.seq ?? change.seq });
  }
  if (change.action === 'edit') {
    const fields = new Set(change.fields.map((field) => field.field));
    const later = log.find(
      (other) =>
        other.seq > change.seq &&
        !undone.has(other.id) &&
        other.action === 'edit' &&
        sameRef(other.target, change.target) &&
        other.fields.some((field) => fields.has(field.field)),
    );
    if (later) return refuse({ code: 'changed-since', seq: change.seq, later: later.seq });
  }
  if (change.action === 'add-company') {
    const deals = current.deals.filter((deal) => deal.partyIds.includes(change.company.id)).length;
    if (deals > 0) return refuse({ code: 'company-in-use', seq: change.seq, deals });
  }
  return ok(change);
}

/** A change by how people name it: "#12", "12", or its id. */
export function findChange(log: CurationLog, query: string): CurationChange | undefined {
  const text = query.trim();
  const seq = /^#?(\d{1,9})$/.exec(text);
  if (seq) return log.find((change) => change.seq === Number(seq[1]));
  return log.find((change) => change.id === text);
}
