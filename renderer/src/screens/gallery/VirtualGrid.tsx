import { useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import type { ExhibitTile } from '../../../../archive/api/contract';
import { ExhibitTileView, TileSkeleton, type TileShape } from '../../components/ExhibitTileCard';
import { useLang } from '../../app/prefs';
import { useListT } from '../../i18n/memo-t';
import { gridGeometry } from './grid-geometry';
import { assignRowSlots, steadyRowRange } from './row-recycling';

const MIN_TILE_REM = { portrait: 13, landscape: 17 } as const;
const ASPECT = { portrait: 4 / 3, landscape: 3 / 4 } as const;
const TEXT_BAND_REM = 4.4;
const GAP_REM = 1.2;

function rootRem(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 20;
}

/**
 * The gallery grid: only the rows near the viewport exist in the DOM (@tanstack/react-virtual), so 10,000
 * exhibits scroll as smoothly as 24. Column count follows the screen width; row height is computed, not
 * measured, so a fast fling never waits for layout.
 */
export function VirtualGrid({
  count,
  item,
  want,
  shape,
  label,
  initialOffset,
  onScrollOffset,
}: {
  count: number;
  item: (index: number) => ExhibitTile | undefined;
  want: (first: number, last: number) => void;
  shape: TileShape;
  label: string;
  initialOffset: number;
  onScrollOffset: (offset: number) => void;
}): ReactElement {
  const t = useListT();
  const lang = useLang();
  const scroller = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0, rem: 20 });
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight, rem: rootRem() });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const gap = GAP_REM * size.rem;
  const geo = gridGeometry(size.width, MIN_TILE_REM[shape] * size.rem, gap, ASPECT[shape], TEXT_BAND_REM * size.rem);
  const rows = Math.ceil(count / geo.cols);
  // The most rows the screen can touch at once: whole rows in its height, plus one cut at each edge.
  const span = geo.rowHeight > 0 ? Math.ceil(size.height / geo.rowHeight) + 1 : 1;
  const virtualizer = useVirtualizer({
    count: size.width > 0 ? rows : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => geo.rowHeight,
    overscan: 3,
    rangeExtractor: useCallback((range: Range) => steadyRowRange(range, span), [span]),
    initialOffset,
    // Let React batch scroll updates into its own frame instead of rendering synchronously inside the
    // scroll event: a fling stays on the compositor and no task blocks the main thread.
    useFlushSync: false,
  });
  useEffect(() => virtualizer.measure(), [geo.rowHeight, geo.cols, virtualizer]);
  const items = virtualizer.getVirtualItems();
  // Rows are keyed by slot, not by row: the row leaving one edge of the window hands its key, and so its DOM,
  // to the row entering the other, and its tiles are updated in place rather than torn down and built again.
  // A fling then makes little garbage and few new nodes to style (fewer long GC pauses). Keys only decide
  // what React reuses, so a render React throws away cannot make the grid show the wrong thing.
  const slotsRef = useRef(new Map<number, number>());
  const slots = assignRowSlots(slotsRef.current, items.map((row) => row.index));
  slotsRef.current = slots;
  const firstRow = items[0]?.index ?? 0;
  const lastRow = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (count > 0) want(firstRow * geo.cols, Math.min(count - 1, (lastRow + 1) * geo.cols - 1));
  }, [firstRow, lastRow, geo.cols, count, want]);

  return (
    <div ref={scroller} className="vgrid" role="region" aria-label={label} tabIndex={-1} onScroll={(e) => onScrollOffset(e.currentTarget.scrollTop)}>
      <div className="vgrid-inner" style={{ height: virtualizer.getTotalSize() }} role="list">
        {items.map((row) => (
          <div key={slots.get(row.index)} className="vgrid-row" role="presentation" style={{ transform: `translateY(${row.start}px)`, height: geo.rowHeight - gap, gridTemplateColumns: `repeat(${geo.cols}, minmax(0, 1fr))`, columnGap: gap }}>
            {Array.from({ length: geo.cols }, (_, c) => {
              const index = row.index * geo.cols + c;
              if (index >= count) return null;
              const tile = item(index);
              return (
                <div key={c} role="listitem" className="vgrid-cell">
                  {tile ? <ExhibitTileView tile={tile} shape={shape} t={t} lang={lang} /> : <TileSkeleton shape={shape} />}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
