import { ArchiveError } from '../../errors';

/**
 * `--map field=header,field=header` (as in `--map title=title,name=author,body=text,tags=dynasty`) into the
 * engine's header → field mapping. Headers may contain spaces and Chinese; a comma inside a header can be
 * written as "\,".
 */
export function parseMapOption(spec: string): Record<string, string> {
  const out: Record<string, string> = {};
  const parts = spec.split(/(?<!\\),/).map((p) => p.replace(/\\,/g, ',').trim()).filter(Boolean);
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0 || eq === part.length - 1) {
      throw new ArchiveError('IMPORT_MAPPING', `"${part}" in --map is not field=column (for example name=姓名 or tags=dynasty).`);
    }
    const field = part.slice(0, eq).trim();
    const header = part.slice(eq + 1).trim();
    if (Object.prototype.hasOwnProperty.call(out, header) && field !== 'tags' && out[header] !== field) {
      throw new ArchiveError('IMPORT_MAPPING', `Column "${header}" is mapped twice in --map (to ${out[header]} and ${field}).`);
    }
    out[header] = field;
  }
  return out;
}

/**
 * A mapping file: JSON `{ "column": "field", ... }`, or text lines `field=column` (the --map form), with
 * # comments. The same file can be reused for every spreadsheet from the same office.
 */
export function parseMappingFile(text: string, label: string): Record<string, string> {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (e) {
      throw new ArchiveError('IMPORT_MAPPING', `${label} is not valid JSON: ${(e as Error).message}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ArchiveError('IMPORT_MAPPING', `${label} must be a JSON object of "column": "field".`);
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(parsed)) {
      if (typeof v !== 'string') throw new ArchiveError('IMPORT_MAPPING', `${label}: the field for column "${k}" must be text.`);
      out[k] = v;
    }
    return out;
  }
  const lines = trimmed.split(/\r?\n/).map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);
  return parseMapOption(lines.join(','));
}
