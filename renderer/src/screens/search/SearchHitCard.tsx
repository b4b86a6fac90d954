import { memo, type ReactElement } from 'react';
import type { Lang, SearchHit } from '../../../../archive/api/contract';
import { go } from '../../app/nav-store';
import { htmlLang } from '../../app/prefs';
import { PickedText } from '../../components/LocalText';
import { Photo } from '../../components/Photo';
import { SampleMarkWith } from '../../components/SampleMark';
import { formatExhibitDate } from '../../format/date';
import { displayHeading } from '../../i18n/local-text';
import type { T } from '../../i18n/use-t';
import { splitHighlight } from './highlight';
import { chooseHitText } from './hit-text';

function Marked({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }): ReactElement {
  if (ranges.length === 0) return <>{text}</>;
  return <>{splitHighlight(text, ranges).map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}

/** A large result: picture, name (matched characters marked), date, and an excerpt when another field explains the match. */
export const SearchHitCard = memo(function SearchHitCard({ hit, collectionTitle, t, lang }: { hit: SearchHit; collectionTitle: string; t: T; lang: Lang }): ReactElement {
  const ex = hit.exhibit;
  const heading = displayHeading(ex, lang);
  const name = heading.picked;
  const { nameRanges, excerpt } = chooseHitText(hit.highlights, heading, lang);
  const date = formatExhibitDate(ex.date, lang, t);
  return (
    <button type="button" className="hit" onClick={() => go.to({ name: 'exhibit', id: ex.id })} data-exhibit-id={ex.id}>
      <span className="hit-pic">{ex.cover ? <Photo media={ex.cover} variant="thumb" alt="" /> : <span className="tile-blank" aria-hidden="true">{name.text.slice(0, 1)}</span>}</span>
      <span className="hit-text">
        <PickedText picked={name} className="hit-name" t={t}>
          <Marked text={name.text} ranges={nameRanges} />
        </PickedText>
        <span className="hit-meta">
          {collectionTitle && <span>{collectionTitle}</span>}
          {date && <span>{date}</span>}
          {ex.sample && <SampleMarkWith t={t} />}
        </span>
        {excerpt && (
          <span className="hit-excerpt" lang={htmlLang[excerpt.lang]}>
            <Marked text={excerpt.text} ranges={excerpt.ranges} />
          </span>
        )}
      </span>
    </button>
  );
});
