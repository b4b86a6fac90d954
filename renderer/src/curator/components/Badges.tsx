import type { ReactElement } from 'react';
import { useCt } from '../i18n/use-ct';
import { useEngineText } from '../i18n/use-engine-text';

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

/** Shows an API error in the curator's language: by its code and values, the archive's English as a last resort. */
export function ErrorNote({ error }: { error: unknown }): ReactElement | null {
  const t = useCt();
  const text = useEngineText();
  if (!error) return null;
  const message = text.errorLine(error);
  return (
    <p className="cur-error" role="alert">
      {t('cur.common.error', { message })}
    </p>
  );
}
