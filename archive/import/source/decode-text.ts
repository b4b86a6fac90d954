// Spreadsheets saved on Chinese Windows are GBK (or GB18030) unless someone chose "CSV UTF-8"; Excel's
// "Unicode text" is UTF-16 with a BOM. We read all of them and refuse the rest by name, never as mojibake.
import iconv from 'iconv-lite';
import { importError } from '../messages';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.3 && evenZero < half * 0.05) return 'utf-16le';
  if (evenZero > half * 0.3 && oddZero < half * 0.05) return 'utf-16be';
  return null;
}

/**
 * Share of two-byte GBK characters that are among the 3,755 most common Chinese characters (GB2312 level 1).
 * Real Chinese text scores high; Big5, Shift-JIS or Windows-1252 bytes read as GBK score low.
 */
export function commonGbkShare(b: Uint8Array): { pairs: number; share: number } {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c < 0x80) continue;
    const next = b[i + 1];
    if (next === undefined) break;
    if (next >= 0x30 && next <= 0x39) {
      i += 3;
      continue;
    }
    pairs++;
    if (c >= 0xb0 && c <= 0xd7 && next >= 0xa1 && next <= 0xfe) common++;
    i++;
  }
  return { pairs, share: pairs === 0 ? 1 : common / pairs };
}

export function decodeText(bytes: Uint8Array, label: string): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const wide = utf16WithoutBom(bytes);
  if (wide) return { text: new TextDecoder(wide).decode(bytes), encoding: wide };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the usual case is GBK from Excel on Chinese Windows.
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  const { pairs, share } = commonGbkShare(bytes);
  if (text.includes('\uFFFD') || (pairs >= 8 && share < 0.6)) {
    throw importError(
      'IMPORT_ENCODING',
      `${label} is not in an encoding this importer can read (it is neither UTF-8 nor GBK/GB18030 Chinese; it may be Big5, Shift-JIS or a Western code page). In Excel choose "Save As" → "CSV UTF-8 (comma delimited)" and import that file.`,
      { file: label },
      { file: label },
    );
  }
  return { text, encoding: 'gb18030' };
}
