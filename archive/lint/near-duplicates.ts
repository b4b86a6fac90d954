// The same picture stored twice under different files (scanned twice, resized, re-saved as PNG) is found by a
// difference hash: 64 bits from a 9×8 grey thumbnail, close in Hamming distance for visually identical images.
// Hashes are cached per photo, so only new photos are decoded.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import sharp from 'sharp';
import type { LintNoteKey } from '../api/contract/lint-report';
import { mediaFilePath } from '../media/paths';
import { said, type Draft } from './finding';
import { LINT_LIMITS } from './limits';
import type { ExhibitForLint, MediaForLint } from './load';

export async function dhash(file: string): Promise<string> {
  const px = await sharp(file, { limitInputPixels: false }).grayscale().resize(9, 8, { fit: 'fill' }).raw().toBuffer();
  let hex = '';
  for (let y = 0; y < 8; y++) {
    let byte = 0;
    for (let x = 0; x < 8; x++) byte = (byte << 1) | (px[y * 9 + x]! < px[y * 9 + x + 1]! ? 1 : 0);
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}

function popcount32(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function hammingHex(a: string, b: string): number {
  return popcount32((parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0) + popcount32((parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16)) >>> 0);
}

async function fingerprints(db: Database.Database, root: string, media: readonly MediaForLint[]): Promise<Map<string, string>> {
  const known = new Map(db.prepare<[], { sha256: string; dhash: string }>('SELECT sha256, dhash FROM media_fingerprints').all().map((r) => [r.sha256, r.dhash]));
  const out = new Map<string, string>();
  let put: Database.Statement | null;
  try {
    put = db.prepare('INSERT OR REPLACE INTO media_fingerprints (sha256, dhash) VALUES (?, ?)');
  } catch {
    put = null; // a read-only connection still checks, it just cannot remember
  }
  for (const m of media) {
    const cached = known.get(m.sha256);
    if (cached) {
      out.set(m.sha256, cached);
      continue;
    }
    const thumb = mediaFilePath(root, m.sha256, 'thumb', 'webp');
    if (!fs.existsSync(thumb)) continue;
    try {
      const h = await dhash(thumb);
      out.set(m.sha256, h);
      try {
        put?.run(m.sha256, h);
      } catch {
        // read-only archive
      }
    } catch {
      // An unreadable thumbnail is verify's business, not the content check's.
    }
  }
  return out;
}

export interface LintNote {
  key: LintNoteKey;
  params: Record<string, string | number>;
  message: string;
}

export async function nearDuplicateFindings(db: Database.Database, root: string, media: readonly MediaForLint[], exhibits: ReadonlyMap<number, ExhibitForLint>, notes: LintNote[]): Promise<Draft[]> {
  if (media.length > LINT_LIMITS.nearDuplicateMaxPhotos) {
    notes.push({ key: 'near-duplicates-skipped', params: { count: media.length, max: LINT_LIMITS.nearDuplicateMaxPhotos }, message: `Near-duplicate photos were not compared: ${media.length} photos is over the ${LINT_LIMITS.nearDuplicateMaxPhotos} this check compares pairwise.` });
    return [];
  }
  const hashes = await fingerprints(db, root, media);
  const list = media.filter((m) => hashes.has(m.sha256));
  const out: Draft[] = [];
  const label = (m: MediaForLint) => exhibits.get(m.exhibits[0] ?? -1)?.label ?? m.sha256.slice(0, 8);
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (hammingHex(hashes.get(a.sha256)!, hashes.get(b.sha256)!) > LINT_LIMITS.nearDuplicateBits) continue;
      out.push({
        entity: 'media',
        entityId: b.sha256,
        exhibitId: b.exhibits[0] ?? null,
        label: `${label(b)} · ${b.sha256.slice(0, 8)}`,
        ...said('photo-near-duplicate', { other: a.sha256.slice(0, 8), label: label(a) }),
        severity: 'warning',
        field: null,
        lang: null,
        message: `This photo looks like the same picture as ${a.sha256.slice(0, 8)} (shown for ${label(a)}), stored as a different file.`,
        suggestion: 'If it is the same picture, keep one copy; if they are different pictures, ignore this.',
        token: a.sha256,
      });
    }
  }
  return out;
}
