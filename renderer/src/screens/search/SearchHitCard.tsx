import { memo, type ReactElement } from 'react';
import type { Lang, SearchHit } from '../../../../archive/api/contract';
import { go } from '../../app/nav-store';
import { htmlLang } from '../../app/prefs';
import { PickedText } from '../../components/LocalText';
import { Photo } from '../../components/Photo';
import { SampleMarkWith } from '../../components/SampleMark';
import { formatExhibitDate } from '../../format/date';
import { displayName } from '../../i18n/local-text';
import type { T } from '../../i18n/use-t';
import { splitHighlight } from './highlight';

/** A large result: picture, name, date, and the matched words highlighted in an excerpt when the engine gives one. */
export const SearchHitCard = memo(function SearchHitCard({ hit, collectionTitle, t, lang }: { hit: SearchHit; collectionTitle: string; t: T; lang: Lang }): ReactElement {
  const ex = hit.exhibit;
  const name = displayName(ex, lang);
  const date = formatExhibitDate(ex.date, lang, t);
  const excerpt = hit.highlights.find((h) => h.field !== 'name') ?? hit.highlights[0];
  return (
    <button type="button" className="hit" onClick={() => go.to({ name: 'exhibit', id: ex.id })} data-exhibit-id={ex.id}>
      <span className="hit-pic">{ex.cover ? <Photo media={ex.cover} variant="thumb" alt="" /> : <span className="tile-blank" aria-hidden="true">{name.text.slice(0, 1)}</span>}</span>
      <span className="hit-text">
        <PickedText picked={name} className="hit-name" t={t} />
        <span className="hit-meta">
          {collectionTitle && <span>{collectionTitle}</span>}
          {date && <span>{date}</span>}
          {ex.sample && <SampleMarkWith t={t} />}
        </span>
        {excerpt && excerpt.text && (
          <span className="hit-excerpt" lang={htmlLang[excerpt.lang]}>
            {splitHighlight(excerpt.text, excerpt.ranges).map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
          </span>
        )}
      </span>
    </button>
  );
});
