import type { ImportPlanReport, ImportProblem, PhotoOutcome } from '../../api/contract/import-report';
import { IMPORT_LIMITS } from '../limits';
import type { Column } from '../mapping/resolve-columns';
import type { SourceTable } from '../source/table';
import type { PlannedCollection } from './collections';
import type { PlannedRow } from './plan';

export interface ReportInput {
  name: string;
  bytes: number;
  planId: string;
  table: SourceTable;
  problems: ImportProblem[];
  fatal: boolean;
  rows: PlannedRow[];
  columns: Column[];
  collection: PlannedCollection | null;
  inFile?: ImportPlanReport['duplicates']['inFile'];
  inArchive?: ImportPlanReport['duplicates']['inArchive'];
  photoDupes?: ImportPlanReport['duplicates']['photos'];
  unused?: string[];
  ofRejected?: ImportPlanReport['photos']['ofRejected'];
  photoList?: PhotoOutcome[];
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The JSON the curator sees. Counts cover every row; long lists are cut, errors first, and say how much was cut. */
export function buildReport(x: ReportInput): ImportPlanReport {
  const t = x.table;
  const count = (a: PlannedRow['action']) => x.rows.filter((r) => r.action === a).length;
  const errors = x.problems.filter((p) => p.severity === 'error').length;
  const sortedProblems = [...x.problems].sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.line ?? 0) - (b.line ?? 0));
  const perLine = new Map<number, { e: number; w: number }>();
  for (const p of x.problems) {
    if (p.line === null) continue;
    const c = perLine.get(p.line) ?? { e: 0, w: 0 };
    if (p.severity === 'error') c.e++;
    else if (p.severity === 'warning') c.w++;
    perLine.set(p.line, c);
  }
  const interesting = [...x.rows].sort((a, b) => Number(b.action === 'rejected') - Number(a.action === 'rejected') || a.draft.line - b.draft.line);
  const shownRows = interesting.slice(0, IMPORT_LIMITS.reportRows).sort((a, b) => a.draft.line - b.draft.line);
  const photos = x.photoList ?? [];
  const photoShown = [...photos].sort((a, b) => Number(a.status === 'matched') - Number(b.status === 'matched') || a.line - b.line).slice(0, IMPORT_LIMITS.reportPhotos);
  const rejected = count('rejected');
  return {
    source: { name: x.name, bytes: x.bytes, format: t.format, encoding: t.encoding, delimiter: t.delimiter, sheet: t.sheet, headerLine: t.headerLine },
    planId: x.planId,
    columns: x.columns.map((c) => ({ header: c.header, field: c.field === 'ignore' ? null : c.field, by: c.by })),
    collection: x.collection,
    counts: {
      rows: x.rows.length,
      new: count('new'),
      updated: count('update'),
      unchanged: count('unchanged'),
      rejected,
      errors,
      warnings: x.problems.filter((p) => p.severity === 'warning').length,
    },
    blocking: x.fatal || rejected > 0 || errors > 0,
    fatal: x.fatal,
    problems: sortedProblems.slice(0, IMPORT_LIMITS.reportProblems),
    problemsOmitted: Math.max(0, sortedProblems.length - IMPORT_LIMITS.reportProblems),
    rows: shownRows.map((r) => ({
      line: r.draft.line,
      uid: r.draft.uid,
      label: r.draft.label,
      action: r.action,
      exhibitId: r.exhibitId,
      photos: r.photoHashes.length,
      changed: r.changed,
      errors: perLine.get(r.draft.line)?.e ?? 0,
      warnings: perLine.get(r.draft.line)?.w ?? 0,
    })),
    rowsOmitted: Math.max(0, x.rows.length - shownRows.length),
    duplicates: { inFile: x.inFile ?? [], inArchive: x.inArchive ?? [], photos: x.photoDupes ?? [] },
    photos: {
      matched: photos.filter((p) => p.status === 'matched').length,
      missing: photos.filter((p) => p.status === 'missing').length,
      refused: photos.filter((p) => p.status === 'refused').length,
      unused: (x.unused ?? []).slice(0, IMPORT_LIMITS.reportPhotos),
      ofRejected: (x.ofRejected ?? []).slice(0, IMPORT_LIMITS.reportPhotos),
      list: photoShown,
      listOmitted: Math.max(0, photos.length - photoShown.length),
    },
  };
}
