import type Database from 'better-sqlite3';
import { recordChange } from '../audit/log';
import { AllowTermInput } from '../api/contract/lint-report';
import { lintError } from './finding';

/** Terms curators confirmed are genuine, lower-cased for matching. */
export function loadAllowedTerms(db: Database.Database): string[] {
  return db
    .prepare<[], { term: string }>('SELECT term FROM lint_allowed_terms ORDER BY length(term) DESC')
    .all()
    .map((r) => r.term.toLowerCase());
}

export function listAllowedTerms(db: Database.Database): { term: string; note: string; actor: string; at: string }[] {
  return db.prepare<[], { term: string; note: string; actor: string; at: string }>('SELECT term, note, actor, at FROM lint_allowed_terms ORDER BY term').all();
}

/**
 * Marks a term as genuine everywhere (a camera maker in a caption, a unit's English name). It still may not
 * be a web address, e-mail or phone number: those rules ignore the allow list.
 */
export function allowTerm(db: Database.Database, raw: { term: string; note?: string }, actor: string): void {
  const { term, note } = AllowTermInput.parse(raw);
  if (/[/@]|https?:|www\./i.test(term)) throw lintError('LINT_TERM_REFUSED', `"${term}" looks like a web or e-mail address; those can never be allowed on the kiosk.`, { term });
  db.transaction(() => {
    const before = db.prepare('SELECT term, note FROM lint_allowed_terms WHERE term = ?').get(term) ?? null;
    db.prepare(`INSERT INTO lint_allowed_terms (term, note, actor) VALUES (?, ?, ?) ON CONFLICT (term) DO UPDATE SET note = excluded.note, actor = excluded.actor, at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`).run(term, note, actor);
    recordChange(db, { actor, action: 'lint.allow-term', entity: 'lint-term', entityId: term, before, after: { term, note } });
  })();
}

export function disallowTerm(db: Database.Database, term: string, actor: string): void {
  db.transaction(() => {
    const before = db.prepare('SELECT term, note FROM lint_allowed_terms WHERE term = ?').get(term);
    if (!before) throw lintError('NOT_FOUND.term', `"${term}" is not on the list of allowed terms.`, { term });
    db.prepare('DELETE FROM lint_allowed_terms WHERE term = ?').run(term);
    recordChange(db, { actor, action: 'lint.disallow-term', entity: 'lint-term', entityId: term, before, after: null });
  })();
}
