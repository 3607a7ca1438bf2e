import { randomBytes } from 'node:crypto';

/** How long an editor's preview buttons work. */
export const DRAFT_LIFETIME_MS = 5 * 60_000;
/** Drafts kept at most; the oldest go first (an abandoned preview costs nothing for long). */
const MAX_DRAFTS = 1000;

export interface Draft<T> {
  id: string;
  editorId: string;
  expiresAt: number;
  value: T;
}

export type DraftLookup<T> = { found: true; draft: Draft<T> } | { found: false; reason: 'expired' | 'not-yours' };

/**
 * Edits waiting for an editor's button (Save, Update, Create…). They live in memory: a preview is a few minutes
 * of one person's attention, and after a restart the editor simply runs the command again.
 */
export function createDraftBox<T>() {
  const drafts = new Map<string, Draft<T>>();
  const prune = (now: number) => {
    for (const [id, draft] of drafts) if (draft.expiresAt < now) drafts.delete(id);
    while (drafts.size >= MAX_DRAFTS) drafts.delete(drafts.keys().next().value!);
  };
  return {
    put(editorId: string, value: T, now: Date): Draft<T> {
      prune(now.getTime());
      const draft = {
        id: randomBytes(9).toString('base64url'),
        editorId,
        expiresAt: now.getTime() + DRAFT_LIFETIME_MS,
        value,
      };
      drafts.set(draft.id, draft);
      return draft;
    },
    /** The editor's own draft while it is fresh; someone else's is refused and left for its editor. */
    get(id: string, editorId: string, now: Date): DraftLookup<T> {
      const draft = drafts.get(id);
      if (!draft || draft.expiresAt < now.getTime()) {
        drafts.delete(id);
        return { found: false, reason: 'expired' };
      }
      if (draft.editorId !== editorId) return { found: false, reason: 'not-yours' };
      return { found: true, draft };
    },
    update(id: string, value: T): void {
      const draft = drafts.get(id);
      if (draft) draft.value = value;
    },
    delete: (id: string) => drafts.delete(id),
  };
}
