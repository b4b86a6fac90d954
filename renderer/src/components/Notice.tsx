import type { ReactElement, ReactNode } from 'react';

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
