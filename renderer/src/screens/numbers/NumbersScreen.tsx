import { useState, type ReactElement } from 'react';
import { api } from '../../api/client';
import { motionReduced, usePrefs } from '../../app/prefs';
import { useScreenReady } from '../../app/ready';
import { useQuery } from '../../app/use-query';
import { Icon } from '../../components/icons';
import { LocalText } from '../../components/LocalText';
import { Notice, UnavailableNotice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/use-t';
import { Counter } from './Counter';
import './numbers.css';

/** The achievements in figures: large counters with short captions, in the curated order. */
export function NumbersScreen(): ReactElement {
  const t = useT();
  const { prefs } = usePrefs();
  const q = useQuery(() => api.getFigures({}), []);
  const [replay, setReplay] = useState(0);
  const animate = !motionReduced(prefs);
  useScreenReady('numbers', q.data !== undefined || q.error !== undefined);
  const figures = q.data?.figures ?? [];
  return (
    <Page
      className="numbers"
      title={t('numbers.title')}
      subtitle={t('numbers.subtitle')}
      tools={
        animate && figures.length > 0 ? (
          <button type="button" className="btn btn-bar" onClick={() => setReplay((n) => n + 1)}>
            <Icon name="replay" />
            <span>{t('numbers.replay')}</span>
          </button>
        ) : undefined
      }
    >
      {q.error ? (
        <UnavailableNotice onRetry={q.reload} />
      ) : q.data && figures.length === 0 ? (
        <Notice title={t('numbers.empty')} />
      ) : (
        <ul className="figures">
          {figures.map((f) => (
            <li key={f.id} className="figure">
              <span className="figure-value">
                <Counter value={f.value} lang={prefs.lang} animate={animate} replay={replay} />
                <LocalText value={f.unit} className="figure-unit" />
              </span>
              <LocalText value={f.caption} className="figure-caption" />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
