import type Database from 'better-sqlite3';
import type { LocalText } from '../api/contract';
import { recordChange } from '../audit/log';
import { loadTranslations, localText } from '../content/translations';
import { ArchiveError } from '../errors';
import { reviewFlags, setTranslationCell } from './translation-cells';

/** A photo's own words: what the audit log keeps for a 'media.update' and what a revert writes back. */
export interface MediaText {
  alt: LocalText;
  caption: LocalText;
  credit: string;
  needsReview: string[];
}

const FIELDS = ['alt', 'caption'] as const;

export function readMediaText(db: Database.Database, sha256: string): MediaText | null {
  const row = db.prepare<[string], { alt: string; caption: string; credit: string }>('SELECT alt, caption, credit FROM media WHERE sha256 = ?').get(sha256);
  if (!row) return null;
  const tr = loadTranslations(db, 'media', [sha256]).get(sha256);
  return { alt: localText(row.alt, tr, 'alt'), caption: localText(row.caption, tr, 'caption'), credit: row.credit, needsReview: reviewFlags(db, 'media', sha256) };
}

function same(a: MediaText, b: MediaText): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Replaces a photo's alt text, caption and credit. A translation the curator left untouched keeps its
 * needs-review flag; one they changed is theirs and counts as reviewed unless `next.needsReview` says so.
 */
export function writeMediaText(db: Database.Database, sha256: string, next: Omit<MediaText, 'needsReview'> & { needsReview?: string[] }, actor: string): number | null {
  const before = readMediaText(db, sha256);
  if (!before) throw new ArchiveError('UNKNOWN_MEDIA', `Photo ${sha256.slice(0, 12)}… is not in the archive.`);
  const clean = (t: LocalText): LocalText => ({ zh: t.zh.trim(), ...(t.mn?.trim() ? { mn: t.mn.trim() } : {}), ...(t.en?.trim() ? { en: t.en.trim() } : {}) });
  const target: MediaText = { alt: clean(next.alt), caption: clean(next.caption), credit: next.credit.trim(), needsReview: [] };
  for (const f of FIELDS) {
    for (const lang of ['mn', 'en'] as const) {
      const key = `${f}.${lang}`;
      const unchanged = (before[f][lang] ?? '') === (target[f][lang] ?? '');
      const flagged = next.needsReview ? next.needsReview.includes(key) : unchanged && before.needsReview.includes(key);
      if (flagged && target[f][lang]) target.needsReview.push(key);
    }
  }
  target.needsReview.sort();
  if (same(before, target)) return null;
  db.prepare('UPDATE media SET alt = ?, caption = ?, credit = ? WHERE sha256 = ?').run(target.alt.zh, target.caption.zh, target.credit, sha256);
  for (const f of FIELDS) {
    for (const lang of ['mn', 'en'] as const) setTranslationCell(db, 'media', sha256, f, lang, target[f][lang] ?? '', target.needsReview.includes(`${f}.${lang}`));
  }
  return recordChange(db, { actor, action: 'media.update', entity: 'media', entityId: sha256, before, after: readMediaText(db, sha256) });
}
