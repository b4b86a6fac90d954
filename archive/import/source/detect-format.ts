import type { ImportFormat } from '../../api/contract/import-report';
import { importError } from '../messages';

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((v, i) => b[i] === v);

/** The format from the bytes first (a .csv that is really a workbook is read as one), the name only as a hint. */
export function detectFormat(bytes: Uint8Array, name: string, explicit?: ImportFormat): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw importError(
      'IMPORT_XLS_OLD',
      `${name} is an old Excel 97–2003 (.xls) workbook or a password-protected one. Open it in Excel, remove any password, and "Save As" → "Excel Workbook (.xlsx)" or "CSV UTF-8", then import that file.`,
      { file: name },
      { file: name },
    );
  }
  const zip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
  if (explicit) {
    if (explicit === 'xlsx' && !zip) throw importError('IMPORT_FORMAT.not-xlsx', `${name} is not an Excel .xlsx workbook (its content is not a workbook).`, { file: name }, { file: name });
    if (explicit !== 'xlsx' && zip) throw importError('IMPORT_FORMAT.zip-not-text', `${name} is a compressed file (an .xlsx workbook or a .zip), not ${explicit.toUpperCase()} text.`, { file: name, format: explicit.toUpperCase() }, { file: name });
    return explicit;
  }
  if (zip) {
    if (ext === 'zip') throw importError('IMPORT_FORMAT.zip', `${name} is a .zip archive. Unpack it and import the spreadsheet inside; give the photos as a folder.`, { file: name }, { file: name });
    return 'xlsx';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw importError('IMPORT_FORMAT.pdf', `${name} is a PDF document. Import the spreadsheet it was made from (CSV, XLSX, JSON).`, { file: name }, { file: name });
  if (startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) {
    throw importError('IMPORT_FORMAT.picture', `${name} is a picture, not a spreadsheet. Give photos as the photo folder instead.`, { file: name }, { file: name });
  }
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  // Peek at the first meaningful character of the text, whatever its encoding (UTF-16 has zero bytes between).
  let first = '';
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) {
    const c = bytes[i]!;
    if (c === 0 || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xef || c === 0xbb || c === 0xbf || c === 0xff || c === 0xfe) continue;
    first = String.fromCharCode(c);
    break;
  }
  if (first === '[') return 'json';
  if (first === '{') return ext === 'json' ? 'json' : 'jsonl';
  if (ext === 'json') return 'json';
  return 'csv';
}
