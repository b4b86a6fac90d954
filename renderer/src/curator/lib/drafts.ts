/**
 * Unsaved forms are copied to this device as they are typed, so a closed tab, a crash or a lapsed session
 * never loses a curator's work; the copy is dropped once the form is saved.
 */
export interface Draft<T> {
  savedAt: string;
  base: string | null;
  value: T;
}

const PREFIX = 'hak.curator.draft.';

export function saveDraft<T>(key: string, value: T, base: string | null): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ savedAt: new Date().toISOString(), base, value } satisfies Draft<T>));
  } catch {
    // Storage full or disabled: the unsaved-changes guard still protects the open form.
  }
}

export function loadDraft<T>(key: string): Draft<T> | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const d = JSON.parse(raw) as Draft<T>;
    return d && typeof d.savedAt === 'string' && 'value' in d ? d : null;
  } catch {
    return null;
  }
}

export function dropDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to drop.
  }
}
