import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../archive/db/migrate';
import { migrations } from '../../../archive/db/migrations';
import { sql as importLint } from '../../../archive/db/migrations/0004-import-lint';

describe('migration 0004 (content check tables)', () => {
  it('applies on top of the previous version with real rows, and enforces its rules', () => {
    const at = migrations.indexOf(importLint);
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, at);
    db.exec(`INSERT INTO media (sha256, mime, ext, bytes, width, height) VALUES ('${'a'.repeat(64)}', 'image/jpeg', 'jpg', 10, 800, 600)`);
    migrate(db, migrations, at + 1);
    expect(db.pragma('user_version', { simple: true })).toBe(at + 1);
    db.prepare('INSERT INTO lint_waivers (key, rule, entity, entity_id, reason, actor) VALUES (?, ?, ?, ?, ?, ?)').run('0123456789abcdef0123', 'contains-phone', 'exhibit', '1', '历史电话，已停用', 'curator');
    expect(() => db.prepare('INSERT INTO lint_waivers (key, rule, entity, entity_id, reason, actor) VALUES (?, ?, ?, ?, ?, ?)').run('short', 'r', 'e', '1', 'long enough', 'c')).toThrow(/CHECK/);
    expect(() => db.prepare('INSERT INTO lint_waivers (key, rule, entity, entity_id, reason, actor) VALUES (?, ?, ?, ?, ?, ?)').run('0123456789abcdef0124', 'r', 'e', '1', ' ok ', 'c')).toThrow(/CHECK/);
    db.prepare('INSERT INTO lint_allowed_terms (term, actor) VALUES (?, ?)').run('Leica', 'curator');
    expect(() => db.prepare('INSERT INTO lint_allowed_terms (term, actor) VALUES (?, ?)').run('leica', 'curator')).toThrow(/UNIQUE/);
    db.prepare('INSERT INTO media_fingerprints (sha256, dhash) VALUES (?, ?)').run('a'.repeat(64), '0f0f0f0f0f0f0f0f');
    db.exec(`DELETE FROM media`);
    expect(db.prepare('SELECT count(*) AS n FROM media_fingerprints').get()).toEqual({ n: 0 });
    db.close();
  });
});
