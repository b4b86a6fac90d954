import { memo, type ReactElement } from 'react';
import type { CollectionSummary, ExhibitTile, Lang } from '../../../archive/api/contract';
import { go } from '../app/nav-store';
import { useLang } from '../app/prefs';
import { formatExhibitDate } from '../format/date';
import { displayName } from '../i18n/local-text';
import { useT, type T } from '../i18n/use-t';
import { PickedText } from './LocalText';
import { Photo } from './Photo';
import { SampleMarkWith } from './SampleMark';

export type TileShape = 'portrait' | 'landscape';

export function tileShape(layout: CollectionSummary['layout'] | undefined): TileShape {
  return layout === 'portraits' ? 'portrait' : 'landscape';
}

/**
 * One exhibit in a grid or a strip: its picture, its name, its dates, and the sample mark where it applies.
 * The language and the catalogue lookup come from the list, so a fast scroll that mounts dozens of tiles a
 * frame does not subscribe each one to i18next. A tile reused for another exhibit (the gallery recycles its
 * rows) gets a new picture element, keyed by the image, so the last exhibit's portrait never shows beside the
 * next one's name while it loads.
 */
export const ExhibitTileView = memo(function ExhibitTileView({ tile, shape, t, lang }: { tile: ExhibitTile; shape: TileShape; t: T; lang: Lang }): ReactElement {
  const name = displayName(tile, lang);
  const date = formatExhibitDate(tile.date, lang, t);
  return (
    <button type="button" className={`tile tile-${shape}`} onClick={() => go.to({ name: 'exhibit', id: tile.id })} data-exhibit-id={tile.id}>
      <span className="tile-frame">
        {tile.cover ? <Photo key={tile.cover.sha256} media={tile.cover} variant="thumb" alt="" /> : <span className="tile-blank" aria-hidden="true">{name.text.slice(0, 1)}</span>}
        {tile.sample && <SampleMarkWith t={t} />}
        {tile.status === 'draft' && <span className="mark mark-draft">{t('preview.draft')}</span>}
      </span>
      <span className="tile-text">
        <PickedText picked={name} className="tile-name" t={t} />
        {date && <span className="tile-date">{date}</span>}
      </span>
    </button>
  );
});

/** A single tile outside a long list (related exhibits). */
export function ExhibitTileCard({ tile, shape }: { tile: ExhibitTile; shape: TileShape }): ReactElement {
  return <ExhibitTileView tile={tile} shape={shape} t={useT()} lang={useLang()} />;
}

/** A tile-sized grey card while a page of the gallery is on its way. */
export function TileSkeleton({ shape }: { shape: TileShape }): ReactElement {
  return (
    <span className={`tile tile-${shape} tile-skeleton`} aria-hidden="true">
      <span className="tile-frame" />
      <span className="tile-text">
        <span className="tile-name">&nbsp;</span>
      </span>
    </span>
  );
}
