// The content check before publishing. Blocking findings (a missing name, an undescribed or tiny or duplicated
// photo, an implausible date, a web address, e-mail, phone number or injected advertising in any text) stop
// publishing until fixed or waived with a reason; missing translations and near-duplicate photos are warnings.
//
//   const report = await lintArchive(archive);                   // the whole archive, for the workspace
//   const blockers = publishBlockers(archive.db, [exhibitId]);   // what stops publishing these exhibits
//   waiveFinding(archive.db, { key, reason }, 'curator:王芳');    // logged in the audit log
import type Database from 'better-sqlite3';
import type { LintFinding, LintReport, LintScope } from '../api/contract/lint-report';
import { WaiveInput } from '../api/contract/lint-report';
import type { Archive } from '../archive';
import { recordChange } from '../audit/log';
import { lintError } from './finding';
import { listAllowedTerms, loadAllowedTerms } from './allowed-terms';
import { toFinding, type Draft } from './finding';
import { LINT_LIMITS } from './limits';
import { loadForLint, type ExhibitForLint } from './load';
import { nearDuplicateFindings, type LintNote } from './near-duplicates';
import { exhibitFindings } from './rules/exhibit-rules';
import { photoFindings } from './rules/photo-rules';
import { textFindings } from './rules/text-rules';

export { allowTerm, disallowTerm, listAllowedTerms } from './allowed-terms';
export { scanText } from './text/scan-text';

type Waiver = NonNullable<LintFinding['waiver']>;

function waivers(db: Database.Database): Map<string, Waiver> {
  return new Map(db.prepare<[], { key: string; reason: string; actor: string; at: string }>('SELECT key, reason, actor, at FROM lint_waivers').all().map((w) => [w.key, { reason: w.reason, actor: w.actor, at: w.at }]));
}

function syncDrafts(db: Database.Database, scope: LintScope): { drafts: Draft[]; loaded: ReturnType<typeof loadForLint>; byId: Map<number, ExhibitForLint> } {
  const loaded = loadForLint(db, scope);
  const allowed = loadAllowedTerms(db);
  const thisYear = new Date().getFullYear();
  const byId = new Map(loaded.exhibits.map((e) => [e.id, e]));
  const drafts: Draft[] = [];
  for (const e of loaded.exhibits) drafts.push(...exhibitFindings(e, allowed, thisYear));
  for (const m of loaded.media) drafts.push(...photoFindings(m, byId, allowed));
  for (const c of loaded.collections) drafts.push(...textFindings(c.texts, { entity: 'collection', entityId: String(c.id), exhibitId: null, label: c.slug }, allowed));
  return { drafts, loaded, byId };
}

function withWaivers(drafts: readonly Draft[], w: Map<string, Waiver>): LintFinding[] {
  return drafts.map((d) => {
    const f = toFinding(d);
    return { ...f, waiver: w.get(f.key) ?? null };
  });
}

export async function lintArchive(archive: Archive, scope: LintScope = {}): Promise<LintReport> {
  const { db, root } = archive;
  const notes: LintNote[] = [];
  const { drafts, loaded, byId } = syncDrafts(db, scope);
  drafts.push(...(await nearDuplicateFindings(db, root, loaded.media, byId, notes)));
  const findings = withWaivers(drafts, waivers(db));
  const blocking = findings.filter((f) => f.severity === 'block' && !f.waiver);
  const rank = (f: LintFinding) => (f.severity === 'block' ? (f.waiver ? 1 : 0) : 2);
  const sorted = [...findings].sort((a, b) => rank(a) - rank(b) || (a.exhibitId ?? 0) - (b.exhibitId ?? 0));
  return {
    checkedAt: new Date().toISOString(),
    checked: { exhibits: loaded.exhibits.length, media: loaded.media.length, collections: loaded.collections.length },
    counts: { blocking: blocking.length, warnings: findings.filter((f) => f.severity === 'warning').length, waived: findings.filter((f) => f.waiver).length },
    findings: sorted.slice(0, LINT_LIMITS.reportFindings),
    omitted: Math.max(0, sorted.length - LINT_LIMITS.reportFindings),
    notes: notes.map((n) => n.message),
    noteKeys: notes.map((n) => ({ key: n.key, params: n.params })),
    allowedTerms: listAllowedTerms(db),
  };
}

/** The unwaived blocking findings of these exhibits and their photos: publishing them waits until this is empty. */
export function publishBlockers(db: Database.Database, exhibitIds: readonly number[]): LintFinding[] {
  if (exhibitIds.length === 0) return [];
  const { drafts } = syncDrafts(db, { exhibitIds: [...exhibitIds] });
  return withWaivers(drafts, waivers(db)).filter((f) => f.severity === 'block' && !f.waiver);
}

/** Accepts one blocking finding with a reason (logged); the waiver lapses when the text behind it changes. */
export function waiveFinding(db: Database.Database, raw: { key: string; reason: string; exhibitId?: number }, actor: string): LintFinding {
  const input = WaiveInput.parse(raw);
  const { drafts } = syncDrafts(db, input.exhibitId ? { exhibitIds: [input.exhibitId] } : {});
  const finding = withWaivers(drafts, new Map()).find((f) => f.key === input.key);
  if (!finding) throw lintError('LINT_FINDING_GONE', 'This finding no longer exists (the text or photo may have been fixed). Run the check again.');
  if (finding.severity !== 'block') throw lintError('LINT_NOT_BLOCKING', 'Only findings that block publishing can be waived; warnings never block.');
  const at = db.transaction(() => {
    db.prepare(
      `INSERT INTO lint_waivers (key, rule, entity, entity_id, reason, actor) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET reason = excluded.reason, actor = excluded.actor, at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
    ).run(finding.key, finding.rule, finding.entity, finding.entityId, input.reason, actor);
    recordChange(db, { actor, action: 'lint.waive', entity: finding.entity, entityId: finding.entityId, before: null, after: { key: finding.key, rule: finding.rule, field: finding.field, token: finding.token, reason: input.reason } });
    return (db.prepare('SELECT at FROM lint_waivers WHERE key = ?').get(finding.key) as { at: string }).at;
  })();
  return { ...finding, waiver: { reason: input.reason, actor, at } };
}

export function unwaiveFinding(db: Database.Database, key: string, actor: string): void {
  db.transaction(() => {
    const before = db.prepare('SELECT * FROM lint_waivers WHERE key = ?').get(key) as { entity: string; entity_id: string } | undefined;
    if (!before) throw lintError('NOT_FOUND.waiver', 'There is no such waiver.');
    db.prepare('DELETE FROM lint_waivers WHERE key = ?').run(key);
    recordChange(db, { actor, action: 'lint.unwaive', entity: before.entity, entityId: before.entity_id, before, after: null });
  })();
}
