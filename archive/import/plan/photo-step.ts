// The photo half of a plan: which file each row means, then every distinct file prepared once through the
// media store (which refuses bad ones with its own codes), and each row's photos with their captions.
import type Database from 'better-sqlite3';
import type { ImportProblem, PhotoOutcome } from '../../api/contract/import-report';
import type { ImportProgress } from '../../api/contract/import-report';
import type { PreparedMedia } from '../../media/prepare';
import { importTuning } from '../limits';
import { matchByName, matchReference, type PhotoFile, type PhotoIndex } from '../photos/photo-index';
import { preparePhotos, type PhotoResult } from '../photos/prepare-photos';
import type { RowDraft } from '../rows/build-row';
import { messageKey, type MessageParams } from '../../api/contract/import-report';
import { splitKey } from '../messages';
import { problem } from '../source/table';
import type { RowMedia } from './merge';

export interface PhotoStepInput {
  db: Database.Database;
  root: string;
  drafts: readonly RowDraft[];
  rejected: Set<number>;
  skipAsCopy: ReadonlySet<number>;
  photoIndex: PhotoIndex | null;
  hasPhotoColumn: boolean;
  problems: ImportProblem[];
  where: (line: number) => string;
  progress: (p: ImportProgress) => void;
}

export async function photoStep({ db, root, drafts, rejected, skipAsCopy, photoIndex, hasPhotoColumn, problems, where, progress }: PhotoStepInput) {
// Photos: what each row names (or, without a photo column, files named after the person).
const rowFiles = new Map<number, { ref: string; file: PhotoFile | null; near: string[]; ambiguous: string[] }[]>();
// Files that rows already rejected (or skipped as copies) ask for: not prepared, only told apart from files
// nobody asked for, so the report can say they wait for those rows to be corrected.
const setAside = new Map<number, PhotoFile[]>();
if (photoIndex) {
  for (const s of photoIndex.skipped) problems.push(problem({ severity: 'warning', key: `PHOTO_SKIPPED.${s.why}`, value: s.rel, params: { file: s.rel, ...(s.error ? { error: s.error } : {}) }, message: `Photo folder entry "${s.rel}" ${s.reason}.`, suggestion: null }));
  const nameClaims = new Map<string, number[]>();
  if (!hasPhotoColumn) for (const d of drafts) if (!rejected.has(d.line)) for (const f of matchByName(photoIndex, [d.label, d.uidGiven ? d.uid : ''])) nameClaims.set(f.abs, [...(nameClaims.get(f.abs) ?? []), d.line]);
  for (const d of drafts) {
    if (rejected.has(d.line) || skipAsCopy.has(d.line)) {
      const files = hasPhotoColumn
        ? d.photoRefs.flatMap((ref) => {
            const m = matchReference(photoIndex, ref);
            return m.kind === 'found' ? [m.file] : [];
          })
        : matchByName(photoIndex, [d.label, d.uidGiven ? d.uid : '']);
      if (files.length) setAside.set(d.line, files);
      continue;
    }
    if (hasPhotoColumn) {
      rowFiles.set(
        d.line,
        d.photoRefs.map((ref) => {
          const m = matchReference(photoIndex, ref);
          return m.kind === 'found' ? { ref, file: m.file, near: [], ambiguous: [] } : m.kind === 'ambiguous' ? { ref, file: null, near: [], ambiguous: m.files.map((f) => f.rel) } : { ref, file: null, near: m.near, ambiguous: [] };
        }),
      );
    } else {
      const files = matchByName(photoIndex, [d.label, d.uidGiven ? d.uid : '']).filter((f) => nameClaims.get(f.abs)?.length === 1);
      const shared = matchByName(photoIndex, [d.label]).filter((f) => (nameClaims.get(f.abs)?.length ?? 0) > 1);
      if (shared.length) {
        const lines = nameClaims.get(shared[0]!.abs)!;
        problems.push(problem({ severity: 'warning', key: 'PHOTO_NAME_SHARED', line: d.line, field: 'photos', value: shared.map((f) => f.rel).join(', '), params: { file: shared[0]!.rel, label: d.label, count: lines.length, lines }, message: `${cap(where(d.line))}: photo ${shared[0]!.rel} is named after "${d.label}", but ${lines.length} rows (${lines.join(', ')}) have that name, so it is not attached to any of them.`, suggestion: 'Add a 照片 (photo) column naming each row’s file.' }));
      }
      rowFiles.set(d.line, files.map((f) => ({ ref: d.label, file: f, near: [], ambiguous: [] })));
    }
  }
}
const unique = new Map<string, PhotoFile>();
for (const list of rowFiles.values()) for (const x of list) if (x.file) unique.set(x.file.abs, x.file);
progress({ phase: 'photos', done: 0, total: unique.size });
const results: Map<string, PhotoResult> = unique.size
  ? await preparePhotos(db, root, [...unique.values()], importTuning.photoConcurrency, (done) => progress({ phase: 'photos', done, total: unique.size }))
  : new Map();

const photoList: PhotoOutcome[] = [];
const prepared = new Map<string, PreparedMedia>();
const rowMedia = new Map<number, RowMedia[]>();
const byHash = new Map<string, { files: Set<string>; lines: Set<number> }>();
for (const d of drafts) {
  const list = rowFiles.get(d.line);
  if (!list) continue;
  const media: RowMedia[] = [];
  list.forEach((x, i) => {
    const outcome: PhotoOutcome = { line: d.line, reference: x.ref, file: x.file?.rel ?? null, status: 'missing', sha256: null, code: null, detail: null, params: {}, reason: null, inArchive: false };
    if (!x.file) {
      outcome.reason = x.ambiguous.length
        ? `"${x.ref}" matches several files (${x.ambiguous.slice(0, 3).join(', ')}); write the folder too, e.g. ${x.ambiguous[0]}.`
        : `"${x.ref}" is not in the photo folder${x.near.length ? ` (similar: ${x.near.join(', ')})` : ''}.`;
      const key = x.ambiguous.length ? 'PHOTO_AMBIGUOUS' : x.near.length ? 'PHOTO_MISSING.near' : 'PHOTO_MISSING';
      const params: MessageParams = x.ambiguous.length ? { ref: x.ref, files: x.ambiguous.slice(0, 3), example: x.ambiguous[0]! } : { ref: x.ref, ...(x.near.length ? { near: x.near } : {}) };
      Object.assign(outcome, { ...splitKey(key), params });
      problems.push(problem({ severity: 'error', key, line: d.line, field: 'photos', value: x.ref, params, message: `${cap(where(d.line))}: photo ${outcome.reason}`, suggestion: x.ambiguous.length ? 'Give the photo’s folder as well as its name.' : 'Check the spelling of the file name, or add the photo to the folder.' }));
    } else {
      const r = results.get(x.file.abs)!;
      if (!r.ok) {
        Object.assign(outcome, { status: 'refused', code: r.code, detail: r.detail, params: r.params, reason: r.reason });
        const refusal = messageKey({ code: r.code, detail: r.detail });
        problems.push(problem({ severity: 'error', key: 'PHOTO_REFUSED', line: d.line, field: 'photos', value: x.file.rel, params: { ...r.params, refusal }, message: `${cap(where(d.line))}: ${r.reason}`, suggestion: 'Replace the photo with a good JPEG or PNG scan, or remove it from the row.' }));
      } else {
        Object.assign(outcome, { status: 'matched', sha256: r.prepared.sha256, inArchive: r.inArchive });
        prepared.set(r.prepared.sha256, r.prepared);
        const dup = byHash.get(r.prepared.sha256) ?? { files: new Set(), lines: new Set() };
        dup.files.add(x.file.rel);
        dup.lines.add(d.line);
        byHash.set(r.prepared.sha256, dup);
        if (!media.some((m) => m.sha256 === r.prepared.sha256)) {
          media.push({ sha256: r.prepared.sha256, caption: d.photoText.caption[i] ?? (i === 0 ? d.photoText.caption[0] : undefined), alt: d.photoText.alt[i] ?? (i === 0 ? d.photoText.alt[0] : undefined), credit: d.photoText.credit || undefined });
        }
      }
    }
    photoList.push(outcome);
    if (outcome.status !== 'matched') rejected.add(d.line);
  });
  rowMedia.set(d.line, media);
}

  return { photoList, prepared, rowMedia, byHash, rowFiles, setAside };
}

/**
 * The folder's files by who asked for them: those no row named, and those only rows with errors named (with
 * their lines). A file a row that is imported uses is in neither; a refused file is reported as refused.
 */
export function photoUse(
  photoIndex: PhotoIndex | null,
  rowFiles: ReadonlyMap<number, readonly { file: PhotoFile | null }[]>,
  setAside: ReadonlyMap<number, readonly PhotoFile[]>,
  photoList: readonly PhotoOutcome[],
  rejectedLines: ReadonlySet<number>,
): { unused: string[]; ofRejected: { file: string; lines: number[] }[] } {
  if (!photoIndex) return { unused: [], ofRejected: [] };
  const used = new Set<string>();
  const waiting = new Map<string, Set<number>>();
  const claim = (line: number, f: PhotoFile) => {
    if (!rejectedLines.has(line)) used.add(f.abs);
    else waiting.set(f.abs, (waiting.get(f.abs) ?? new Set()).add(line));
  };
  for (const [line, list] of rowFiles) for (const x of list) if (x.file) claim(line, x.file);
  for (const [line, list] of setAside) for (const f of list) claim(line, f);
  const refused = new Set(photoList.filter((p) => p.status === 'refused').map((p) => p.file));
  const unused: string[] = [];
  const ofRejected: { file: string; lines: number[] }[] = [];
  for (const f of photoIndex.files) {
    if (used.has(f.abs)) continue;
    const lines = waiting.get(f.abs);
    if (!lines) unused.push(f.rel);
    else if (!refused.has(f.rel)) ofRejected.push({ file: f.rel, lines: [...lines].sort((a, b) => a - b) });
  }
  return { unused, ofRejected };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
