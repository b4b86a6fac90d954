import { useState, type ReactElement } from 'react';
import type { LintFinding } from '../../../../archive/api/contract';
import { ErrorNote } from '../components/Badges';
import { Dialog } from '../components/Dialog';
import { TextField } from '../components/fields';
import { useCt } from '../i18n/use-ct';
import { call } from '../lib/curator-api';
import { curatorNav } from '../lib/nav';
import { useLoad } from '../lib/use-load';

/** The content check: what blocks publishing (fix, or waive with a reason) and what is only a warning. */
export function LintScreen(): ReactElement {
  const t = useCt();
  const report = useLoad(() => call('lintArchive', {}), []);
  const [waiving, setWaiving] = useState<LintFinding | null>(null);
  const [error, setError] = useState<unknown>(null);
  const act = async (job: () => Promise<unknown>) => {
    try {
      await job();
      setError(null);
      report.reload();
    } catch (e) {
      setError(e);
    }
  };
  const r = report.data;
  return (
    <div className="cur-page">
      <div className="cur-page-head">
        <h1>{t('cur.check.title')}</h1>
        <button type="button" className="cur-btn" onClick={report.reload} disabled={report.loading}>
          {t('cur.check.run')}
        </button>
      </div>
      <ErrorNote error={report.error ?? error} />
      {!r && report.loading && <p className="cur-notice">{t('cur.common.loading')}</p>}
      {r && (
        <>
          <p className="cur-count" role="status">
            {t('cur.check.counts', { blocking: r.counts.blocking, warnings: r.counts.warnings, waived: r.counts.waived })}
          </p>
          {r.notes.map((n) => (
            <p key={n} className="cur-hint">
              {n}
            </p>
          ))}
          {r.findings.length === 0 && <p className="cur-empty">{t('cur.check.none')}</p>}
          <ul className="cur-findings">
            {r.findings.map((f) => (
              <li key={f.key} className={`cur-finding cur-finding-${f.waiver ? 'waived' : f.severity}`}>
                <div className="cur-finding-head">
                  <span className={`cur-badge ${f.severity === 'block' ? 'cur-badge-block' : 'cur-badge-review'}`}>{t(f.severity === 'block' ? 'cur.check.block' : 'cur.check.warning')}</span>
                  <strong>{f.label}</strong>
                  {f.field && (
                    <span className="cur-hint">
                      {f.field}
                      {f.lang ? ` · ${f.lang}` : ''}
                    </span>
                  )}
                </div>
                <p>{f.message}</p>
                {f.excerpt && f.range && (
                  <p className="cur-excerpt">
                    {f.excerpt.slice(0, f.range[0])}
                    <mark>{f.excerpt.slice(f.range[0], f.range[1])}</mark>
                    {f.excerpt.slice(f.range[1])}
                  </p>
                )}
                {f.suggestion && <p className="cur-hint">{f.suggestion}</p>}
                {f.waiver && <p className="cur-hint">{t('cur.check.waived', { reason: f.waiver.reason })}</p>}
                <div className="cur-actions">
                  {f.exhibitId !== null && (
                    <button type="button" className="cur-btn cur-btn-small" onClick={() => curatorNav.go({ screen: 'exhibit', id: f.exhibitId, collection: null })} aria-label={`${t('cur.check.fix')}：${f.label}`}>
                      {t('cur.check.fix')}
                    </button>
                  )}
                  {f.severity === 'block' && !f.waiver && (
                    <button type="button" className="cur-btn cur-btn-small" onClick={() => setWaiving(f)} aria-label={`${t('cur.check.waive')}：${f.label} ${f.field ?? ''}`}>
                      {t('cur.check.waive')}
                    </button>
                  )}
                  {f.waiver && (
                    <button type="button" className="cur-btn cur-btn-small" onClick={() => void act(() => call('unwaiveFinding', { key: f.key }))}>
                      {t('cur.common.cancel')} {t('cur.check.waive')}
                    </button>
                  )}
                  {f.token && (f.rule === 'injected-token' || f.rule === 'repeated-foreign-token' || f.rule === 'mixed-script') && (
                    <button type="button" className="cur-btn cur-btn-small" onClick={() => void act(() => call('allowTerm', { term: f.token!, note: f.label }))}>
                      {t('cur.check.allow', { term: f.token })}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {waiving && <WaiveDialog finding={waiving} onClose={() => setWaiving(null)} onDone={report.reload} />}
    </div>
  );
}

function WaiveDialog({ finding, onClose, onDone }: { finding: LintFinding; onClose: () => void; onDone: () => void }): ReactElement {
  const t = useCt();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async () => {
    try {
      await call('waiveFinding', { key: finding.key, reason, ...(finding.exhibitId !== null ? { exhibitId: finding.exhibitId } : {}) });
      onDone();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Dialog
      title={`${t('cur.check.waive')}：${finding.label}`}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="cur-btn" onClick={onClose}>
            {t('cur.common.cancel')}
          </button>
          <button type="button" className="cur-btn cur-btn-primary" disabled={reason.trim().length < 4} onClick={() => void submit()}>
            {t('cur.check.waive')}
          </button>
        </>
      }
    >
      <p>{finding.message}</p>
      <TextField label={t('cur.check.waiveReason')} value={reason} onChange={setReason} error={error} />
    </Dialog>
  );
}
