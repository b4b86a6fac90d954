import { openArchive, type Archive } from './archive';
import { createDispatcher, type AccessGate, type Dispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import type { OpenOptions } from './db/open';
import { curationFor } from './curation/curation';
import { createCuratorGate } from './curation/gate';
import type { ShellControl } from './api/shell-control';

export interface ArchiveService {
  archive: Archive;
  dispatch: Dispatch;
  close(): void;
}

/** Opens an archive folder and wires the contract's handlers to it: what every shell (IPC, HTTP, CLI) uses. */
export function createArchiveService(dir: string, options: OpenOptions & { gate?: AccessGate; shell?: ShellControl } = {}): ArchiveService {
  const archive = openArchive(dir, options);
  const dispatch = createDispatcher(createHandlers({ archive, ...(options.shell ? { shell: options.shell } : {}) }), options.gate ?? createCuratorGate(curationFor(archive)));
  return { archive, dispatch, close: () => archive.close() };
}
