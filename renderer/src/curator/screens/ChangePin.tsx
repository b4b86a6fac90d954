import { useState, type FormEvent, type ReactElement } from 'react';
import { api, ApiError } from '../../api/client';
import { TextField } from '../components/fields';
import { useCt } from '../i18n/use-ct';
import { useEngineText } from '../i18n/use-engine-text';
import { localFieldErrors } from '../lib/field-messages';
import { session } from '../lib/session';

type PinField = 'currentPin' | 'newPin' | 'repeat';

/** Choosing one's own PIN: forced after an account is made or reset, and available any time from the menu. */
export function ChangePin({ forced, onDone }: { forced: boolean; onDone?: () => void }): ReactElement {
  const t = useCt();
  const engine = useEngineText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  /** The field the on-screen keypad types into: the one last touched. */
  const [target, setTarget] = useState<PinField>('currentPin');
  const setters: Record<PinField, [string, (v: string) => void]> = { currentPin: [current, setCurrent], newPin: [next, setNext], repeat: [repeat, setRepeat] };
  const press = (key: string) => {
    const [value, set] = setters[target];
    set(key === 'back' ? value.slice(0, -1) : key === 'clear' ? '' : value.length < 12 ? value + key : value);
  };
  const labels: Record<PinField, string> = { currentPin: t('cur.pin.current'), newPin: t('cur.pin.new'), repeat: t('cur.pin.repeat') };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (next !== repeat) {
      setErrors({ repeat: t('cur.pin.mismatch') });
      return;
    }
    setBusy(true);
    try {
      const info = await api.curatorChangePin({ currentPin: current, newPin: next });
      setErrors({});
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
      session.signedIn(info);
      onDone?.();
    } catch (err) {
      if (err instanceof ApiError) {
        setErrors(localFieldErrors(err, engine, 'newPin'));
      } else setErrors({ newPin: t('cur.offline') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={forced ? 'cur-signin cur-changepin' : 'cur-changepin'} onSubmit={submit} aria-labelledby="cur-pin-title">
      {forced ? <h1 id="cur-pin-title">{t('cur.pin.title')}</h1> : <h2 id="cur-pin-title" className="cur-visually-hidden">{t('cur.pin.title')}</h2>}
      {forced && <p className="cur-notice">{t('cur.pin.why')}</p>}
      <div
        className="cur-pin-fields"
        data-target={target}
        onFocusCapture={(e) => {
          const name = (e.target as HTMLInputElement).name;
          if (name === 'currentPin' || name === 'newPin' || name === 'repeat') setTarget(name);
        }}
      >
        <TextField label={labels.currentPin} name="currentPin" type="password" inputMode="numeric" value={current} onChange={setCurrent} error={errors.currentPin} autoComplete="current-password" />
        <TextField label={labels.newPin} name="newPin" type="password" inputMode="numeric" value={next} onChange={setNext} error={errors.newPin} autoComplete="new-password" />
        <TextField label={labels.repeat} name="repeat" type="password" inputMode="numeric" value={repeat} onChange={setRepeat} error={errors.repeat} autoComplete="new-password" />
      </div>
      {/* A kiosk touchscreen may have no keyboard at all: the same keypad as at sign-in, into the field last touched. */}
      <p className="cur-hint" aria-live="polite">
        {t('cur.pin.padTarget', { field: labels[target] })}
      </p>
      <div className="cur-pinpad cur-pinpad-compact" role="group" aria-label={t('cur.signin.pad')}>
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => (
          <button key={d} type="button" className="cur-pinkey" aria-label={t('cur.signin.digit', { d })} onClick={() => press(d)}>
            {d}
          </button>
        ))}
        <button type="button" className="cur-pinkey cur-pinkey-small" onClick={() => press('clear')}>
          {t('cur.signin.clear')}
        </button>
        <button type="button" className="cur-pinkey" aria-label={t('cur.signin.digit', { d: '0' })} onClick={() => press('0')}>
          0
        </button>
        <button type="button" className="cur-pinkey cur-pinkey-small" aria-label={t('cur.signin.backspace')} onClick={() => press('back')}>
          ⌫
        </button>
      </div>
      {done && (
        <p className="cur-ok" role="status">
          {t('cur.pin.done')}
        </p>
      )}
      <button type="submit" className="cur-btn cur-btn-primary cur-btn-wide" disabled={busy || !current || !next}>
        {t('cur.pin.save')}
      </button>
    </form>
  );
}
