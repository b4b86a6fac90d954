import { useState, type FormEvent, type ReactElement } from 'react';
import { api, ApiError } from '../../api/client';
import { TextField } from '../components/fields';
import { useCt } from '../i18n/use-ct';
import { session } from '../lib/session';

/** Choosing one's own PIN: forced after an account is made or reset, and available any time from the menu. */
export function ChangePin({ forced, onDone }: { forced: boolean; onDone?: () => void }): ReactElement {
  const t = useCt();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

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
        const fields = (err.details?.fields ?? {}) as Record<string, string>;
        setErrors(Object.keys(fields).length ? fields : { newPin: err.message });
      } else setErrors({ newPin: t('cur.offline') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={forced ? 'cur-signin cur-changepin' : 'cur-changepin'} onSubmit={submit} aria-labelledby="cur-pin-title">
      {forced ? <h1 id="cur-pin-title">{t('cur.pin.title')}</h1> : <h2 id="cur-pin-title" className="cur-visually-hidden">{t('cur.pin.title')}</h2>}
      {forced && <p className="cur-notice">{t('cur.pin.why')}</p>}
      <TextField label={t('cur.pin.current')} type="password" inputMode="numeric" value={current} onChange={setCurrent} error={errors.currentPin} autoComplete="current-password" />
      <TextField label={t('cur.pin.new')} type="password" inputMode="numeric" value={next} onChange={setNext} error={errors.newPin} autoComplete="new-password" />
      <TextField label={t('cur.pin.repeat')} type="password" inputMode="numeric" value={repeat} onChange={setRepeat} error={errors.repeat} autoComplete="new-password" />
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
