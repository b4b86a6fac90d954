import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../../archive/archive';
import { createDispatcher, type AccessGate } from '../../../archive/api/dispatch';
import { createHandlers } from '../../../archive/api/handlers';
import { upsertCollection } from '../../../archive/content/collection-write';
import { upsertExhibit } from '../../../archive/content/exhibit-write';
import { makeTempDir } from '../../support/temp-dir';

let archive: Archive;
let cleanup: () => void;
const visitor = { sessionKey: 'test', audience: 'visitor' as const };

beforeEach(() => {
  const t = makeTempDir();
  cleanup = t.cleanup;
  archive = openArchive(t.dir, { create: true });
  upsertCollection(archive.db, { slug: 'heroes', title: { zh: '英模肖像', en: 'Portraits of heroes' } }, 'test');
  upsertExhibit(archive.db, { uid: 'a', collection: 'heroes', name: '王大山', status: 'published' }, 'test');
  upsertExhibit(archive.db, { uid: 'b', collection: 'heroes', name: '草稿人', status: 'draft' }, 'test');
});
afterEach(() => {
  archive.close();
  cleanup();
});

describe('dispatcher', () => {
  it('answers a known method in an ok envelope', async () => {
    const d = createDispatcher(createHandlers({ archive }));
    const r = await d('listCollections', {}, visitor);
    expect(r.ok && (r.value as { collections: { slug: string; exhibitCount: number }[] }).collections).toEqual([
      expect.objectContaining({ slug: 'heroes', exhibitCount: 1 }),
    ]);
  });

  it.each([['__proto__'], ['constructor'], ['toString'], ['hasOwnProperty'], [''], ['listcollections']])('refuses the unknown method %j', async (name) => {
    const d = createDispatcher(createHandlers({ archive }));
    const r = await d(name, {}, visitor);
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_METHOD' }) });
  });

  it.each([
    [{ id: '1' }],
    [{ id: -1 }],
    [{ id: 1.5 }],
    [{ id: 1, extra: true }],
    [null],
    [[1]],
    ['1'],
  ])('refuses malformed getExhibit input %j with BAD_INPUT naming the field', async (input) => {
    const d = createDispatcher(createHandlers({ archive }));
    const r = await d('getExhibit', input, visitor);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('BAD_INPUT');
  });

  it('never shows drafts to visitors but shows them to a curator preview', async () => {
    const previewGate: AccessGate = { admit: (_m, _a, c) => c, audienceFor: () => 'curator' };
    const asVisitor = await createDispatcher(createHandlers({ archive }))('listExhibits', { collection: 'heroes' }, visitor);
    const asPreview = await createDispatcher(createHandlers({ archive }), previewGate)('listExhibits', { collection: 'heroes' }, visitor);
    expect(asVisitor.ok && (asVisitor.value as { total: number }).total).toBe(1);
    expect(asPreview.ok && (asPreview.value as { total: number }).total).toBe(2);
    const info = await createDispatcher(createHandlers({ archive }), previewGate)('getKioskInfo', {}, visitor);
    expect(info.ok && (info.value as { preview: boolean }).preview).toBe(true);
  });

  it('turns an engine error into its code and a message a person can act on', async () => {
    const d = createDispatcher(createHandlers({ archive }));
    const r = await d('listExhibits', { collection: 'nope' }, visitor);
    expect(r).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no collection "nope".' } });
  });

  it('hides an internal failure behind a calm message and logs the stack', async () => {
    const logged: string[] = [];
    const handlers = createHandlers({ archive });
    handlers.getFigures = () => {
      throw new Error('disk on fire');
    };
    const r = await createDispatcher(handlers, undefined, (m) => logged.push(m))('getFigures', {}, visitor);
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.not.stringContaining('disk on fire') } });
    expect(logged.join('\n')).toContain('disk on fire');
  });

  it('refuses a handler result that breaks the output schema', async () => {
    const handlers = createHandlers({ archive });
    handlers.getFigures = () => ({ figures: [{ nope: 1 }] }) as never;
    const r = await createDispatcher(handlers, undefined, () => {})('getFigures', {}, visitor);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INTERNAL');
  });
});
