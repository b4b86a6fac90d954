import { useState, type ReactElement } from 'react';
import type { ChangeEntry } from '../../../../archive/api/contract';
import { ApiError } from '../../api/client';
import { ErrorNote } from '../components/Badges';
import { ConfirmDialog } from '../components/Dialog';
import { Toggle } from '../components/fields';
import { isCuratorKey } from '../i18n/catalog';
import { useCt, useCuratorI18n } from '../i18n/use-ct';
import { actorName, localTime } from '../lib/actor';
import { call } from '../lib/curator-api';
import { fieldName } from '../lib/field-names';
import { curatorNav } from '../lib/nav';
import { useLoad } from '../lib/use-load';

const PAGE = 50;

/** Every change, newest first, each with who, when and what; any content change can be undone from here. */
export function History({ entity, entityId }: { entity: string | null; entityId: string | null }): ReactElement {
  const t = useCt();
  const { lang } = useCuratorI18n();
  const [sessions, setSessions] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const [confirm, setConfirm] = useState<{ entry: ChangeEntry; later: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<number | null>(null);
  const list = useLoad(
    () => call('listChanges', { ...(entity ? { entity } : {}), ...(entityId ? { entityId } : {}), includeSessions: sessions, limit }),
    [entity, entityId, sessions, limit],
  );

  const actionLabel = (a: string) => {
    const key = `cur.action.${a}`;
    return isCuratorKey(key) ? t(key) : a;
  };

  const revert = async (entry: ChangeEntry, undoLaterChanges = false) => {
    setConfirm(null);
    try {
      await call('revertChange', { id: entry.id, undoLaterChanges });
      setMessage(t('cur.history.done'));
      setError(null);
      list.reload();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'REVERT_CONFLICT' && typeof e.details?.later === 'number') setConfirm({ entry, later: e.details.later });
      else setError(e);
    }
  };

  return (
    <div className="cur-page">
      <div className="cur-page-head">
        <h1>{t('cur.history.title')}</h1>
        <Toggle label={t('cur.history.sessions')} checked={sessions} onChange={setSessions} />
      </div>
      {entity && (
        <p className="cur-hint">
          {t('cur.history.only', { name: list.data?.entries[0]?.label ?? `${entity} ${entityId ?? ''}` })}{' '}
          <button type="button" className="cur-btn cur-btn-small" onClick={() => curatorNav.go({ screen: 'history', entity: null, entityId: null })}>
            {t('cur.common.all')}
          </button>
        </p>
      )}
      {message && (
        <p className="cur-ok" role="status">
          {message}
        </p>
      )}
      <ErrorNote error={list.error ?? error} />
      {list.data?.entries.length === 0 && <p className="cur-empty">{t('cur.history.empty')}</p>}
      <ol className="cur-history">
        {list.data?.entries.map((e) => (
          <li key={e.id} className={e.revertedBy ? 'cur-history-undone' : undefined}>
            <div className="cur-history-main">
              <span className="cur-history-id">{t('cur.history.entry', { n: e.id })}</span>
              <span className="cur-history-what">
                <strong>{actionLabel(e.action)}</strong>
                {/* An import is filed under its plan's fingerprint, which tells a curator nothing. */}
                {!/^[0-9a-f]{16,}$/.test(e.label) && <> · {e.label}</>}
              </span>
              <span className="cur-history-meta">
                {actorName(e.actor, t)} · <time dateTime={e.at}>{localTime(e.at, lang)}</time>
                {e.fields.length > 0 && e.fields[0] !== 'order' && <> · {t('cur.history.fields', { fields: e.fields.map((f) => fieldName(t, f, e.entity)).join('、') })}</>}
              </span>
              {e.reverts && <span className="cur-badge cur-badge-review">{t('cur.history.isUndo', { n: e.reverts })}</span>}
              {e.revertedBy && <span className="cur-badge cur-badge-hidden">{t('cur.history.undone', { n: e.revertedBy })}</span>}
            </div>
            <div className="cur-actions">
              <button type="button" className="cur-btn cur-btn-small" aria-expanded={open === e.id} onClick={() => setOpen(open === e.id ? null : e.id)} aria-label={`${t('cur.history.details')}：${t('cur.history.entry', { n: e.id })}`}>
                {t('cur.history.details')}
              </button>
              {e.revertible && (
                <button type="button" className="cur-btn cur-btn-small cur-btn-undo" onClick={() => void revert(e)} aria-label={`${t('cur.history.undo')}：${actionLabel(e.action)} ${e.label}（${t('cur.history.entry', { n: e.id })}）`}>
                  {t('cur.history.undo')}
                </button>
              )}
            </div>
            {open === e.id && <Details id={e.id} />}
          </li>
        ))}
      </ol>
      {list.data && list.data.total > limit && (
        <button type="button" className="cur-btn" onClick={() => setLimit((n) => n + PAGE)}>
          {t('cur.common.more')}
        </button>
      )}
      {confirm && (
        <ConfirmDialog
          title={t('cur.history.undo')}
          body={<p>{t('cur.history.confirmLater', { n: confirm.later })}</p>}
          confirm={t('cur.common.confirm')}
          cancel={t('cur.common.cancel')}
          danger
          onConfirm={() => void revert(confirm.entry, true)}
          onCancel={() => setConfirm(null)}
        />
      )}
    </div>
  );
}

function show(v: unknown): string {
  if (v === undefined) return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v, null, 1);
  return s.length > 600 ? `${s.slice(0, 600)}…` : s;
}

/** Before and after of the fields the change touched. */
function Details({ id }: { id: number }): ReactElement {
  const t = useCt();
  const d = useLoad(() => call('getChange', { id }), [id]);
  if (!d.data) return <ErrorNote error={d.error} />;
  const before = (d.data.before ?? {}) as Record<string, unknown>;
  const after = (d.data.after ?? {}) as Record<string, unknown>;
  const fields = d.data.entry.fields.length && d.data.entry.fields[0] !== 'order' ? d.data.entry.fields : null;
  return (
    <table className="cur-diff">
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col">{t('cur.history.before')}</th>
          <th scope="col">{t('cur.history.after')}</th>
        </tr>
      </thead>
      <tbody>
        {fields ? (
          fields.map((f) => (
            <tr key={f}>
              <th scope="row">{fieldName(t, f, d.data!.entry.entity)}</th>
              <td>{show(before[f])}</td>
              <td>{show(after[f])}</td>
            </tr>
          ))
        ) : (
          <tr>
            <th scope="row" />
            <td>{show(d.data.before)}</td>
            <td>{show(d.data.after)}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
