import type { ImportPlanReport, ImportProblem } from '../../api/contract/import-report';
import { shorten } from '../normalise/text';
import type { RowDraft } from '../rows/build-row';
import { problem } from '../source/table';

/**
 * The same record twice: the later copy of an identical row is dropped with a warning (nothing is lost); a
 * later row with the same id or the same person but different details is rejected, because applying both
 * would silently keep only one of them.
 */
export function findInFileDuplicates(
  drafts: readonly RowDraft[],
  rejected: Set<number>,
  problems: ImportProblem[],
  where: (l: number) => string,
): { copies: Set<number>; inFile: ImportPlanReport['duplicates']['inFile'] } {
  const copies = new Set<number>();
  const groups = new Map<string, RowDraft[]>();
  for (const d of drafts) {
    if (rejected.has(d.line)) continue;
    const key = d.uid;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const report: ImportPlanReport['duplicates']['inFile'] = [];
  for (const [key, list] of groups) {
    if (list.length < 2) continue;
    const first = list[0]!;
    report.push({ key, label: first.label, lines: list.map((d) => d.line) });
    const same = JSON.stringify([first.input, first.photoRefs]);
    for (const d of list.slice(1)) {
      if (JSON.stringify([d.input, d.photoRefs]) === same) {
        copies.add(d.line);
        problems.push(problem({ severity: 'warning', key: 'DUPLICATE_ROW', line: d.line, value: shorten(d.label, 40), params: { first: first.line, label: d.label }, message: `${cap(where(d.line))} repeats ${where(first.line)} exactly ("${d.label}"); it is imported once.`, suggestion: 'Delete the repeated row.' }));
      } else {
        rejected.add(d.line);
        problems.push(
          problem({
            severity: 'error',
            key: d.uidGiven ? 'DUPLICATE_IN_FILE.uid' : d.input.birthYear ? 'DUPLICATE_IN_FILE.person-born' : 'DUPLICATE_IN_FILE.person',
            line: d.line,
            params: { first: first.line, uid: d.uid, label: d.label, ...(typeof d.input.birthYear === 'number' ? { born: d.input.birthYear } : {}) },
            field: d.uidGiven ? 'uid' : 'name',
            value: shorten(d.uidGiven ? d.uid : d.label, 40),
            message: d.uidGiven
              ? `${cap(where(d.line))} has the same id "${d.uid}" as ${where(first.line)} but different details.`
              : `${cap(where(d.line))} and ${where(first.line)} both describe "${d.label}"${d.input.birthYear ? ` born ${d.input.birthYear}` : ''} but differ.`,
            suggestion: d.uidGiven ? 'Keep one of the two rows, or give each its own id.' : 'If they are the same person, keep one row; if they are different people, give each a 编号 (uid) column value or a birth year.',
          }),
        );
      }
    }
  }
  return { copies, inFile: report };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
