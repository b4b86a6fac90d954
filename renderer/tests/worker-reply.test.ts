import { describe, expect, it } from 'vitest';
import { envelopeOf, OFFLINE } from '../src/api/worker-reply';

describe('envelopeOf (the HTTP worker posts the body text back; the page parses it)', () => {
  it('parses an envelope, ok or not, as the archive sent it', () => {
    const ok = { ok: true, value: { query: 'lzw', total: 1, hits: [{ exhibit: { id: 7, name: '刘志伟' } }] } };
    expect(envelopeOf({ id: 1, status: 200, text: JSON.stringify(ok) })).toEqual(ok);
    const refused = { ok: false, error: { code: 'BAD_INPUT', message: 'Invalid input for search: q: too long' } };
    expect(envelopeOf({ id: 2, status: 400, text: JSON.stringify(refused) })).toEqual(refused);
  });

  it('turns a body that is not JSON (a proxy page, a cut-off reply) into an INTERNAL error with the status', () => {
    for (const text of ['<html>502 Bad Gateway</html>', '{"ok":true,"value":{"hits":[', '']) {
      expect(envelopeOf({ id: 3, status: 502, text })).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'The archive answered 502 without a result.' } });
    }
  });

  it('reports a call nothing answered as OFFLINE', () => {
    expect(envelopeOf({ id: 4, offline: true })).toBe(OFFLINE);
    expect(OFFLINE.ok).toBe(false);
  });
});
