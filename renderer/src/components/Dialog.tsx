import { useEffect, useId, useRef, type ReactElement, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { Icon } from './icons';

/**
 * A modal sheet: a dimmed backdrop that closes it when touched, a titled box, focus moved inside so screen
 * readers follow. Uses the native <dialog> so the rest of the page is inert while it is open.
 */
export function Dialog({ title, onClose, children, className, dismissible = true }: { title: string; onClose: () => void; children: ReactNode; className?: string; dismissible?: boolean }): ReactElement {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (dismissible) onClose();
      }}
      onClick={(e) => {
        if (dismissible && e.target === ref.current) onClose();
      }}
    >
      <div className="dialog-box">
        <h2 id={titleId} className="dialog-title v-mn">
          {title}
        </h2>
        <div className="dialog-body">{children}</div>
        {dismissible && (
          <button type="button" className="btn dialog-close" aria-label={t('viewer.close')} onClick={onClose}>
            <Icon name="close" />
          </button>
        )}
      </div>
    </dialog>
  );
}
