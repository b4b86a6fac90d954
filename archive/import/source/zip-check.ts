// An .xlsx is a zip of XML files. Before any unpacking we read the zip's own table of contents: a workbook
// that claims gigabytes of XML (a "zip bomb") or is not a workbook at all is refused by name.
import { importError } from '../messages';
import { IMPORT_LIMITS, mb } from '../limits';

export interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
}

/** The central directory's entries; null when the bytes are not a readable zip. */
export function zipEntries(b: Uint8Array): ZipEntry[] | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const from = Math.max(0, b.length - 65_557);
  let eocd = -1;
  for (let i = b.length - 22; i >= from; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  if (p >= b.length) return null;
  const entries: ZipEntry[] = [];
  const names = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || view.getUint32(p, true) !== 0x02014b50) return null;
    const compressed = view.getUint32(p + 20, true);
    const uncompressed = view.getUint32(p + 24, true);
    const n = view.getUint16(p + 28, true);
    const e = view.getUint16(p + 30, true);
    const c = view.getUint16(p + 32, true);
    if (p + 46 + n > b.length) return null;
    entries.push({ name: names.decode(b.subarray(p + 46, p + 46 + n)), compressed, uncompressed });
    p += 46 + n + e + c;
  }
  return entries;
}

export function checkWorkbookZip(b: Uint8Array, label: string): void {
  const entries = zipEntries(b);
  if (!entries) throw importError('IMPORT_XLSX_DAMAGED.zip', `${label} is damaged: it looks like an Excel workbook but cannot be opened (it may have been cut off while copying). Copy it again or save it again from Excel.`, { file: label }, { file: label });
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) {
    if (names.has('content.xml') && names.has('mimetype')) {
      throw importError('IMPORT_FORMAT.ods', `${label} is an OpenDocument (.ods) spreadsheet. In LibreOffice or WPS choose "Save As" → Excel 2007-365 (.xlsx) or CSV, then import that file.`, { file: label }, { file: label });
    }
    throw importError('IMPORT_FORMAT.not-workbook', `${label} is a compressed file but not an Excel workbook (.xlsx).`, { file: label }, { file: label });
  }
  const total = entries.reduce((n, e) => n + (e.uncompressed === 0xffffffff ? Number.POSITIVE_INFINITY : e.uncompressed), 0);
  if (entries.length > 10_000 || total > IMPORT_LIMITS.maxXlsxUnpackedBytes) {
    throw importError(
      'IMPORT_TOO_LARGE.unpacked',
      `${label} unpacks to ${Number.isFinite(total) ? mb(total) : 'more than 4 GB'} of data, over the ${mb(IMPORT_LIMITS.maxXlsxUnpackedBytes)} an import may hold. Split the sheet into several smaller workbooks.`,
      { file: label, size: Number.isFinite(total) ? mb(total) : '> 4 GB', limit: mb(IMPORT_LIMITS.maxXlsxUnpackedBytes) },
      { file: label },
    );
  }
}
