import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../../archive/archive';
import { contract, methodNames, type MethodName } from '../../../archive/api/contract';
import { createDispatcher, type AccessGate, type Dispatch } from '../../../archive/api/dispatch';
import { createHandlers } from '../../../archive/api/handlers';
import { makeTempDir } from '../../support/temp-dir';
import { shapeOf, typeOf, wrongValuesFor } from './support/zod-shape';

// A gate that admits everyone as an admin: these tests are about what the schemas let through, so access
// control must not answer first.
const openGate: AccessGate = {
  admit: (_m, _a, caller) => ({ ...caller, curator: { id: 1, name: 'test', role: 'admin' } }),
  audienceFor: () => 'visitor',
};

let tmp: ReturnType<typeof makeTempDir>;
let archive: Archive;
let dispatch: Dispatch;
const caller = { sessionKey: 'test', audience: 'visitor' as const };

beforeAll(() => {
  tmp = makeTempDir('hak-hostile-');
  archive = openArchive(path.join(tmp.dir, 'a'), { create: true });
  dispatch = createDispatcher(createHandlers({ archive }), openGate, () => {});
});
afterAll(() => {
  archive.close();
  tmp.cleanup();
});

/** Payloads that are wrong for every method, whatever its fields. */
const WHOLE: [string, unknown][] = [
  ['a number', 42],
  ['a string', 'getExhibit'],
  ['true', true],
  ['an array', []],
  ['an array of objects', [{}]],
  ['an unknown key', { __hostile__: 1 }],
  ['a constructor key', { constructor: { prototype: { polluted: true } } }],
  ['a __proto__ key from JSON', JSON.parse('{"__proto__": {"polluted": true}}')],
  ['deep nesting', { __hostile__: JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`) }],
  ['a huge key', { ['k'.repeat(100_000)]: 1 }],
];

describe('every API method refuses malformed payloads', () => {
  it.each(methodNames.map((m) => [m]))('%s: whole-payload garbage is BAD_INPUT, never a crash', async (method) => {
    for (const [label, payload] of WHOLE) {
      const r = await dispatch(method, payload, caller);
      expect(r.ok, `${method} accepted ${label}`).toBe(false);
      if (!r.ok) expect(r.error.code, `${method} with ${label}: ${r.error.message}`).toBe('BAD_INPUT');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(methodNames.map((m) => [m]))('%s: a wrong type in any field is refused, naming that field', async (method) => {
    const schema = contract[method as MethodName].input;
    const shape = shapeOf(schema);
    expect(shape, `${method}'s input should be an object`).not.toBeNull();
    for (const [key, field] of Object.entries(shape ?? {})) {
      const wrong = wrongValuesFor(typeOf(field));
      expect(wrong, `${method}.${key} has a field type (${typeOf(field)}) this test cannot attack; extend support/zod-shape.ts`).not.toBeNull();
      for (const value of wrong ?? []) {
        const r = await dispatch(method, { [key]: value }, caller);
        expect(r.ok, `${method} accepted ${key}=${JSON.stringify(value)}`).toBe(false);
        if (!r.ok) expect(r.error.code).toBe('BAD_INPUT');
        const parsed = schema.safeParse({ [key]: value });
        expect(parsed.success).toBe(false);
        expect(
          parsed.error?.issues.some((i) => i.path[0] === key),
          `${method}.${key}=${JSON.stringify(value)} was not reported against ${key}`,
        ).toBe(true);
      }
    }
  });

  it('answers an unknown or inherited method name as unknown, not as a crash', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'search ', 'SEARCH']) {
      const r = await dispatch(name, {}, caller);
      expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });
});
