import { useEffect, useState, type FormEvent, type ReactElement } from 'react';
import { api, ApiError } from '../../api/client';
import { useCt } from '../i18n/use-ct';
import { useEngineText } from '../i18n/use-engine-text';
import { session, useSession } from '../lib/session';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * The PIN pad. Big keys for a touchscreen, a real input for a keyboard; after repeated wrong PINs the
 * archive closes sign-in for a while and the pad counts down with it.
 */
export function SignIn({ overlay = false }: { overlay?: boolean }): ReactElement {
  const t = useCt();
  const engine = useEngineText();
  const { info } = useSession();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [lockedFor, setLockedFor] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (lockedFor <= 0) return;
    const timer = window.setTimeout(() => setLockedFor((s) => s - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [lockedFor]);

  const ended = info?.endedBecause;
  const notice = overlay ? t('cur.signin.again') : ended === 'idle' ? t('cur.signin.idle') : ended === 'account-changed' ? t('cur.signin.accountChanged') : ended === 'signed-out' ? t('cur.signin.signedOut') : null;

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!pin || busy || lockedFor > 0) return;
    setBusy(true);
    try {
      const next = await api.curatorLogin({ pin, ...(name.trim() ? { name: name.trim() } : {}) });
      setPin('');
      setMessage(null);
      session.signedIn(next);
    } catch (err) {
      setPin('');
      if (!(err instanceof ApiError)) setMessage(t('cur.offline'));
      else {
        const d = err.details as { retryAfterSeconds?: number; attemptsLeft?: number } | undefined;
        if (d?.retryAfterSeconds) setLockedFor(d.retryAfterSeconds);
        if (err.code === 'SIGN_IN_LOCKED') setMessage(t('cur.signin.locked', { s: d?.retryAfterSeconds ?? 0 }));
        else if (err.code === 'WRONG_PIN') setMessage(d?.retryAfterSeconds ? t('cur.signin.locked', { s: d.retryAfterSeconds }) : d?.attemptsLeft ? t('cur.signin.wrongLeft', { n: d.attemptsLeft }) : t('cur.signin.wrong'));
        else if (err.code === 'NAME_NEEDED') setMessage(t('cur.signin.nameNeeded'));
        else if (err.code === 'NO_CURATORS') setMessage(t('cur.signin.noCurators'));
        else setMessage(engine.errorLine(err));
      }
    } finally {
      setBusy(false);
    }
  };

  const press = (d: string) => setPin((p) => (p.length < 12 ? p + d : p));
  const locked = lockedFor > 0;

  return (
    <div className={overlay ? 'cur-signin-overlay' : 'cur-signin-page'}>
      <form className="cur-signin" onSubmit={submit} aria-labelledby="cur-signin-title">
        <h1 id="cur-signin-title">{t('cur.signin.title')}</h1>
        <p className="cur-signin-sub">{t('cur.subtitle')}</p>
        {notice && (
          <p className="cur-notice" role="status">
            {notice}
          </p>
        )}
        <div className="cur-field">
          <label htmlFor="cur-signin-name">{t('cur.signin.name')}</label>
          <input id="cur-signin-name" value={name} autoComplete="username" onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="cur-field">
          <label htmlFor="cur-signin-pin">{t('cur.signin.pin')}</label>
          <input
            id="cur-signin-pin"
            type="password"
            inputMode="numeric"
            autoComplete="current-password"
            value={pin}
            maxLength={12}
            onChange={(e) => setPin(e.target.value.replace(/[^0-9０-９]/g, '').slice(0, 12))}
            aria-describedby="cur-signin-msg"
          />
        </div>
        <div className="cur-pinpad" role="group" aria-label={t('cur.signin.pad')}>
          {DIGITS.map((d) => (
            <button key={d} type="button" className="cur-pinkey" aria-label={t('cur.signin.digit', { d })} onClick={() => press(d)} disabled={locked}>
              {d}
            </button>
          ))}
          <button type="button" className="cur-pinkey cur-pinkey-small" onClick={() => setPin('')} disabled={locked}>
            {t('cur.signin.clear')}
          </button>
          <button type="button" className="cur-pinkey" aria-label={t('cur.signin.digit', { d: '0' })} onClick={() => press('0')} disabled={locked}>
            0
          </button>
          <button type="button" className="cur-pinkey cur-pinkey-small" aria-label={t('cur.signin.backspace')} onClick={() => setPin((p) => p.slice(0, -1))} disabled={locked}>
            ⌫
          </button>
        </div>
        <p id="cur-signin-msg" className={message ? 'cur-signin-error' : 'cur-visually-hidden'} role="alert">
          {locked ? t('cur.signin.locked', { s: lockedFor }) : (message ?? '')}
        </p>
        <button type="submit" className="cur-btn cur-btn-primary cur-btn-wide" disabled={!pin || busy || locked}>
          {t('cur.signin.submit')}
        </button>
        {!overlay && (
          <a className="cur-link" href="/">
            {t('cur.signin.toKiosk')}
          </a>
        )}
      </form>
    </div>
  );
}
