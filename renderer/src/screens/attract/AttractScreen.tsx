import { useEffect, useState, type ReactElement } from 'react';
import { api } from '../../api/client';
import { mediaUrl } from '../../api/media-url';
import { useKiosk } from '../../app/kiosk';
import { go } from '../../app/nav-store';
import { motionReduced, usePrefs } from '../../app/prefs';
import { useScreenReady } from '../../app/ready';
import { recordSessionStart } from '../../app/record-visit';
import { useQuery } from '../../app/use-query';
import { PickedText } from '../../components/LocalText';
import { SampleMark } from '../../components/SampleMark';
import { displayName, pickText } from '../../i18n/local-text';
import { i18n } from '../../i18n/setup';
import { attractSources, buildSlides, type Slide } from './slides';
import './attract.css';

const SLIDE_MS = 8000;

async function loadSlides(configured: readonly string[]): Promise<Slide[]> {
  const { collections } = await api.listCollections({});
  const slugs = attractSources(collections, configured);
  const pages = await Promise.all(slugs.map((collection) => api.listExhibits({ collection, limit: 24 })));
  return buildSlides(pages.map((p) => p.items));
}

/**
 * What a kiosk shows when nobody is using it: a slow slideshow of portraits and history photos with the title
 * and "touch to begin" in all three languages. The whole screen is one button.
 */
export function AttractScreen(): ReactElement {
  const info = useKiosk();
  const { prefs } = usePrefs();
  const calm = motionReduced(prefs);
  const slides = useQuery(() => loadSlides(info.settings.attractCollections), [info.settings.attractCollections.join()]);
  const [index, setIndex] = useState(0);
  const list = slides.data ?? [];
  useScreenReady('attract', !slides.loading);

  useEffect(() => {
    if (list.length < 2) return;
    const id = window.setTimeout(() => setIndex((i) => (i + 1) % list.length), SLIDE_MS);
    // Fetch the next picture early so the cross-fade never shows a half-loaded image.
    const next = list[(index + 1) % list.length];
    if (next) new Image().src = mediaUrl(next.media.sha256, 'screen');
    return () => window.clearTimeout(id);
  }, [index, list]);

  const current = list.length ? list[index % list.length] : undefined;
  // The loop speaks to everyone at once: all three languages, whatever the kiosk's default.
  const [tz, tm, te] = (['zh', 'mn', 'en'] as const).map((l) => i18n.getFixedT(l));
  const touch = { zh: tz!('attract.touch'), mn: tm!('attract.touch'), en: te!('attract.touch') };
  const label = `${touch.zh} · ${touch.mn} · ${touch.en}`;
  const near = (i: number) => {
    const d = Math.abs(i - index);
    return Math.min(d, list.length - d) <= 1;
  };
  return (
    <button
      type="button"
      className={`attract${calm ? ' attract-calm' : ''}`}
      aria-label={label}
      onClick={() => {
        recordSessionStart();
        go.to({ name: 'home' });
      }}
    >
      <span className="attract-stage" aria-hidden="true">
        {list.map((s, i) => (
          <span key={s.key} className={`attract-slide${i === index % list.length ? ' is-on' : ''}${i % 2 ? ' pan-b' : ' pan-a'}`}>
            {near(i) ? (
              <>
                <img className="attract-backdrop" src={mediaUrl(s.media.sha256, 'thumb')} alt="" draggable={false} decoding="async" />
                <img className={`attract-photo${s.media.height > s.media.width ? ' is-tall' : ''}`} src={mediaUrl(s.media.sha256, 'screen')} alt="" draggable={false} decoding="async" />
              </>
            ) : null}
          </span>
        ))}
        <span className="attract-shade" />
      </span>
      <span className="attract-titles">
        <span className="attract-title" lang="zh-Hans">
          {info.title.zh}
        </span>
        <span className="attract-subtitle" lang="zh-Hans">
          {tz!('app.subtitle')}
        </span>
        {info.title.en && (
          <span className="attract-title-en" lang="en">
            {info.title.en}
          </span>
        )}
      </span>
      {info.title.mn && (
        <span className="attract-title-mn" lang="mn-Mong">
          {info.title.mn}
        </span>
      )}
      <span className="attract-touch">
        <span className="attract-ring" />
        <span lang="zh-Hans" className="attract-touch-zh">
          {touch.zh}
        </span>
        <span lang="mn-Mong" className="attract-touch-mn">
          {touch.mn}
        </span>
        <span lang="en" className="attract-touch-en">
          {touch.en}
        </span>
      </span>
      {current && <SlideCaption slide={current} />}
    </button>
  );
}

function SlideCaption({ slide }: { slide: Slide }): ReactElement {
  const { prefs } = usePrefs();
  const name = displayName(slide.tile, prefs.lang);
  const caption = pickText(slide.media.caption, prefs.lang);
  return (
    <span className="attract-caption" aria-hidden="true">
      <PickedText picked={name} className="attract-caption-name" />
      {caption.text && !caption.text.includes(name.text) && <PickedText picked={caption} className="attract-caption-text" />}
      {slide.tile.sample && <SampleMark />}
    </span>
  );
}
