import type Database from 'better-sqlite3';
import type { LintFinding } from '../api/contract';
import { ArchiveError } from '../errors';
import { publishBlockers } from '../lint';

export type Blockers = (db: Database.Database, exhibitId: number) => LintFinding[];

/** The content check's unwaived blocking findings for one exhibit and its photos. */
export const lintBlockers: Blockers = (db, id) => publishBlockers(db, [id]);

export type BlockedOutcome = 'saved-as-draft' | 'not-saved' | 'not-published';

const LEAD: Record<BlockedOutcome, string> = {
  'saved-as-draft': 'Saved as a draft, but not published: ',
  'not-saved': 'Not saved: this exhibit is on the kiosk, and the change would put a problem in front of visitors: ',
  'not-published': 'Not published: ',
};

export function publishBlocked(findings: readonly LintFinding[], outcome: BlockedOutcome): ArchiveError {
  const list = findings
    .slice(0, 3)
    .map((f) => `${f.message.replace(/[.。]\s*$/, '')}${f.field ? ` (${f.field}${f.lang ? `.${f.lang}` : ''})` : ''}`)
    .join('; ');
  const more = findings.length > 3 ? ` and ${findings.length - 3} more` : '';
  return new ArchiveError('PUBLISH_BLOCKED', `${LEAD[outcome]}${list}${more}. Fix ${findings.length === 1 ? 'it' : 'them'}, or waive with a reason on the Content check page.`, {
    savedAsDraft: outcome === 'saved-as-draft',
    findings: findings.map((f) => ({ key: f.key, rule: f.rule, field: f.field, lang: f.lang, message: f.message })),
  });
}
