export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Cuts an excerpt into plain and highlighted runs from [start, end) ranges in UTF-16 units. Ranges from the
 * archive are trusted only after clamping, sorting and merging, and are widened so they never split a
 * surrogate pair (a rare character outside the BMP is highlighted whole or not at all).
 */
export function splitHighlight(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const n = text.length;
  const isLow = (i: number) => i > 0 && i < n && /[\uDC00-\uDFFF]/.test(text[i] as string) && /[\uD800-\uDBFF]/.test(text[i - 1] as string);
  const clean = ranges
    .filter((r) => Number.isInteger(r[0]) && Number.isInteger(r[1]))
    .map(([a, b]) => {
      let s = Math.max(0, Math.min(n, a));
      let e = Math.max(0, Math.min(n, b));
      if (isLow(s)) s -= 1;
      if (isLow(e)) e += 1;
      return [s, e] as [number, number];
    })
    .filter(([s, e]) => e > s)
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < n || out.length === 0) out.push({ text: text.slice(at), hit: false });
  return out.filter((s) => s.text.length > 0 || out.length === 1);
}
