// Electronegativity exits 0 even with HIGH findings, so its report is parsed and every finding must be matched
// by a reviewed entry of allowlist.json (check, file and a piece of the flagged code), or the check fails.

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
}

export interface AllowEntry {
  check: string;
  file: string;
  /** A piece of the flagged code; a new finding of the same check elsewhere in the file is not covered. */
  sample?: string;
  /** Why this is safe here, and where the code meets the checklist item instead. */
  reason: string;
}

interface SarifResult {
  ruleId?: unknown;
  level?: unknown;
  message?: { text?: unknown };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: unknown }; region?: { startLine?: unknown; startColumn?: unknown; charLength?: unknown } } }[];
}

/**
 * Reads the tool's SARIF report. (Its CSV writer races its own header against the rows and corrupts the file
 * under load; the SARIF file is written in one piece.) SARIF carries no code sample, only where it is, so the
 * flagged code is cut from the source with `readSource` (path relative to the scanned folder).
 */
export function parseFindingsSarif(text: string, readSource: (file: string) => string | null): Finding[] {
  let data: { runs?: { results?: SarifResult[] }[] };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    throw new Error('electronegativity wrote no readable SARIF report: the tool did not run to the end.');
  }
  const results = data.runs?.[0]?.results;
  if (!Array.isArray(results)) throw new Error('electronegativity SARIF report has no results list.');
  return results.map((r, i) => {
    const region = r.locations?.[0]?.physicalLocation?.region ?? {};
    const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
    if (typeof r.ruleId !== 'string' || !/^[A-Z_]+$/.test(r.ruleId) || typeof uri !== 'string') throw new Error(`electronegativity SARIF result ${i + 1} is malformed.`);
    const file = uri === 'file:///' ? 'N/A' : uri.replace(/\\/g, '/');
    const line = Number(region.startLine ?? 1);
    const column = Number(region.startColumn ?? 1);
    const length = Number(region.charLength ?? 0);
    const source = file === 'N/A' ? null : readSource(file);
    const sample = source?.split(/\r?\n/)[line - 1]?.slice(column - 1, column - 1 + length) ?? '';
    return {
      check: r.ruleId,
      severity: r.level === 'note' ? 'REVIEW' : 'WARNING',
      confidence: '',
      file,
      location: `${line}:${column}`,
      sample,
      description: typeof r.message?.text === 'string' ? r.message.text : '',
    };
  });
}

export function isAllowed(f: Finding, entry: AllowEntry): boolean {
  return entry.check === f.check && entry.file === f.file && (entry.sample === undefined || f.sample.includes(entry.sample));
}

export function unjustified(findings: readonly Finding[], allow: readonly AllowEntry[]): Finding[] {
  return findings.filter((f) => !allow.some((a) => isAllowed(f, a)));
}

/** Entries no finding needs any more: the code changed, so the entry should go (or be reviewed again). */
export function staleEntries(findings: readonly Finding[], allow: readonly AllowEntry[]): AllowEntry[] {
  return allow.filter((a) => !findings.some((f) => isAllowed(f, a)));
}

export function parseAllowList(text: string): AllowEntry[] {
  const data: unknown = JSON.parse(text);
  const list = (data as { entries?: unknown }).entries;
  if (!Array.isArray(list)) throw new Error('allowlist.json needs an "entries" array.');
  return list.map((e, i) => {
    const o = e as Record<string, unknown>;
    if (typeof o.check !== 'string' || typeof o.file !== 'string' || typeof o.reason !== 'string' || o.reason.trim().length < 20) {
      throw new Error(`allowlist.json entry ${i + 1} needs "check", "file" and a real "reason".`);
    }
    if (o.sample !== undefined && typeof o.sample !== 'string') throw new Error(`allowlist.json entry ${i + 1}: "sample" must be text.`);
    return { check: o.check, file: o.file, reason: o.reason, ...(typeof o.sample === 'string' ? { sample: o.sample } : {}) };
  });
}
