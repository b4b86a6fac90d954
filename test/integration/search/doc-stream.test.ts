// The full build reads exhibits through one streaming statement; the incremental path reads them by id.
// Both must see the same documents, down to the order of tags, translations and photo captions.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../archive/archive';
import { loadSourceDocs } from '../../../archive/search/doc-source';
import { streamSourceDocs } from '../../../archive/search/doc-stream';
import { makeTempDir } from '../../support/temp-dir';

const tmp = makeTempDir('hak-search-stream-');
afterAll(() => tmp.cleanup());

describe('streamSourceDocs', () => {
  it('reads every exhibit as loadSourceDocs does, in ascending ids', () => {
    const archive = openArchive(path.join(tmp.dir, 'a'), { create: true });
    try {
      const db = archive.db;
      db.prepare(`INSERT INTO collections (id, slug, title) VALUES (1, 'heroes', '英雄'), (2, 'history', '历程')`).run();
      // Ids whose text order differs from their numeric order (translations key exhibits by text).
      const ids = [2, 9, 10, 100, 101];
      const insert = db.prepare(`INSERT INTO exhibits (id, uid, collection_id, status, hidden, name, title, hometown, unit, honours, body, date_precision, date_start)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      insert.run(2, 'e2', 1, 'published', 0, '单雄信', '', '赤峰市', '边防三团', '一等功', '守护界碑。', 'year', '1990');
      insert.run(9, 'e9', 1, 'draft', 0, '巴特尔', '', '', '', '', '', 'unknown', null);
      insert.run(10, 'e10', 2, 'published', 1, '', '抗洪抢险', '', '', '', '在𠀋地救援。', 'year', '1998');
      insert.run(100, 'e100', 2, 'published', 0, '', '旧址', '', '', '', '', 'unknown', null);
      insert.run(101, 'e101', 1, 'published', 0, '其木格', '', '', '', '', '', 'unknown', null);
      const tag = db.prepare('INSERT INTO exhibit_tags (exhibit_id, tag) VALUES (?, ?)');
      for (const [id, t] of [[2, '边防'], [2, '抗洪'], [2, '烈士'], [10, '双拥模范'], [101, '军嫂']] as const) tag.run(id, t);
      const tr = db.prepare(`INSERT INTO translations (entity, entity_id, field, lang, value) VALUES (?, ?, ?, ?, ?)`);
      for (const [id, field, lang, value] of [
        [2, 'name', 'mn', 'ᠰᠢᠩ'],
        [2, 'name', 'en', 'Shan Xiongxin'],
        [2, 'unit', 'en', 'Border Regiment 3'],
        [2, 'credit', 'en', 'not searched'],
        [10, 'title', 'en', 'Flood relief'],
        [10, 'body', 'mn', 'ᠤᠰᠤ'],
        [100, 'body', 'en', 'Only a translation'],
      ] as const) tr.run('exhibit', String(id), field, lang, value);
      const media = db.prepare(`INSERT INTO media (sha256, mime, ext, bytes, width, height, caption, alt) VALUES (?, 'image/webp', 'webp', 1, 1, 1, ?, ?)`);
      const sha = (c: string) => c.repeat(64);
      media.run(sha('a'), '界碑前留影', '');
      media.run(sha('b'), '  ', '草原上的哨所');
      media.run(sha('c'), '合影', '合影');
      const link = db.prepare('INSERT INTO exhibit_media (exhibit_id, sha256, position) VALUES (?, ?, ?)');
      link.run(2, sha('b'), 0);
      link.run(2, sha('a'), 1);
      link.run(10, sha('c'), 0);
      link.run(101, sha('a'), 0);
      for (const [s, field, lang, value] of [
        ['a', 'caption', 'en', 'At the boundary marker'],
        ['a', 'caption', 'mn', 'ᠬᠢᠯᠢ'],
        ['b', 'alt', 'en', 'A post on the grassland'],
        ['c', 'caption', 'en', 'Group photo'],
        ['c', 'alt', 'en', 'Group photo (alt)'],
      ] as const) tr.run('media', sha(s), field, lang, value);

      const streamed = [...streamSourceDocs(db)];
      expect(streamed.map((d) => d.id)).toEqual(ids);
      expect(streamed).toEqual(loadSourceDocs(db, null));
      expect(streamed).toEqual(loadSourceDocs(db, ids));
      // The cases the rows above were written for: sorted tags, a translation-only exhibit, both photo texts.
      expect(streamed[0]!.tags).toEqual(['抗洪', '烈士', '边防']);
      expect(streamed[0]!.captions).toEqual(['草原上的哨所', '界碑前留影']);
      expect(streamed[3]!.translations).toEqual([{ lang: 'en', field: 'body', value: 'Only a translation' }]);
    } finally {
      archive.close();
    }
  });
});
