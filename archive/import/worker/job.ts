import type { ImportProgress } from '../../api/contract/import-report';
import type { BackupRequest } from '../../backup/create';
import type { ApplyOptions, ImportRequest } from '../request';

/** What a worker is asked to do; everything in it crosses the thread boundary by structured clone. */
export type Job =
  | { kind: 'plan'; root: string; request: ImportRequest }
  | { kind: 'apply'; root: string; request: ImportRequest; actor: string; options: Omit<ApplyOptions, 'onProgress' | 'inline'> }
  | { kind: 'restore'; root: string; id: string; actor: string }
  | { kind: 'backup'; root: string; request: BackupRequest };

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; value: unknown }
  | { type: 'error'; error: { code: string; message: string; details?: Record<string, unknown>; stack?: string } };
