import type { ImportOptions, ImportProgress } from '../api/contract/import-report';

/** Where the file comes from: a path on this machine (CLI, staged upload) or the bytes themselves. */
export type ImportSource = { path: string; name?: string } | { name: string; bytes: Uint8Array };

/** Photos for the rows: a folder (searched with its subfolders) or a list of named files (staged uploads). */
export type PhotoSource = { dir: string } | { files: { name: string; path: string }[] };

export interface ImportRequest extends ImportOptions {
  source: ImportSource;
  photos?: PhotoSource;
}

export interface ImportRunOptions {
  /** Run on the calling thread instead of a worker (CLI, tests). The kiosk keeps answering either way only with a worker. */
  inline?: boolean;
  onProgress?: (p: ImportProgress) => void;
}

export interface ApplyOptions extends ImportRunOptions {
  /** Import the rows without errors and leave out the rejected ones; without it any error refuses the import. */
  skipRejected?: boolean;
  /** The planId of the dry run the curator looked at: applying refuses when the file or options differ. */
  expectPlanId?: string;
}
