import type Database from 'better-sqlite3';
import type { MediaRef } from '../api/contract';
import { loadTranslations, localText } from './translations';

interface MediaRow {
  sha256: string;
  mime: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  sample: number;
  thumb_w: number | null;
  thumb_h: number | null;
  screen_w: number | null;
  screen_h: number | null;
}

const SELECT = `
  SELECT m.sha256, m.mime, m.width, m.height, m.alt, m.caption, m.credit, m.sample,
         t.width AS thumb_w, t.height AS thumb_h, s.width AS screen_w, s.height AS screen_h
  FROM media m
  LEFT JOIN media_derivatives t ON t.sha256 = m.sha256 AND t.variant = 'thumb'
  LEFT JOIN media_derivatives s ON s.sha256 = m.sha256 AND s.variant = 'screen'`;

/** Media rows by hash, in one query, with their translations. Unknown hashes are simply absent. */
export function loadMediaRefs(db: Database.Database, hashes: readonly string[]): Map<string, MediaRef> {
  const out = new Map<string, MediaRef>();
  const unique = [...new Set(hashes)];
  if (unique.length === 0) return out;
  const rows = db.prepare<[string], MediaRow>(`${SELECT} WHERE m.sha256 IN (SELECT value FROM json_each(?))`).all(JSON.stringify(unique));
  const tr = loadTranslations(db, 'media', unique);
  for (const r of rows) {
    const f = tr.get(r.sha256);
    out.set(r.sha256, {
      sha256: r.sha256,
      mime: r.mime,
      width: r.width,
      height: r.height,
      thumb: { width: r.thumb_w ?? r.width, height: r.thumb_h ?? r.height },
      screen: { width: r.screen_w ?? r.width, height: r.screen_h ?? r.height },
      alt: localText(r.alt, f, 'alt'),
      caption: localText(r.caption, f, 'caption'),
      credit: r.credit,
      sample: r.sample === 1,
    });
  }
  return out;
}
