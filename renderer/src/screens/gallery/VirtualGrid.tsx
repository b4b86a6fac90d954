import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import type { ExhibitTile } from '../../../../archive/api/contract';
import { ExhibitTileView, TileSkeleton, type TileShape } from '../../components/ExhibitTileCard';
import { useLang } from '../../app/prefs';
import { useT } from '../../i18n/use-t';
import { gridGeometry } from './grid-geometry';

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
  const t = useT();
  const lang = useLang();
  const scroller = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, rem: 20 });
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, rem: rootRem() });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const gap = GAP_REM * size.rem;
  const geo = gridGeometry(size.width, MIN_TILE_REM[shape] * size.rem, gap, ASPECT[shape], TEXT_BAND_REM * size.rem);
  const rows = Math.ceil(count / geo.cols);
  const virtualizer = useVirtualizer({
    count: size.width > 0 ? rows : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => geo.rowHeight,
    overscan: 3,
    initialOffset,
    // Let React batch scroll updates into its own frame instead of rendering synchronously inside the
    // scroll event: a fling stays on the compositor and no task blocks the main thread.
    useFlushSync: false,
  });
  useEffect(() => virtualizer.measure(), [geo.rowHeight, geo.cols, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const firstRow = items[0]?.index ?? 0;
  const lastRow = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (count > 0) want(firstRow * geo.cols, Math.min(count - 1, (lastRow + 1) * geo.cols - 1));
  }, [firstRow, lastRow, geo.cols, count, want]);

  return (
    <div ref={scroller} className="vgrid" role="region" aria-label={label} tabIndex={-1} onScroll={(e) => onScrollOffset(e.currentTarget.scrollTop)}>
      <div className="vgrid-inner" style={{ height: virtualizer.getTotalSize() }} role="list">
        {items.map((row) => (
          <div key={row.key} className="vgrid-row" role="presentation" style={{ transform: `translateY(${row.start}px)`, height: geo.rowHeight - gap, gridTemplateColumns: `repeat(${geo.cols}, minmax(0, 1fr))`, columnGap: gap }}>
            {Array.from({ length: geo.cols }, (_, c) => {
              const index = row.index * geo.cols + c;
              if (index >= count) return null;
              const tile = item(index);
              return (
                <div key={tile ? tile.id : `s${index}`} role="listitem" className="vgrid-cell">
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
