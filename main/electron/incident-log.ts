import fs from 'node:fs';
import path from 'node:path';

export interface IncidentLogOptions {
  dir: string;
  /** Rotate when the current file would grow past this. */
  maxBytes?: number;
  /** Rotated files kept beside the current one (incidents.1.log is the newest). */
  keep?: number;
  now?: () => Date;
}

export interface IncidentLog {
  readonly file: string;
  record(kind: string, detail?: Record<string, unknown>): void;
}

const FILE = 'incidents.log';

/**
 * Every crash, hang, reload and restart, one JSON line each with a timestamp, in the user-data folder, so a
 * technician can tell what happened last week. Bounded: rotated by size and only a few files kept, so a
 * crash loop can never fill the disk. Logging never throws: a full disk must not take the kiosk down.
 */
export function createIncidentLog(opts: IncidentLogOptions): IncidentLog {
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  const keep = Math.max(1, opts.keep ?? 5);
  const now = opts.now ?? (() => new Date());
  const file = path.join(opts.dir, FILE);
  const rotated = (n: number) => path.join(opts.dir, `incidents.${n}.log`);

  const rotate = () => {
    fs.rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) if (fs.existsSync(rotated(n))) fs.renameSync(rotated(n), rotated(n + 1));
    fs.renameSync(file, rotated(1));
  };

  return {
    file,
    record(kind, detail = {}) {
      try {
        const line = `${JSON.stringify({ at: now().toISOString(), kind: String(kind).slice(0, 64), ...detail }).slice(0, 8192)}\n`;
        fs.mkdirSync(opts.dir, { recursive: true });
        let size = 0;
        try {
          size = fs.statSync(file).size;
        } catch {
          size = 0;
        }
        if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
        fs.appendFileSync(file, line);
      } catch {
        // Nowhere left to report to; the kiosk carries on.
      }
    },
  };
}
