import type { ReactElement } from 'react';
import { useT, type T } from '../i18n/use-t';

function Mark({ t, large }: { t: T; large: boolean }): ReactElement {
  return (
    <span className={`mark mark-sample${large ? ' mark-large' : ''}`} role="note" aria-label={`${t('sample.mark')}: ${t('sample.explain')}`}>
      {t('sample.mark')}
    </span>
  );
}

/** Shown on every sample (invented) exhibit, so no visitor takes demo content for a real record. */
export function SampleMark({ large = false }: { large?: boolean }): ReactElement {
  return <Mark t={useT()} large={large} />;
}

/** The same mark for long lists, with the catalogue lookup passed in rather than subscribed per tile. */
export function SampleMarkWith({ t }: { t: T }): ReactElement {
  return <Mark t={t} large={false} />;
}
