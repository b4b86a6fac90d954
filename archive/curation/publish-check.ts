import type Database from 'better-sqlite3';
import type { LintFinding, PublishBlockedDetails } from '../api/contract';
import { ArchiveError } from '../errors';
import { publishBlockers } from '../lint';

export type Blockers = (db: Database.Database, exhibitId: number) => LintFinding[];

/** The content check's unwaived blocking findings for one exhibit and its photos. */
export const lintBlockers: Blockers = (db, id) => publishBlockers(db, [id]);

export type BlockedOutcome = PublishBlockedDetails['detail'];

const LEAD: Record<BlockedOutcome, string> = {
  'saved-as-draft': 'Saved as a draft, but not published: ',
  'not-saved': 'Not saved: this exhibit is on the kiosk, and the change would put a problem in front of visitors: ',
  'not-published': 'Not published: ',
};

/**
 * The refusal, in English for the CLI and logs, and in details every blocking finding as the content check has
 * it (rule, detail, params, field, entity, suggestion), so the workspace can list each one in the curator's
 * language with where it is and what to do.
 */
export function publishBlocked(findings: readonly LintFinding[], outcome: BlockedOutcome): ArchiveError {
  const list = findings
    .slice(0, 3)
    .map((f) => `${f.message.replace(/[.。]\s*$/, '')}${f.field ? ` (${f.field}${f.lang ? `.${f.lang}` : ''})` : ''}`)
    .join('; ');
  const more = findings.length > 3 ? ` and ${findings.length - 3} more` : '';
  const details: PublishBlockedDetails = { detail: outcome, params: { count: findings.length }, savedAsDraft: outcome === 'saved-as-draft', findings: [...findings] };
  return new ArchiveError('PUBLISH_BLOCKED', `${LEAD[outcome]}${list}${more}. Fix ${findings.length === 1 ? 'it' : 'them'}, or waive with a reason on the Content check page.`, details);
}
