import type { ReactElement } from 'react';
import { useCt } from '../i18n/use-ct';

export function StatusBadges({ status, hidden, sample }: { status: 'draft' | 'published'; hidden: boolean; sample: boolean }): ReactElement {
  const t = useCt();
  return (
    <span className="cur-badges">
      <span className={`cur-badge cur-badge-${status}`}>{t(status === 'draft' ? 'cur.status.draft' : 'cur.status.published')}</span>
      {hidden && <span className="cur-badge cur-badge-hidden">{t('cur.status.hidden')}</span>}
      {sample && <span className="cur-badge cur-badge-sample">{t('cur.status.sample')}</span>}
    </span>
  );
}

/** Shows an API error in words; the archive's message is already written for a curator. */
export function ErrorNote({ error }: { error: unknown }): ReactElement | null {
  const t = useCt();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <p className="cur-error" role="alert">
      {t('cur.common.error', { message })}
    </p>
  );
}
