// The dry run. Reads the file, maps its columns, builds every row, finds duplicates, prepares the photos and
// compares each row with the archive, so the curator sees exactly what applying would do. It writes no row a
// visitor or curator can see: prepared photos sit unreferenced in the content-addressed store.
import crypto from 'node:crypto';
import type { ExhibitInput, ExhibitInputRaw } from '../../api/contract';
import type { ImportPlanReport, ImportProblem, PhotoOutcome, RowAction } from '../../api/contract/import-report';
import type { Archive } from '../../archive';
import { readExhibitInput } from '../../content/exhibit-write';
import { importError } from '../messages';
import type { PreparedMedia } from '../../media/prepare';
import { resolveColumns } from '../mapping/resolve-columns';
import { indexPhotos, type PhotoIndex } from '../photos/photo-index';
import type { ImportRequest, ImportRunOptions } from '../request';
import { buildRow, type RowDraft } from '../rows/build-row';
import { loadSource, readTable } from '../source/read-source';
import { problem, type SourceTable } from '../source/table';
import { chooseCollection, type PlannedCollection } from './collections';
import { loadAllowedTerms } from '../../lint/allowed-terms';
import { lintRowText } from './lint-row';
import { publishFindings } from './publish-check';
import { changedFields, isUnchanged, mergeExhibit, newExhibit, parseExhibit } from './merge';
import { buildReport } from './report';
import { photoStep, photoUse } from './photo-step';
import { findInFileDuplicates } from './duplicates';
import { lookupExisting, lookupPeople, mediaText, withoutKnownText } from './lookups';

export interface PlannedRow {
  draft: RowDraft;
  action: RowAction;
  exhibitId: number | null;
  /** What upsertExhibit will receive (absent for rejected rows). */
  input: ExhibitInputRaw | null;
  changed: string[];
  photoHashes: string[];
}

export interface Plan {
  report: ImportPlanReport;
  rows: PlannedRow[];
  /** Prepared photos by hash, to register when applying. */
  prepared: Map<string, PreparedMedia>;
  collection: PlannedCollection | null;
}

function planIdOf(bytes: Uint8Array, request: ImportRequest, photos: PhotoIndex | null): string {
  const h = crypto.createHash('sha256').update(bytes);
  h.update(JSON.stringify([request.format ?? null, request.mapping ?? {}, request.collection ?? null, request.status ?? 'draft', request.sheet ?? null]));
  if (photos) for (const f of photos.files) h.update(`${f.rel}\0${f.size}\0`);
  return h.digest('hex').slice(0, 24);
}

const whereFor = (table: SourceTable) => (line: number) => (table.format === 'xlsx' ? `row ${line}` : table.format === 'json' ? `item ${line}` : `line ${line}`);

export async function buildPlan(archive: Archive, request: ImportRequest, options: Pick<ImportRunOptions, 'onProgress'> = {}): Promise<Plan> {
  const { db, root } = archive;
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'reading', done: 0, total: 1 });
  const { name, bytes } = loadSource(request.source);
  const mapping = request.mapping ?? {};
  const table = await readTable(bytes, name, { format: request.format, sheet: request.sheet, mappedHeaders: Object.keys(mapping) });
  const photoIndex = request.photos ? indexPhotos(request.photos) : null;
  const planId = planIdOf(bytes, request, photoIndex);
  const where = whereFor(table);
  const problems: ImportProblem[] = [...table.problems];
  const base = { name, bytes: bytes.length, planId, table, problems };

  if (table.fatal) return finish(base, [], new Map(), [], null);
  const { columns, problems: colProblems } = resolveColumns(table.headers, mapping);
  problems.push(...colProblems);
  const mapped = columns.filter((c) => c.field && c.field !== 'ignore');
  if (!mapped.some((c) => c.field === 'name' || c.field === 'title')) {
    problems.push(
      problem({
        severity: 'error',
        key: 'NO_NAME_COLUMN',
        line: table.headerLine,
        params: { columns: table.headers.slice(0, 12) },
        message: `No column gives a name or a title (the columns are ${table.headers.slice(0, 12).map((h) => `"${h}"`).join(', ')}${table.headers.length > 12 ? ' …' : ''}).`,
        suggestion: 'Name the column 姓名 (name) or 标题 (title), or map one, e.g. --map name=作者.',
      }),
    );
    return finish({ ...base, fatal: true }, [], new Map(), columns, null);
  }
  const hasPhotoColumn = mapped.some((c) => c.field === 'photos');
  if (hasPhotoColumn && !photoIndex) {
    problems.push(
      problem({
        severity: 'error',
        key: 'PHOTOS_NOT_GIVEN',
        message: 'The file names photos, but no photo folder was given.',
        suggestion: 'Choose the folder with the photos (--photos <folder>), or leave that column out (--map ignore=<column>).',
      }),
    );
    return finish({ ...base, fatal: true }, [], new Map(), columns, null);
  }
  const collection = chooseCollection(db, request.collection, mapped.some((c) => c.field === 'collection'));
  if ('fatal' in collection) {
    problems.push(collection.fatal);
    return finish({ ...base, fatal: true }, [], new Map(), columns, null);
  }

  const drafts = table.records.map((r) =>
    buildRow(r, {
      columns,
      where,
      defaultStatus: request.status ?? 'draft',
      defaultCollection: collection.default,
      findCollection: collection.find,
      collectionNames: collection.names,
      collectionTitles: collection.titles,
    }),
  );
  // The drafts carry everything from here on; the raw cells of a 60,000-row file need not stay in memory.
  table.records = [];
  for (const d of drafts) problems.push(...d.problems);
  const rejected = new Set<number>([...table.badLines]);
  for (const d of drafts) if (d.problems.some((p) => p.severity === 'error')) rejected.add(d.line);

  const { copies: skipAsCopy, inFile } = findInFileDuplicates(drafts, rejected, problems, where);

  const { photoList, prepared, rowMedia, byHash, rowFiles, setAside } = await photoStep({ db, root, drafts, rejected, skipAsCopy, photoIndex, hasPhotoColumn, problems, where, progress });

  // Compare with the archive.
  const existing = lookupExisting(db, drafts.map((d) => d.uid));
  const rows: PlannedRow[] = [];
  const allowed = loadAllowedTerms(db);
  const inArchive: ImportPlanReport['duplicates']['inArchive'] = [];
  const people = lookupPeople(db, drafts.filter((d) => !existing.has(d.uid)).map((d) => (d.input.name as { zh: string } | undefined)?.zh ?? '').filter(Boolean));
  for (const d of drafts) {
    const id = existing.get(d.uid) ?? null;
    if (rejected.has(d.line)) {
      rows.push({ draft: d, action: 'rejected', exhibitId: id, input: null, changed: [], photoHashes: [] });
      continue;
    }
    if (skipAsCopy.has(d.line)) {
      rows.push({ draft: d, action: 'unchanged', exhibitId: id, input: null, changed: [], photoHashes: [] });
      continue;
    }
    const media = (rowMedia.get(d.line) ?? []).map((m) => withoutKnownText(db, m));
    let before: ExhibitInput | null = null;
    let raw: ExhibitInputRaw;
    if (id !== null) {
      before = readExhibitInput(db, id);
      raw = mergeExhibit(before!, d.input, d.given, media);
      inArchive.push({ line: d.line, exhibitId: id, uid: d.uid, label: d.label, by: 'uid' });
    } else {
      raw = newExhibit(d.input, media);
      const name = (d.input.name as { zh: string } | undefined)?.zh;
      const same = name ? (people.get(name) ?? []).filter((p) => (d.input.birthYear === undefined || p.birthYear === null || p.birthYear === d.input.birthYear) && p.uid !== d.uid) : [];
      for (const p of same.slice(0, 3)) {
        inArchive.push({ line: d.line, exhibitId: p.id, uid: p.uid, label: d.label, by: 'person' });
        problems.push(problem({ severity: 'warning', key: p.birthYear ? 'POSSIBLE_DUPLICATE_IN_ARCHIVE.born' : 'POSSIBLE_DUPLICATE_IN_ARCHIVE', line: d.line, field: 'name', value: name!, params: { name: name!, id: p.id, uid: p.uid, ...(p.birthYear ? { born: p.birthYear } : {}) }, message: `${cap(where(d.line))}: "${name}"${p.birthYear ? ` (born ${p.birthYear})` : ''} may already be in the archive as exhibit ${p.id} (id ${p.uid}); this row would add a second entry.`, suggestion: `If it is the same person, put "${p.uid}" in the row's 编号 (uid) column so the import updates that exhibit instead.` }));
      }
    }
    let parsed = parseExhibit(raw);
    if (parsed.ok && parsed.value.status === 'published' && before?.status !== 'published') {
      const facts = new Map(parsed.value.media.map((m) => [m.sha256, { prepared: prepared.get(m.sha256), ...mediaText(db, m.sha256) }]));
      const blockers = publishFindings(parsed.value, facts, allowed);
      if (blockers.length) {
        raw = { ...raw, status: 'draft' };
        parsed = parseExhibit(raw);
        const rules = [...new Set(blockers.map((b) => b.rule))];
        problems.push(problem({ severity: 'warning', key: 'PUBLISH_HELD', line: d.line, field: 'status', value: 'published', params: { label: d.label, rules }, message: `${cap(where(d.line))} ("${d.label}") asks to be published, but the content check blocks it (${blockers.slice(0, 3).map((b) => b.message).join(' ')}); it is imported as a draft.`, suggestion: 'Fix the findings in the workspace, then publish it there.' }));
      }
    }
    if (!parsed.ok) {
      problems.push(problem({ severity: 'error', key: parsed.key, line: d.line, field: parsed.field, params: parsed.params, message: `${cap(where(d.line))}, ${parsed.field}: ${parsed.message}.`, suggestion: null }));
      rows.push({ draft: d, action: 'rejected', exhibitId: id, input: null, changed: [], photoHashes: [] });
      continue;
    }
    const action: RowAction = before ? (isUnchanged(before, parsed.value) ? 'unchanged' : 'update') : 'new';
    const changed = before && action === 'update' ? changedFields(before, parsed.value) : [];
    if (action !== 'unchanged') problems.push(...lintRowText(parsed.value, d.line, where, allowed));
    rows.push({ draft: d, action, exhibitId: id, input: raw, changed, photoHashes: media.map((m) => m.sha256) });
  }

  const photoDupes = [...byHash.entries()].filter(([, v]) => v.files.size > 1 || v.lines.size > 1).map(([sha256, v]) => ({ sha256, files: [...v.files], lines: [...v.lines] }));
  for (const dup of photoDupes) {
    const dupKey = dup.files.length > 1 && dup.lines.length > 1 ? 'PHOTO_DUPLICATE.both' : dup.files.length > 1 ? 'PHOTO_DUPLICATE.names' : 'PHOTO_DUPLICATE.rows';
    problems.push(problem({ severity: 'warning', key: dupKey, value: dup.files.join(', '), line: dup.lines[0] ?? null, field: 'photos', params: { files: dup.files.slice(0, 3), count: dup.files.length, lines: dup.lines.slice(0, 6) }, message: `The same photo (identical content) is used ${dup.files.length > 1 ? `under ${dup.files.length} file names (${dup.files.slice(0, 3).join(', ')})` : ''}${dup.lines.length > 1 ? ` by rows ${dup.lines.slice(0, 6).join(', ')}` : ''}; it is stored once.`, suggestion: 'Check that each person has their own photo.' }));
  }
  const rejectedLines = new Set(rows.filter((r) => r.action === 'rejected').map((r) => r.draft.line));
  const { unused, ofRejected } = photoUse(photoIndex, rowFiles, setAside, photoList, rejectedLines);
  return finish({ ...base, fatal: false, inArchive, photoDupes, unused, ofRejected, photoList, inFile }, rows, prepared, columns, collection.planned);
}

type FinishBase = {
  name: string;
  bytes: number;
  planId: string;
  table: SourceTable;
  problems: ImportProblem[];
  fatal?: boolean;
  inArchive?: ImportPlanReport['duplicates']['inArchive'];
  photoDupes?: ImportPlanReport['duplicates']['photos'];
  unused?: string[];
  ofRejected?: ImportPlanReport['photos']['ofRejected'];
  photoList?: PhotoOutcome[];
  inFile?: ImportPlanReport['duplicates']['inFile'];
};

function finish(
  base: FinishBase,
  rows: PlannedRow[],
  prepared: Map<string, PreparedMedia>,
  columns: ReturnType<typeof resolveColumns>['columns'],
  collection: PlannedCollection | null,
): Plan {
  const report = buildReport({ ...base, fatal: base.fatal ?? base.table.fatal, rows, columns, collection });
  return { report, rows, prepared, collection };
}


export function assertApplicable(plan: Plan, skipRejected: boolean): void {
  const r = plan.report;
  if (r.fatal) {
    const first = r.problems.find((p) => p.severity === 'error');
    throw importError('IMPORT_UNREADABLE', `${r.source.name} cannot be imported: ${first?.message ?? 'the file is unreadable.'}${first?.suggestion ? ` ${first.suggestion}` : ''}`, { file: r.source.name }, { planId: r.planId });
  }
  if (r.counts.rejected > 0 && !skipRejected) {
    const lines = plan.rows.filter((x) => x.action === 'rejected').map((x) => x.draft.line);
    throw importError(
      'IMPORT_BLOCKED',
      `${r.source.name}: ${r.counts.rejected} row(s) have problems that must be fixed first (${lines.slice(0, 8).join(', ')}${lines.length > 8 ? ' …' : ''}). Fix them in the file and import again, or choose to import only the ${r.counts.new + r.counts.updated + r.counts.unchanged} rows without problems.`,
      { file: r.source.name, count: r.counts.rejected, lines: lines.slice(0, 8), ok: r.counts.new + r.counts.updated + r.counts.unchanged },
      { planId: r.planId, rejected: r.counts.rejected },
    );
  }
  if (r.counts.new + r.counts.updated === 0 && !plan.collection?.created) {
    throw importError('IMPORT_NOTHING', `${r.source.name}: there is nothing to import (${r.counts.unchanged} row(s) already match the archive${r.counts.rejected ? `, ${r.counts.rejected} rejected` : ''}).`, { file: r.source.name, unchanged: r.counts.unchanged, rejected: r.counts.rejected }, { planId: r.planId });
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
