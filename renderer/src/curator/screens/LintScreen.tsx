import { useState, type ReactElement } from 'react';
import type { LintFinding } from '../../../../archive/api/contract';
import { ErrorNote } from '../components/Badges';
import { Dialog } from '../components/Dialog';
import { TextField } from '../components/fields';
import { useCt } from '../i18n/use-ct';
import { useEngineText, type EngineTexts } from '../i18n/use-engine-text';
import type { Ct } from '../i18n/use-ct';
import { call } from '../lib/curator-api';
import { curatorNav } from '../lib/nav';
import { useLoad } from '../lib/use-load';

/** The content check: what blocks publishing (fix, or waive with a reason) and what is only a warning. */
/** Where a finding is: "事迹（英文）", or for missing translations the language they are missing in. */
function findingPlace(f: LintFinding, t: Ct, text: EngineTexts): string | null {
  const lang = f.lang ? t(`cur.lang.${f.lang}`) : null;
  if (f.rule === 'missing-translation') return lang ? t('cur.check.translations', { lang }) : null;
  if (!f.field) return null;
  const field = f.field.split(',').map(text.field).join(t('cur.import.listSeparator'));
  return lang && f.lang !== 'zh' ? t('cur.check.whereLang', { field, lang }) : t('cur.check.where', { field });
}

/** A photo's finding is labelled "exhibit · 1a2b3c4d" by the engine: the hash means nothing to a curator. */
function findingLabel(f: LintFinding, t: Ct): string {
  return f.entity === 'media' ? t('cur.check.photo', { label: f.label.replace(/ · [0-9a-f]{8}$/, '') }) : f.label;
}

type Show = 'all' | 'block' | 'warning' | 'waived';
const shows = (f: LintFinding, s: Show) => s === 'all' || (s === 'waived' ? f.waiver !== null : f.severity === s && f.waiver === null);

export function LintScreen(): ReactElement {
  const t = useCt();
  const text = useEngineText();
  const [show, setShow] = useState<Show>('all');
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
          {r.notes.map((n, i) => (
            <p key={n} className="cur-hint">
              {(r.noteKeys[i] && text.note(r.noteKeys[i]!)) ?? n}
            </p>
          ))}
          {r.findings.length === 0 && <p className="cur-empty">{t('cur.check.none')}</p>}
          {r.findings.length > 0 && (
            <div className="cur-actions cur-check-filter" role="group" aria-label={t('cur.check.show')}>
              {(['all', 'block', 'warning', 'waived'] as const).map((s) => (
                <button key={s} type="button" className="cur-btn cur-btn-small" aria-pressed={show === s} onClick={() => setShow(s)}>
                  {t(`cur.check.show.${s}`, { n: r.findings.filter((f) => shows(f, s)).length })}
                </button>
              ))}
            </div>
          )}
          <ul className="cur-findings">
            {r.findings.filter((f) => shows(f, show)).map((f) => {
              const said = text.finding(f);
              const place = findingPlace(f, t, text);
              return (
              <li key={f.key} className={`cur-finding cur-finding-${f.waiver ? 'waived' : f.severity}`}>
                <div className="cur-finding-head">
                  <span className={`cur-badge ${f.severity === 'block' ? 'cur-badge-block' : 'cur-badge-review'}`}>{t(f.severity === 'block' ? 'cur.check.block' : 'cur.check.warning')}</span>
                  <strong>{findingLabel(f, t)}</strong>
                  {place && <span className="cur-finding-place">{place}</span>}
                  <span className="cur-finding-rule">{text.rule(f.rule)}</span>
                </div>
                <p>{said.message}</p>
                {f.excerpt && f.range && (
                  <p className="cur-excerpt">
                    {f.excerpt.slice(0, f.range[0])}
                    <mark>{f.excerpt.slice(f.range[0], f.range[1])}</mark>
                    {f.excerpt.slice(f.range[1])}
                  </p>
                )}
                {said.suggestion && <p className="cur-hint">{t('cur.check.suggestion', { s: said.suggestion })}</p>}
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
                    <button type="button" className="cur-btn cur-btn-small" onClick={() => void act(() => call('unwaiveFinding', { key: f.key }))} aria-label={`${t('cur.check.unwaive')}：${f.label}`}>
                      {t('cur.check.unwaive')}
                    </button>
                  )}
                  {f.token && (f.rule === 'injected-token' || f.rule === 'repeated-foreign-token' || f.rule === 'mixed-script') && (
                    <button type="button" className="cur-btn cur-btn-small" onClick={() => void act(() => call('allowTerm', { term: f.token!, note: f.label }))}>
                      {t('cur.check.allow', { term: f.token })}
                    </button>
                  )}
                </div>
              </li>
              );
            })}
          </ul>
          {r.allowedTerms.length > 0 && (
            <>
              <h2>{t('cur.check.allowed')}</h2>
              <ul className="cur-rows">
                {r.allowedTerms.map((a) => (
                  <li key={a.term} className="cur-row-with-actions">
                    <span className="cur-row">
                      <span className="cur-row-text">
                        <strong>{a.term}</strong>
                        {a.note && <span className="cur-row-meta">{a.note}</span>}
                      </span>
                    </span>
                    <button type="button" className="cur-btn cur-btn-small" onClick={() => void act(() => call('disallowTerm', { term: a.term }))}>
                      {t('cur.check.disallow', { term: a.term })}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {waiving && <WaiveDialog finding={waiving} onClose={() => setWaiving(null)} onDone={report.reload} />}
    </div>
  );
}

function WaiveDialog({ finding, onClose, onDone }: { finding: LintFinding; onClose: () => void; onDone: () => void }): ReactElement {
  const t = useCt();
  const text = useEngineText();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async () => {
    try {
      await call('waiveFinding', { key: finding.key, reason, ...(finding.exhibitId !== null ? { exhibitId: finding.exhibitId } : {}) });
      onDone();
      onClose();
    } catch (e) {
      setError(text.errorLine(e));
    }
  };
  return (
    <Dialog
      title={t('cur.check.waiveFor', { label: findingLabel(finding, t) })}
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
      <p>{text.finding(finding).message}</p>
      <TextField label={t('cur.check.waiveReason')} value={reason} onChange={setReason} error={error} hint={t('cur.check.waiveHint')} />
    </Dialog>
  );
}
