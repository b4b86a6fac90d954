import { useEffect, useId, useRef, type ReactElement, type ReactNode } from 'react';

/** A modal dialog: focus moves into it and returns afterwards; Escape does what the cancel button does. */
export function Dialog({ title, children, actions, onCancel }: { title: string; children?: ReactNode; actions: ReactNode; onCancel: () => void }): ReactElement {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('button, input, textarea, select')?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div className="cur-dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <div className="cur-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-t`} ref={ref}>
        <h2 id={`${id}-t`}>{title}</h2>
        {children && <div className="cur-dialog-body">{children}</div>}
        <div className="cur-dialog-actions">{actions}</div>
      </div>
    </div>
  );
}

export function ConfirmDialog(p: { title: string; body?: ReactNode; confirm: string; cancel: string; danger?: boolean; onConfirm: () => void; onCancel: () => void }): ReactElement {
  return (
    <Dialog
      title={p.title}
      onCancel={p.onCancel}
      actions={
        <>
          <button type="button" className="cur-btn" onClick={p.onCancel}>
            {p.cancel}
          </button>
          <button type="button" className={`cur-btn ${p.danger ? 'cur-btn-danger' : 'cur-btn-primary'}`} onClick={p.onConfirm}>
            {p.confirm}
          </button>
        </>
      }
    >
      {p.body}
    </Dialog>
  );
}
