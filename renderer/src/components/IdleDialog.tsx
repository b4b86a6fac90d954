import type { ReactElement } from 'react';
import { useT } from '../i18n/use-t';
import { Dialog } from './Dialog';
import { Icon } from './icons';

/** "Still there?" with the seconds left: touching anywhere, or "continue", keeps the visit going. */
export function IdleDialog({ secondsLeft, onContinue, onRestart }: { secondsLeft: number; onContinue: () => void; onRestart: () => void }): ReactElement {
  const t = useT();
  return (
    <Dialog title={t('idle.title')} onClose={onContinue} className="idle-dialog">
      <p className="idle-count" aria-live="polite">
        <span className="idle-seconds" aria-hidden="true">
          {secondsLeft}
        </span>
        <span className="idle-body">{t('idle.body', { seconds: secondsLeft })}</span>
      </p>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary btn-xl" onClick={onContinue}>
          <Icon name="check" />
          <span>{t('idle.continue')}</span>
        </button>
        <button type="button" className="btn btn-xl" onClick={onRestart}>
          <Icon name="replay" />
          <span>{t('idle.restart')}</span>
        </button>
      </div>
    </Dialog>
  );
}
