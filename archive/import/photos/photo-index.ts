// The photos a curator brings: a folder from a USB stick or staged uploads with their original names. Rows
// name photos by file name (with or without extension or folder, any case, either Unicode form macOS or
// Windows wrote) or, with no photo column, by the person's name (王芳.jpg, 王芳-2.jpg). A name written in a
// cell is only ever compared with the listing: it is never joined into a path.
import fs from 'node:fs';
import path from 'node:path';
import { importError } from '../messages';
import { halfWidthAlnum } from '../normalise/text';
import type { PhotoSource } from '../request';

export interface PhotoFile {
  /** Path shown to the curator: relative to the photo folder, or the uploaded name. */
  rel: string;
  abs: string;
  size: number;
}

export interface PhotoIndex {
  files: PhotoFile[];
  byName: Map<string, PhotoFile[]>;
  byStem: Map<string, PhotoFile[]>;
  /** Files by the person they are named after: 王芳.jpg and 王芳-2.jpg both under 王芳, with their number. */
  byPerson: Map<string, { f: PhotoFile; n: number }[]>;
  /** Entries that could not be used at all (links, unreadable folders), with the reason. */
  skipped: { rel: string; why: 'gone' | 'unreadable' | 'link'; reason: string; error?: string }[];
}

const SKIP = /^(?:\.|__MACOSX$|Thumbs\.db$|desktop\.ini$)/i;
const MAX_FILES = 50_000;
const MAX_DEPTH = 6;

export function nameKey(s: string): string {
  return halfWidthAlnum(s.normalize('NFC')).trim().toLowerCase();
}

export function stemOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The last path segment of what a cell says ("照片/张三.jpg", "C:\\scans\\张三.jpg" → "张三.jpg"). */
export function baseOfReference(ref: string): string {
  const parts = ref.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

function push(map: Map<string, PhotoFile[]>, key: string, f: PhotoFile): void {
  const list = map.get(key);
  if (list) list.push(f);
  else map.set(key, [f]);
}

export function indexPhotos(source: PhotoSource): PhotoIndex {
  const index: PhotoIndex = { files: [], byName: new Map(), byStem: new Map(), byPerson: new Map(), skipped: [] };
  const add = (f: PhotoFile) => {
    index.files.push(f);
    const base = baseOfReference(f.rel);
    const stem = nameKey(stemOf(base));
    push(index.byName, nameKey(base), f);
    push(index.byStem, stem, f);
    const numbered = /^(.*?)[\s_\-(（]*(\d{1,3})[)）]?$/.exec(stem);
    const person = numbered && numbered[1] ? [numbered[1], Number(numbered[2])] as const : ([stem, 0] as const);
    index.byPerson.set(person[0], [...(index.byPerson.get(person[0]) ?? []), { f, n: person[1] }]);
    if (person[1] !== 0) index.byPerson.set(stem, [...(index.byPerson.get(stem) ?? []), { f, n: 0 }]);
  };
  if ('files' in source) {
    for (const f of source.files) {
      let size: number;
      try {
        size = fs.statSync(f.path).size;
      } catch {
        index.skipped.push({ rel: f.name, why: 'gone', reason: 'the uploaded file is no longer there' });
        continue;
      }
      // Keep the folder part of an uploaded name (input webkitdirectory sends "scans/1950/王芳.jpg"): it tells apart
      // files with the same name. It is a label only; the file read is the staged path.
      const rel = f.name.split(/[\\/]/).filter((p) => p && p !== '.' && p !== '..').join('/');
      add({ rel: rel || 'photo', abs: f.path, size });
    }
    return index;
  }
  const root = path.resolve(source.dir);
  let st: fs.Stats;
  try {
    st = fs.statSync(root);
  } catch {
    throw importError('PHOTOS_MISSING', `The photo folder ${source.dir} was not found.`, { dir: source.dir }, { dir: source.dir });
  }
  if (!st.isDirectory()) throw importError('PHOTOS_MISSING.file', `${source.dir} is a file, not a folder of photos.`, { dir: source.dir }, { dir: source.dir });
  const walk = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      const error = (e as NodeJS.ErrnoException).code ?? 'error';
      index.skipped.push({ rel: path.relative(root, dir) || '.', why: 'unreadable', reason: `cannot be read (${error})`, error });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (SKIP.test(e.name)) continue;
      const abs = path.join(dir, e.name);
      const rel = path.relative(root, abs).split(path.sep).join('/');
      if (e.isSymbolicLink()) {
        index.skipped.push({ rel, why: 'link', reason: 'is a link to somewhere else; copy the photo itself into the folder' });
      } else if (e.isDirectory()) {
        if (depth < MAX_DEPTH) walk(abs, depth + 1);
      } else if (e.isFile()) {
        if (index.files.length >= MAX_FILES) {
          throw importError('PHOTOS_TOO_MANY', `The photo folder holds more than ${MAX_FILES.toLocaleString('en')} files. Give only the folder with this import's photos.`, { max: MAX_FILES }, { dir: source.dir });
        }
        add({ rel, abs, size: fs.statSync(abs).size });
      }
    }
  };
  walk(root, 0);
  return index;
}

export type Match = { kind: 'found'; file: PhotoFile } | { kind: 'missing'; near: string[] } | { kind: 'ambiguous'; files: PhotoFile[] };

/** Finds the one file a cell names: exact name, then same name without extension; a path narrows ties. */
export function matchReference(index: PhotoIndex, ref: string): Match {
  const base = baseOfReference(ref.trim());
  const pick = (list: PhotoFile[] | undefined): Match | null => {
    if (!list || list.length === 0) return null;
    if (list.length === 1) return { kind: 'found', file: list[0]! };
    const wanted = nameKey(ref.replace(/\\/g, '/'));
    const exact = list.filter((f) => wanted.endsWith(nameKey(f.rel)) || nameKey(f.rel).endsWith(wanted));
    if (exact.length === 1) return { kind: 'found', file: exact[0]! };
    return { kind: 'ambiguous', files: list };
  };
  const m = pick(index.byName.get(nameKey(base))) ?? pick(index.byStem.get(nameKey(stemOf(base)))) ?? pick(index.byStem.get(nameKey(base)));
  if (m) return m;
  const stem = nameKey(stemOf(base));
  const near = index.files.filter((f) => stem.length >= 2 && nameKey(stemOf(baseOfReference(f.rel))).includes(stem)).slice(0, 3).map((f) => f.rel);
  return { kind: 'missing', near };
}

/** Photos named after a person when the sheet has no photo column: 王芳.jpg, 王芳-2.jpg, 王芳_3.png, 王芳(4).jpg. */
export function matchByName(index: PhotoIndex, names: readonly string[]): PhotoFile[] {
  const out = names.filter(Boolean).flatMap((n) => index.byPerson.get(nameKey(n)) ?? []);
  return [...new Map(out.sort((a, b) => a.n - b.n).map((o) => [o.f.abs, o.f])).values()];
}
