import path from 'node:path';

export type Variant = 'original' | 'thumb' | 'screen';
export const VARIANTS: readonly Variant[] = ['original', 'thumb', 'screen'];

const SHA256 = /^[0-9a-f]{64}$/;
export function isSha256(value: unknown): value is string {
  return typeof value === 'string' && SHA256.test(value);
}

/**
 * Where a stored file lives, computed only from a validated hash and a known extension: request input is
 * never joined into a path.
 */
export function mediaFilePath(root: string, sha256: string, variant: Variant, ext: string): string {
  if (!isSha256(sha256)) throw new Error(`not a sha256: ${String(sha256).slice(0, 80)}`);
  if (!/^[a-z0-9]{2,4}$/.test(ext)) throw new Error(`bad extension: ${ext}`);
  const shard = sha256.slice(0, 2);
  if (variant === 'original') return path.join(root, 'media', shard, `${sha256}.${ext}`);
  return path.join(root, 'derived', shard, `${sha256}.${variant}.${ext}`);
}

export function tempDir(root: string): string {
  return path.join(root, 'tmp');
}
