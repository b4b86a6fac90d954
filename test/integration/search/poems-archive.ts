import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ExhibitInputRaw } from '../../../archive/api/contract';
import { upsertCollection } from '../../../archive/content/collection-write';
import { withStatementCache } from '../../../archive/db/statement-cache';
import { upsertExhibit } from '../../../archive/content/exhibit-write';

/** A record of zh-poems.jsonl. */
export interface Poem {
  id: string;
  title: string;
  author: string;
  dynasty: string;
  text: string;
}

export const SAMPLE_POEMS = path.resolve(import.meta.dirname, '../../fixtures/poems/zh-poems-sample.jsonl');
export const FULL_POEMS = '/work/shared/data/zh-poems.jsonl';
export const POEM_COLLECTION = 'poems';

/** Reads a JSONL file of poems; a bad line stops with its line number rather than loading half a file. */
export function readPoems(file: string): Poem[] {
  const out: Poem[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let r: unknown;
      try {
        r = JSON.parse(line);
      } catch {
        throw new Error(`${file} line ${i + 1} is not JSON`);
      }
      const p = r as Partial<Poem>;
      if (![p.id, p.title, p.author, p.dynasty, p.text].every((v) => typeof v === 'string')) throw new Error(`${file} line ${i + 1} lacks id, title, author, dynasty or text`);
      out.push(p as Poem);
    });
  return out;
}

/** The mapping: title→title, author→name, text→body, dynasty→tag. */
export function poemInput(p: Poem, status: 'published' | 'draft' = 'published'): ExhibitInputRaw {
  return { uid: p.id, collection: POEM_COLLECTION, kind: 'panel', status, title: p.title, name: p.author, body: p.text, tags: p.dynasty ? [p.dynasty] : [] };
}

/**
 * Loads poems through the engine's normal write path (upsertExhibit: validation, translations, tags, audit
 * log, search triggers), a thousand to a transaction. upsertExhibit prepares its statements on every call,
 * which dominates a bulk load; for the load only, prepared statements are reused (same SQL, same rows).
 */
export function loadPoems(db: Database.Database, poems: readonly Poem[], status: 'published' | 'draft' = 'published'): void {
  upsertCollection(db, { slug: POEM_COLLECTION, layout: 'photos', title: { zh: '诗词', en: 'Poems' } }, 'test');
  const cached = withStatementCache(db);
  for (let i = 0; i < poems.length; i += 1000) {
    cached.transaction(() => {
      for (const p of poems.slice(i, i + 1000)) upsertExhibit(cached, poemInput(p, status), 'test');
    })();
  }
}
