import { useState, type FormEvent, type ReactElement } from 'react';
import type { CuratorRole, CuratorSummary } from '../../../../archive/api/contract';
import { ApiError } from '../../api/client';
import { ErrorNote } from '../components/Badges';
import { Dialog } from '../components/Dialog';
import { SelectField, TextField } from '../components/fields';
import { useCt, useCuratorI18n } from '../i18n/use-ct';
import { useEngineText } from '../i18n/use-engine-text';
import { localFieldErrors } from '../lib/field-messages';
import { localTime } from '../lib/actor';
import { call } from '../lib/curator-api';
import { useSession } from '../lib/session';
import { useLoad } from '../lib/use-load';

/** Administrators add curators with a temporary PIN (changed at first sign-in), reset PINs and disable accounts. */
export function Curators(): ReactElement {
  const t = useCt();
  const { lang } = useCuratorI18n();
  const { info } = useSession();
  const list = useLoad(() => call('listCurators', {}), []);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<CuratorSummary | null>(null);
  const act = async (job: () => Promise<unknown>) => {
    try {
      await job();
      setError(null);
      list.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="cur-page">
      <div className="cur-page-head">
        <h1>{t('cur.curators.title')}</h1>
        <button type="button" className="cur-btn cur-btn-primary" onClick={() => setAdding(true)}>
          {t('cur.curators.add')}
        </button>
      </div>
      <ErrorNote error={list.error ?? error} />
      <ul className="cur-rows">
        {list.data?.curators.map((c) => (
          <li key={c.id} className="cur-row-with-actions">
            <span className="cur-row">
              <span className="cur-row-text">
                <strong>{c.name}</strong>
                <span className="cur-row-meta">
                  <span className="cur-badge">{t(c.role === 'admin' ? 'cur.role.admin' : 'cur.role.curator')}</span>
                  {c.disabled && <span className="cur-badge cur-badge-hidden">{t('cur.curators.disabled')}</span>}
                  {c.mustChangePin && <span className="cur-badge cur-badge-review">{t('cur.curators.mustChange')}</span>}
                  <span>{c.lastSignInAt ? t('cur.curators.lastSignIn', { at: localTime(c.lastSignInAt, lang) }) : t('cur.curators.never')}</span>
                </span>
              </span>
            </span>
            {c.id !== info?.curator?.id && (
              <div className="cur-actions">
                <button type="button" className="cur-btn cur-btn-small" onClick={() => void act(() => call('updateCurator', { id: c.id, role: c.role === 'admin' ? 'curator' : 'admin' }))}>
                  {t(c.role === 'admin' ? 'cur.curators.makeCurator' : 'cur.curators.makeAdmin')}
                </button>
                <button type="button" className="cur-btn cur-btn-small" onClick={() => setResetting(c)}>
                  {t('cur.curators.resetPin')}
                </button>
                <button type="button" className="cur-btn cur-btn-small" onClick={() => void act(() => call('updateCurator', { id: c.id, disabled: !c.disabled }))}>
                  {t(c.disabled ? 'cur.curators.enable' : 'cur.curators.disable')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {adding && <CuratorDialog onClose={() => setAdding(false)} onDone={list.reload} />}
      {resetting && <CuratorDialog target={resetting} onClose={() => setResetting(null)} onDone={list.reload} />}
    </div>
  );
}

function CuratorDialog({ target, onClose, onDone }: { target?: CuratorSummary; onClose: () => void; onDone: () => void }): ReactElement {
  const t = useCt();
  const engine = useEngineText();
  const [name, setName] = useState('');
  const [role, setRole] = useState<CuratorRole>('curator');
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    try {
      if (target) await call('resetCuratorPin', { id: target.id, pin });
      else await call('addCurator', { name, role, pin });
      onDone();
      onClose();
    } catch (x) {
      if (x instanceof ApiError) setErrors(localFieldErrors(x, engine, 'pin'));
    }
  };
  return (
    <Dialog
      title={target ? `${t('cur.curators.resetPin')}：${target.name}` : t('cur.curators.add')}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="cur-btn" onClick={onClose}>
            {t('cur.common.cancel')}
          </button>
          <button type="button" className="cur-btn cur-btn-primary" onClick={() => void submit()}>
            {t('cur.common.save')}
          </button>
        </>
      }
    >
      <form onSubmit={(e) => void submit(e)}>
        <div className="cur-dialog-form">
          {!target && <TextField label={t('cur.curators.name')} value={name} onChange={setName} error={errors.name} />}
          {!target && (
            <SelectField
              label={t('cur.curators.role')}
              value={role}
              options={[
                { value: 'curator', label: t('cur.role.curator') },
                { value: 'admin', label: t('cur.role.admin') },
              ]}
              onChange={setRole}
            />
          )}
          <TextField label={t('cur.curators.pin')} inputMode="numeric" value={pin} onChange={setPin} error={errors.pin} />
        </div>
      </form>
    </Dialog>
  );
}
