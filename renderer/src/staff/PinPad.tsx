import { useState } from 'react';
import { STAFF } from './staff-strings';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
const MAX_DIGITS = 12;

/** A numeric keypad: the kiosk has no keyboard, and the OS keyboard must never appear over the exhibit. */
export function PinPad({ busy, onSubmit, onCancel }: { busy: boolean; onSubmit: (pin: string) => void; onCancel: () => void }) {
  const [pin, setPin] = useState('');
  const press = (d: string) => setPin((p) => (p.length < MAX_DIGITS ? p + d : p));
  return (
    <div className="staff-pin">
      <p className="staff-prompt">{STAFF.pinPrompt}</p>
      <output className="staff-dots" aria-live="polite" aria-label={STAFF.pinDots(pin.length)}>
        {pin.length ? '●'.repeat(pin.length) : '\u00a0'}
      </output>
      <div className="staff-keys">
        {KEYS.map((d) => (
          <button key={d} type="button" className="staff-key" disabled={busy} onClick={() => press(d)}>
            {d}
          </button>
        ))}
        <button type="button" className="staff-key" aria-label={STAFF.delete} disabled={busy || !pin} onClick={() => setPin((p) => p.slice(0, -1))}>
          ⌫
        </button>
        <button type="button" className="staff-key" disabled={busy} onClick={() => press('0')}>
          0
        </button>
        <button type="button" className="staff-key staff-ok" disabled={busy || !pin} onClick={() => onSubmit(pin)}>
          {busy ? STAFF.checking : STAFF.signIn}
        </button>
      </div>
      <button type="button" className="staff-secondary" onClick={onCancel}>
        {STAFF.cancel}
      </button>
    </div>
  );
}
