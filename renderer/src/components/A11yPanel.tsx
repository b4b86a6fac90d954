import type { ReactElement } from 'react';
import { usePrefs, type Prefs } from '../app/prefs';
import type { UiKey } from '../i18n/catalog';
import { useT } from '../i18n/use-t';
import { Dialog } from './Dialog';
import { Icon } from './icons';

const SWITCHES: { key: keyof Omit<Prefs, 'lang'>; label: UiKey; sample: string }[] = [
  { key: 'largeText', label: 'a11y.largeText', sample: 'Aa 大' },
  { key: 'highContrast', label: 'a11y.highContrast', sample: '◐' },
  { key: 'reducedMotion', label: 'a11y.reducedMotion', sample: '≋' },
];

/** Large text, high contrast and less motion: big switches, each shows its state in words and colour. */
export function A11yPanel({ onClose }: { onClose: () => void }): ReactElement {
  const t = useT();
  const { prefs, setPrefs } = usePrefs();
  return (
    <Dialog title={t('a11y.title')} onClose={onClose} className="a11y-panel">
      <div className="a11y-switches">
        {SWITCHES.map((s) => (
          <button key={s.key} type="button" role="switch" aria-checked={prefs[s.key]} className="switch" onClick={() => setPrefs({ [s.key]: !prefs[s.key] })}>
            <span className="switch-sample" aria-hidden="true">
              {s.sample}
            </span>
            <span className="switch-label">{t(s.label)}</span>
            <span className="switch-track" aria-hidden="true">
              <span className="switch-thumb" />
            </span>
          </button>
        ))}
      </div>
      <button type="button" className="btn btn-primary" onClick={onClose}>
        <Icon name="check" />
        <span>{t('a11y.done')}</span>
      </button>
    </Dialog>
  );
}
