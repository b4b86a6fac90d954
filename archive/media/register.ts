import type Database from 'better-sqlite3';
import type { LocalText } from '../api/contract';
import { recordChange } from '../audit/log';
import { writeTranslations } from '../content/translations';
import type { PreparedMedia } from './prepare';

export interface MediaText {
  alt?: LocalText;
  caption?: LocalText;
  credit?: string;
  sample?: boolean;
}

/**
 * Records a prepared image in the database (synchronous, so it can join the caller's transaction). An image
 * already present keeps its row; its text is only filled where it was empty.
 */
export function registerMedia(db: Database.Database, p: PreparedMedia, text: MediaText, actor: string): 'created' | 'existing' {
  const exists = db.prepare('SELECT 1 FROM media WHERE sha256 = ?').get(p.sha256);
  const putDerivative = db.prepare(
    `INSERT INTO media_derivatives (sha256, variant, mime, width, height, bytes) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (sha256, variant) DO UPDATE SET mime = excluded.mime, width = excluded.width, height = excluded.height, bytes = excluded.bytes`,
  );
  if (exists) {
    for (const d of p.derivatives) putDerivative.run(p.sha256, d.variant, d.mime, d.width, d.height, d.bytes);
    return 'existing';
  }
  const row = {
    sha256: p.sha256,
    mime: p.mime,
    ext: p.ext,
    bytes: p.bytes,
    width: p.width,
    height: p.height,
    alt: text.alt?.zh ?? '',
    caption: text.caption?.zh ?? '',
    credit: text.credit ?? '',
    original_name: p.originalName,
    sample: text.sample ? 1 : 0,
  };
  db.prepare(
    `INSERT INTO media (sha256, mime, ext, bytes, width, height, alt, caption, credit, original_name, sample)
     VALUES (@sha256, @mime, @ext, @bytes, @width, @height, @alt, @caption, @credit, @original_name, @sample)`,
  ).run(row);
  for (const d of p.derivatives) putDerivative.run(p.sha256, d.variant, d.mime, d.width, d.height, d.bytes);
  if (text.alt) writeTranslations(db, 'media', p.sha256, 'alt', text.alt);
  if (text.caption) writeTranslations(db, 'media', p.sha256, 'caption', text.caption);
  recordChange(db, { actor, action: 'media.add', entity: 'media', entityId: p.sha256, before: null, after: { ...row, alt: text.alt, caption: text.caption } });
  return 'created';
}
