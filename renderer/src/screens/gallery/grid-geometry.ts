export interface GridGeometry {
  cols: number;
  tileWidth: number;
  rowHeight: number;
}

/**
 * How many tiles fit across, and how tall a row is: as many columns as keep each tile at least `minTile` wide
 * (never fewer than 2, never more than 12), the picture at `aspect` (height / width) plus a text band.
 */
export function gridGeometry(width: number, minTile: number, gap: number, aspect: number, textBand: number): GridGeometry {
  const w = Number.isFinite(width) && width > 0 ? width : 0;
  const min = Number.isFinite(minTile) && minTile > 0 ? minTile : 200;
  const g = Number.isFinite(gap) && gap >= 0 ? gap : 0;
  const cols = Math.min(12, Math.max(2, Math.floor((w + g) / (min + g))));
  const tileWidth = Math.max(0, (w - g * (cols - 1)) / cols);
  const a = Number.isFinite(aspect) && aspect > 0 ? aspect : 1;
  const band = Number.isFinite(textBand) && textBand > 0 ? textBand : 0;
  return { cols, tileWidth, rowHeight: Math.round(tileWidth * a + band + g) };
}

/** The page numbers that cover items [first, last] (inclusive), for a page size; empty for an empty range. */
export function pagesCovering(first: number, last: number, pageSize: number): number[] {
  if (!(pageSize > 0) || !Number.isFinite(first) || !Number.isFinite(last) || last < first || last < 0) return [];
  const from = Math.floor(Math.max(0, first) / pageSize);
  const to = Math.floor(last / pageSize);
  const out: number[] = [];
  for (let p = from; p <= to; p++) out.push(p);
  return out;
}

/** Which loaded pages to forget: those farthest from the pages in view, until at most `max` remain. */
export function pagesToEvict(loaded: readonly number[], inView: readonly number[], max: number): number[] {
  if (loaded.length <= max) return [];
  const centre = inView.length ? (Math.min(...inView) + Math.max(...inView)) / 2 : 0;
  const keep = new Set(inView);
  return [...loaded]
    .filter((p) => !keep.has(p))
    .sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre))
    .slice(0, loaded.length - Math.max(max, inView.length));
}
