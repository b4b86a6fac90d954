import { useState } from 'react';
import type { ShellActionName, ShellInfo } from '../../../archive/api/contract';
import { ACTION_CONFIRM, ACTION_LABEL, STAFF } from './staff-strings';

interface Props {
  name: string;
  info: ShellInfo | null;
  /** Only the workspace is offered until the curator has chosen their own PIN. */
  mustChangePin: boolean;
  busy: boolean;
  onAction: (action: ShellActionName) => void;
  onClose: () => void;
}

export function StaffMenu({ name, info, mustChangePin, busy, onAction, onClose }: Props) {
  const [confirming, setConfirming] = useState<ShellActionName | null>(null);
  const question = confirming ? ACTION_CONFIRM[confirming] : undefined;
  if (confirming && question) {
    return (
      <div className="staff-menu">
        <p className="staff-prompt">{question}</p>
        <button type="button" className="staff-action staff-danger" disabled={busy} onClick={() => onAction(confirming)}>
          {STAFF.confirm}
        </button>
        <button type="button" className="staff-secondary" onClick={() => setConfirming(null)}>
          {STAFF.back}
        </button>
      </div>
    );
  }
  const actions = info?.actions ?? [{ action: 'open-curator' as const, available: true, reason: null }];
  return (
    <div className="staff-menu">
      <p className="staff-prompt">{STAFF.menuTitle(name)}</p>
      {mustChangePin && <p className="staff-note">{STAFF.mustChangePin}</p>}
      {actions.map(({ action, available, reason }, i) => {
        const enabled = available && (!mustChangePin || action === 'open-curator');
        const text = !available && reason ? [reason.zh, reason.en].filter(Boolean).join(' · ') : '';
        const next = actions[i + 1];
        // Actions unavailable for the same reason share one explanation, under the last of them.
        const sameAsNext = next !== undefined && !next.available && next.reason !== null && [next.reason.zh, next.reason.en].filter(Boolean).join(' · ') === text;
        return (
          <div key={action} className="staff-row">
            <button type="button" className="staff-action" disabled={!enabled || busy} onClick={() => (ACTION_CONFIRM[action] ? setConfirming(action) : onAction(action))}>
              {ACTION_LABEL[action]}
            </button>
            {text && !sameAsNext && <p className="staff-note">{text}</p>}
          </div>
        );
      })}
      <button type="button" className="staff-secondary" onClick={onClose}>
        {STAFF.close}
      </button>
    </div>
  );
}
