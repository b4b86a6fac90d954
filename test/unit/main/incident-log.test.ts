import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createIncidentLog } from '../../../main/electron/incident-log';
import { makeTempDir } from '../../support/temp-dir';

let tmp: ReturnType<typeof makeTempDir> | null = null;
afterEach(() => tmp?.cleanup());

describe('rotating incident log', () => {
  it('writes one timestamped JSON line per incident', () => {
    tmp = makeTempDir('hak-log-');
    let t = Date.UTC(2026, 0, 1, 12, 0, 0);
    const log = createIncidentLog({ dir: path.join(tmp.dir, 'logs'), now: () => new Date((t += 1000)) });
    log.record('render-process-gone', { reason: 'crashed', exitCode: 11 });
    log.record('reload');
    const lines = fs.readFileSync(log.file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { at: '2026-01-01T12:00:01.000Z', kind: 'render-process-gone', reason: 'crashed', exitCode: 11 },
      { at: '2026-01-01T12:00:02.000Z', kind: 'reload' },
    ]);
  });

  it('rotates by size and keeps only a bounded number of files, newest first', () => {
    tmp = makeTempDir('hak-log-');
    let n = 0;
    const log = createIncidentLog({ dir: tmp.dir, maxBytes: 400, keep: 3, now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, n++)) });
    for (let i = 0; i < 200; i++) log.record('crash-loop', { i });
    const files = fs.readdirSync(tmp.dir).sort();
    expect(files).toEqual(['incidents.1.log', 'incidents.2.log', 'incidents.3.log', 'incidents.log']);
    for (const f of files) expect(fs.statSync(path.join(tmp.dir, f)).size).toBeLessThanOrEqual(400);
    const last = fs.readFileSync(path.join(tmp.dir, 'incidents.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).i);
    const previous = fs.readFileSync(path.join(tmp.dir, 'incidents.1.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).i);
    expect(last.at(-1)).toBe(199);
    expect(previous.at(-1)).toBe(last[0] - 1);
  });

  it('keeps a hostile detail to one bounded line and never throws, even when it cannot write', () => {
    tmp = makeTempDir('hak-log-');
    const log = createIncidentLog({ dir: tmp.dir });
    log.record('x'.repeat(500), { message: 'line1\nline2\u0000', big: 'y'.repeat(100_000) });
    const text = fs.readFileSync(log.file, 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(1);
    expect(text.length).toBeLessThanOrEqual(8193);
    const blocked = createIncidentLog({ dir: path.join(log.file, 'not-a-dir') });
    expect(() => blocked.record('crash')).not.toThrow();
  });
});
