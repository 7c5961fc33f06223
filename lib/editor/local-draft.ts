// What an editor has typed, kept in the browser's localStorage while the form
// has unsaved changes, so a reload, a crash or a lost connection loses
// nothing: the form offers to restore it. One draft per record (and one for a
// new record), removed once the record is saved. localStorage is written by
// hand here: it is one key and JSON, no library needed.
export interface LocalDraft<V> {
  values: V;
  /** The record's version the form was editing (0 for a new record). */
  version: number;
  savedAt: string;
}

export const draftKey = (id: number | undefined) => `registry:editor-draft:${id ?? "new"}`;

export function readDraft<V>(key: string): LocalDraft<V> | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as LocalDraft<V>;
    return draft && typeof draft === "object" && "values" in draft ? draft : null;
  } catch {
    return null;
  }
}

export function writeDraft<V>(key: string, draft: LocalDraft<V>): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // A full or disabled storage: the form still works, without the safety net.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // As above.
  }
}
