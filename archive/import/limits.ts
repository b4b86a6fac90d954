/**
 * What one import may hold. A kiosk PC has a few GB of memory and the curator waits for the dry run: files
 * beyond these limits are refused up front with a message saying how to split them, never half-read.
 */
export const IMPORT_LIMITS = {
  /** CSV, JSON and JSONL are read whole; 64 MB is ~250,000 typical rows. */
  maxTextBytes: 64 * 1024 * 1024,
  /** XLSX is compressed; its unpacked XML is limited separately (a "zip bomb" is refused before unpacking). */
  maxXlsxBytes: 32 * 1024 * 1024,
  maxXlsxUnpackedBytes: 512 * 1024 * 1024,
  maxRows: 250_000,
  maxColumns: 200,
  /** The report lists this many rows, problems and photos; counts always cover everything. */
  reportRows: 2_000,
  reportProblems: 5_000,
  reportPhotos: 2_000,
} as const;

/**
 * How hard an import may work. From the CLI it uses the whole machine; in the kiosk's worker thread
 * (worker/entry.ts) it prepares one photo at a time on one libvips thread, leaving a core for visitors.
 */
export const importTuning = { photoConcurrency: 2 };

export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`;
