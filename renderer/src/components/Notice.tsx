import type { ReactElement, ReactNode } from 'react';
import { useT } from '../i18n/use-t';

/** A calm, centred message (loading, nothing found, cannot be read) with optional actions. */
export function Notice({ title, children, busy = false }: { title: string; children?: ReactNode; busy?: boolean }): ReactElement {
  return (
    <div className="notice" role={busy ? 'status' : undefined} aria-busy={busy || undefined}>
      {busy && <span className="spinner" aria-hidden="true" />}
      <p className="notice-title">{title}</p>
      {children}
    </div>
  );
}

/** "The archive cannot be read just now" with one large retry button: what every screen shows when a call fails. */
export function UnavailableNotice({ onRetry }: { onRetry: () => void }): ReactElement {
  const t = useT();
  return (
    <Notice title={t('error.unavailable')}>
      <button type="button" className="btn btn-primary" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </Notice>
  );
}
