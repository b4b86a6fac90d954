import type { ImportPlanReport, ImportProblem, ImportResult } from '../api/contract/import-report';

const ENCODING: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 with BOM', gb18030: 'GBK/GB18030', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16 (big-endian)' };
const DELIM: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };

function problemLines(file: string, p: ImportProblem): string[] {
  const tag = p.severity === 'error' ? 'ERROR  ' : p.severity === 'warning' ? 'WARNING' : 'NOTE   ';
  return [`  ${tag} ${file}: ${p.message}`, ...(p.suggestion ? [`          → ${p.suggestion}`] : [])];
}

/** The dry run as a curator reads it in a terminal; --json prints the report itself. */
export function printPlan(r: ImportPlanReport, out: (l: string) => void, maxProblems = 100): void {
  const s = r.source;
  const how = [s.format.toUpperCase(), s.encoding ? ENCODING[s.encoding] ?? s.encoding : null, s.delimiter ? DELIM[s.delimiter] ?? s.delimiter : null, s.sheet ? `sheet "${s.sheet}"` : null, s.headerLine && s.headerLine > 1 ? `header on ${s.format === 'xlsx' ? 'row' : 'line'} ${s.headerLine}` : null]
    .filter(Boolean)
    .join(', ');
  out(`Dry run of ${s.name} (${how})${r.collection ? ` → collection ${r.collection.slug}${r.collection.created ? ' (new)' : ''}` : ''}`);
  const c = r.counts;
  out(`  Rows ${c.rows}: ${c.new} new, ${c.updated} to update, ${c.unchanged} unchanged, ${c.rejected} rejected · ${c.errors} error(s), ${c.warnings} warning(s)`);
  if (r.photos.matched + r.photos.missing + r.photos.refused > 0 || r.photos.unused.length) {
    out(`  Photos: ${r.photos.matched} matched, ${r.photos.missing} missing, ${r.photos.refused} refused${r.photos.unused.length ? `; ${r.photos.unused.length} in the folder not used by any row` : ''}`);
  }
  if (r.photos.ofRejected.length) {
    const where = (lines: readonly number[]) => `${s.format === 'xlsx' ? 'row' : 'line'}${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`;
    const listed = r.photos.ofRejected.slice(0, 8).map((x) => `${x.file} (${where(x.lines)})`);
    const rest = r.photos.ofRejected.length - listed.length;
    out(`  ${r.photos.ofRejected.length} more photo(s) belong only to rows with errors and are not imported this time: ${listed.join(', ')}${rest > 0 ? `, … and ${rest} more` : ''}. Correct those rows and import again to use them.`);
  }
  const mapped = r.columns.filter((x) => x.field).map((x) => `${x.header}→${x.field}`);
  if (mapped.length) out(`  Columns: ${mapped.join(', ')}`);
  const d = r.duplicates;
  if (d.inFile.length || d.inArchive.length || d.photos.length) out(`  Duplicates: ${d.inFile.length} in the file, ${d.inArchive.length} already in the archive, ${d.photos.length} repeated photo(s)`);
  for (const p of r.problems.slice(0, maxProblems)) for (const l of problemLines(s.name, p)) out(l);
  const more = r.problems.length - Math.min(r.problems.length, maxProblems) + r.problemsOmitted;
  if (more > 0) out(`  … and ${more} more (use --json to see all).`);
  const updates = r.rows.filter((x) => x.action === 'update');
  for (const u of updates.slice(0, 20)) out(`  UPDATE  ${s.format === 'xlsx' ? 'row' : 'line'} ${u.line} "${u.label}" (exhibit ${u.exhibitId}): ${u.changed.join(', ')}`);
  if (updates.length > 20) out(`  … and ${updates.length - 20} more updates.`);
}

export function printResult(r: ImportResult, archiveDir: string, out: (l: string) => void): void {
  const c = r.counts;
  out(`Imported: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.skipped} rejected row(s) left out; photos ${r.photos.added} added, ${r.photos.reused} already in the archive.`);
  if (r.collectionCreated) out(`Created the collection "${r.collectionCreated}".`);
  out(`Backup taken before the import: ${r.backup.id}. To undo the whole import: npm run archive -- restore ${r.backup.id} --archive ${archiveDir}`);
  out(`Took ${(r.durationMs / 1000).toFixed(1)} s.`);
}
