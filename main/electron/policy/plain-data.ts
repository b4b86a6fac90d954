/**
 * True when a value is exactly what JSON could carry: plain objects, arrays, strings, finite numbers,
 * booleans and null, bounded in depth and size. IPC uses structured clone, which also carries Maps, Dates,
 * typed arrays, BigInts and cycles; refusing those at the edge means the IPC transport accepts precisely what
 * the HTTP transport does, and zod never meets an exotic object that happens to look empty.
 */
export function isPlainData(value: unknown, limits = { depth: 64, nodes: 200_000 }): boolean {
  let nodes = 0;
  const seen = new Set<object>();
  const walk = (v: unknown, depth: number): boolean => {
    if (++nodes > limits.nodes || depth > limits.depth) return false;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
    if (typeof v === 'number') return Number.isFinite(v);
    if (typeof v !== 'object') return false;
    if (seen.has(v)) return false;
    seen.add(v);
    let ok: boolean;
    if (Array.isArray(v)) ok = v.every((x) => walk(x, depth + 1));
    else {
      const proto = Object.getPrototypeOf(v) as unknown;
      ok = (proto === Object.prototype || proto === null) && Object.values(v).every((x) => walk(x, depth + 1));
    }
    seen.delete(v);
    return ok;
  };
  return walk(value, 0);
}
