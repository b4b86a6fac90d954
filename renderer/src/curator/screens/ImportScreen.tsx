import { useState, type ReactElement } from 'react';
import type { BackupInfo, ImportPlanReport, ImportProblem, ImportResult } from '../../../../archive/api/contract';
import { ErrorNote } from '../components/Badges';
import { ConfirmDialog } from '../components/Dialog';
import { Section, SelectField } from '../components/fields';
import { isCuratorKey, type CuratorKey } from '../i18n/catalog';
import { useCt, useCuratorI18n, type Ct } from '../i18n/use-ct';
import { useEngineText } from '../i18n/use-engine-text';
import { actorName, localTime } from '../lib/actor';
import { call } from '../lib/curator-api';
import { uploadFile } from '../lib/upload';
import { useLoad } from '../lib/use-load';

interface Uploaded {
  sourceUpload: string;
  photoUploads: string[];
}

const folderProps = { webkitdirectory: '', directory: '' } as Record<string, string>;

/**
 * Bulk import: a spreadsheet and a folder of photos are uploaded, checked (the dry run changes nothing),
 * and only then applied, after an automatic backup that one click restores.
 */
export function ImportScreen(): ReactElement {
  const t = useCt();
  const { lang } = useCuratorI18n();
  const engine = useEngineText();
  const collections = useLoad(() => call('listCuratorCollections', {}), []);
  const backups = useLoad(() => call('listBackups', {}), []);
  const [file, setFile] = useState<File | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);
  const [collection, setCollection] = useState('');
  const [status, setStatus] = useState<'draft' | 'published'>('draft');
  const [uploaded, setUploaded] = useState<Uploaded | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [plan, setPlan] = useState<ImportPlanReport | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [restored, setRestored] = useState(false);

  const options = () => ({ ...(collection ? { collection } : {}), status });
  const reset = () => {
    setUploaded(null);
    setPlan(null);
    setResult(null);
  };

  const upload = async (): Promise<Uploaded> => {
    if (uploaded) return uploaded;
    const all = [file!, ...photos];
    let done = 0;
    setProgress(t('cur.import.uploading', { done, total: all.length }));
    const sourceUpload = await uploadFile(file!);
    setProgress(t('cur.import.uploading', { done: ++done, total: all.length }));
    const photoUploads: string[] = [];
    for (const p of photos) {
      photoUploads.push(await uploadFile(p, undefined, p.webkitRelativePath || p.name));
      setProgress(t('cur.import.uploading', { done: ++done, total: all.length }));
    }
    const u = { sourceUpload, photoUploads };
    setUploaded(u);
    return u;
  };

  const check = async () => {
    setError(null);
    setResult(null);
    setRestored(false);
    try {
      const u = await upload();
      setProgress(t('cur.import.checking'));
      setPlan(await call('planImport', { ...u, options: options() }));
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  };

  const apply = async (skipRejected: boolean) => {
    if (!plan || !uploaded) return;
    setError(null);
    setProgress(t('cur.import.applying'));
    try {
      setResult(await call('applyImport', { ...uploaded, options: options(), planId: plan.planId, skipRejected }));
      setPlan(null);
      setUploaded(null);
      backups.reload();
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  };

  const restore = async (b: BackupInfo) => {
    setRestoring(null);
    setProgress(t('cur.common.loading'));
    try {
      await call('restoreBackup', { id: b.id });
      setRestored(true);
      backups.reload();
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="cur-page">
      <h1>{t('cur.import.title')}</h1>
      <Section title={t('cur.import.files')}>
        <div className="cur-grid">
          <div className="cur-field">
            <span className="cur-field-label">{t('cur.import.file')}</span>
            <input
              id="cur-import-file"
              className="cur-visually-hidden"
              type="file"
              aria-label={t('cur.import.file')}
              accept=".csv,.tsv,.txt,.xlsx,.json,.jsonl,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                reset();
              }}
            />
            <label className="cur-btn cur-file-button" htmlFor="cur-import-file">
              {t('cur.import.choose')}
            </label>
            <p className="cur-hint">{file ? t('cur.import.chosen', { name: file.name }) : t('cur.import.nothingChosen')}</p>
          </div>
          <div className="cur-field">
            <span className="cur-field-label">{t('cur.import.photos')}</span>
            <input
              id="cur-import-photos"
              className="cur-visually-hidden"
              type="file"
              multiple
              aria-label={t('cur.import.photos')}
              {...folderProps}
              onChange={(e) => {
                setPhotos([...(e.target.files ?? [])].filter((f) => !/(^|\/)\./.test(f.webkitRelativePath || f.name)));
                reset();
              }}
            />
            <label className="cur-btn cur-file-button" htmlFor="cur-import-photos">
              {t('cur.import.chooseFolder')}
            </label>
            <p className="cur-hint">{photos.length > 0 ? t('cur.import.photoCount', { n: photos.length }) : t('cur.import.nothingChosen')}</p>
          </div>
          <SelectField
            label={t('cur.import.collection')}
            value={collection}
            options={[{ value: '', label: t('cur.common.none') }, ...(collections.data?.collections ?? []).map((c) => ({ value: c.slug, label: c.title.zh }))]}
            onChange={(v) => {
              setCollection(v);
              setPlan(null);
            }}
          />
          <SelectField
            label={t('cur.import.status')}
            value={status}
            options={[
              { value: 'draft', label: t('cur.status.draft') },
              { value: 'published', label: t('cur.status.published') },
            ]}
            onChange={(v) => {
              setStatus(v);
              setPlan(null);
            }}
          />
        </div>
        <div className="cur-actions">
          <button type="button" className="cur-btn cur-btn-primary" disabled={!file || progress !== null} onClick={() => void check()}>
            {t('cur.import.dryRun')}
          </button>
        </div>
        {progress && (
          <p className="cur-notice" role="status">
            {progress}
          </p>
        )}
        <ErrorNote error={error} />
      </Section>

      {plan && <PlanReport plan={plan} onApply={(skip) => void apply(skip)} busy={progress !== null} collectionTitle={(slug) => collections.data?.collections.find((c) => c.slug === slug)?.title.zh ?? slug} />}
      {result && (
        <p className="cur-ok" role="status">
          {t('cur.import.done', { created: result.counts.created, updated: result.counts.updated })}
          {result.counts.skipped > 0 && `${lang === 'en' ? ' ' : ''}${t('cur.import.doneSkipped', { n: result.counts.skipped })}`}
        </p>
      )}
      {restored && (
        <p className="cur-ok" role="status">
          {t('cur.import.restored')}
        </p>
      )}

      <Section title={t('cur.import.backups')}>
        {backups.data?.backups.length === 0 && <p className="cur-empty">{t('cur.import.noBackups')}</p>}
        <div className="cur-actions">
          <button type="button" className="cur-btn" onClick={() => void call('createBackup', { label: '' }).then(backups.reload, setError)}>
            {t('cur.import.backupNow')}
          </button>
        </div>
        <ul className="cur-rows">
          {backups.data?.backups.map((b) => {
            // Automatic backups are worded from their reason and its values; a manual one may carry the curator's words.
            const why = engine.backupReason(b) ?? t(`cur.import.reason.${b.reason}`);
            return (
              <li key={b.id} className="cur-row-with-actions">
                <span className="cur-row">
                  <span className="cur-row-text">
                    <strong>
                      <time dateTime={b.createdAt}>{localTime(b.createdAt, lang)}</time> · {why}
                    </strong>
                    <span className="cur-row-meta">
                      {actorName(b.actor, t)} · {t('cur.import.backupCounts', { exhibits: b.exhibits, media: b.media })}
                      {b.reason === 'manual' && b.label && ` · ${b.label}`}
                    </span>
                  </span>
                </span>
                <button type="button" className="cur-btn" onClick={() => setRestoring(b)} aria-label={`${t('cur.import.restore')}：${localTime(b.createdAt, lang)} ${why}`}>
                  {t('cur.import.restore')}
                </button>
              </li>
            );
          })}
        </ul>
      </Section>
      {restoring && (
        <ConfirmDialog
          title={t('cur.import.restore')}
          body={<p>{t('cur.import.restoreConfirm', { at: localTime(restoring.createdAt, lang) })}</p>}
          confirm={t('cur.import.restore')}
          cancel={t('cur.common.cancel')}
          danger
          onConfirm={() => void restore(restoring)}
          onCancel={() => setRestoring(null)}
        />
      )}
    </div>
  );
}

const DELIMITER: Record<string, CuratorKey> = { ',': 'cur.import.delim.comma', ';': 'cur.import.delim.semicolon', '\t': 'cur.import.delim.tab', '|': 'cur.import.delim.bar' };
const SEVERITY: Record<ImportProblem['severity'], CuratorKey> = { error: 'cur.import.sev.error', warning: 'cur.import.sev.warning', info: 'cur.import.sev.info' };

/** How the file was read, in words: GBK encoding, comma-separated, header on line 2. */
function sourceHow(plan: ImportPlanReport, t: Ct): string {
  const s = plan.source;
  const parts = [s.format.toUpperCase()];
  if (s.encoding) parts.push(isCuratorKey(`cur.import.enc.${s.encoding}`) ? t(`cur.import.enc.${s.encoding}` as CuratorKey) : s.encoding);
  if (s.delimiter && DELIMITER[s.delimiter]) parts.push(t(DELIMITER[s.delimiter]!));
  if (s.sheet) parts.push(t('cur.import.sheet', { name: s.sheet }));
  if (s.headerLine && s.headerLine > 1) parts.push(t('cur.import.headerAt', { n: s.headerLine }));
  return parts.join(t('cur.import.howSeparator'));
}

function PlanReport({ plan, onApply, busy, collectionTitle }: { plan: ImportPlanReport; onApply: (skipRejected: boolean) => void; busy: boolean; collectionTitle: (slug: string) => string }): ReactElement {
  const t = useCt();
  const text = useEngineText();
  const c = plan.counts;
  const format = plan.source.format;
  const lineOf = (n: number) => text.place({ line: n, column: null, field: null }, format) ?? String(n);
  const lines = (ns: readonly number[]) => ns.map(lineOf).join(t('cur.import.listSeparator'));
  const mapped = plan.columns;
  return (
    <Section title={t('cur.import.report')}>
      <p className="cur-import-summary" role="status">
        {t('cur.import.sourceLine', { name: plan.source.name, how: sourceHow(plan, t) })}
      </p>
      {plan.collection && <p>{t(plan.collection.created ? 'cur.import.intoNew' : 'cur.import.into', { name: collectionTitle(plan.collection.slug) })}</p>}
      <p className="cur-import-counts">{t('cur.import.counts', { rows: c.rows, new: c.new, updated: c.updated, unchanged: c.unchanged, rejected: c.rejected })}</p>
      <p>{t('cur.import.photosReport', { matched: plan.photos.matched, missing: plan.photos.missing, refused: plan.photos.refused })}</p>
      {plan.photos.unused.length > 0 && <p className="cur-hint">{t('cur.import.unused', { n: plan.photos.unused.length, files: plan.photos.unused.slice(0, 8).join(t('cur.import.listSeparator')) + (plan.photos.unused.length > 8 ? '…' : '') })}</p>}
      {plan.photos.ofRejected.length > 0 && (
        <p className="cur-hint">
          {t('cur.import.ofRejected', {
            n: plan.photos.ofRejected.length,
            list: plan.photos.ofRejected
              .slice(0, 8)
              .map((x) => t('cur.import.photoOfLines', { file: x.file, lines: lines(x.lines) }))
              .join(t('cur.import.listSeparator')) + (plan.photos.ofRejected.length > 8 ? '…' : ''),
          })}
        </p>
      )}
      {plan.fatal && (
        <div className="cur-error" role="alert">
          <p>{t('cur.import.fatal')}</p>
          <p>{t('cur.import.fatalHint')}</p>
        </div>
      )}
      {plan.blocking && !plan.fatal && <p className="cur-notice">{t('cur.import.blockedHint')}</p>}
      {plan.problems.length > 0 && (
        <>
          <h3>{t('cur.import.problems')}</h3>
          <table className="cur-table cur-problems">
            <thead>
              <tr>
                <th scope="col">{t('cur.import.col.severity')}</th>
                <th scope="col">{t('cur.import.col.place')}</th>
                <th scope="col">{t('cur.import.col.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.problems.map((p, i) => {
                const said = text.problem(p);
                return (
                  <tr key={i} className={`cur-problem-${p.severity}`}>
                    <td>
                      <span className={`cur-badge cur-badge-sev-${p.severity}`}>{t(SEVERITY[p.severity])}</span>
                    </td>
                    <th scope="row">{text.place(p, format) ?? t('cur.import.whole')}</th>
                    <td>
                      <span className="cur-problem-message">{said.message}</span>
                      {said.suggestion && <span className="cur-problem-suggestion">{t('cur.import.suggestion', { s: said.suggestion })}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {plan.problemsOmitted > 0 && <p className="cur-hint">{t('cur.import.omitted', { n: plan.problemsOmitted })}</p>}
        </>
      )}
      {(plan.duplicates.inFile.length > 0 || plan.duplicates.inArchive.length > 0 || plan.duplicates.photos.length > 0) && (
        <>
          <h3>{t('cur.import.duplicates')}</h3>
          <ul className="cur-plain-list">
            {plan.duplicates.inFile.map((d) => (
              <li key={d.key}>{t('cur.import.dup.inFile', { label: d.label, lines: lines(d.lines) })}</li>
            ))}
            {plan.duplicates.inArchive.map((d) => (
              <li key={`a${d.line}-${d.exhibitId}`}>{t(d.by === 'uid' ? 'cur.import.dup.uid' : 'cur.import.dup.person', { line: lineOf(d.line), label: d.label, id: d.exhibitId })}</li>
            ))}
            {plan.duplicates.photos.map((d) => (
              <li key={d.sha256}>{t('cur.import.dup.photo', { files: d.files.join(t('cur.import.listSeparator')) })}</li>
            ))}
          </ul>
        </>
      )}
      {mapped.length > 0 && (
        <>
          <h3>{t('cur.import.columns')}</h3>
          <ul className="cur-columns">
            {mapped.map((m) => (
              <li key={m.header} className={m.field ? undefined : 'cur-column-unused'}>
                <strong>{text.header(m.header)}</strong> → {m.field ? text.field(m.field) : t('cur.import.notImported')}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.rows.length > 0 && (
        <>
          <h3>{t('cur.import.rowsTitle')}</h3>
          <table className="cur-table">
            <thead>
              <tr>
                <th scope="col">{t('cur.import.col.line')}</th>
                <th scope="col">{t('cur.import.col.label')}</th>
                <th scope="col">{t('cur.import.col.action')}</th>
                <th scope="col">{t('cur.import.col.photos')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.rows.map((r) => (
                <tr key={r.line} className={r.action === 'rejected' ? 'cur-problem-error' : undefined}>
                  <th scope="row">{r.line}</th>
                  <td>{r.label}</td>
                  <td>
                    {t(`cur.import.action.${r.action}`)}
                    {r.action === 'update' && r.changed.length > 0 && <span className="cur-hint"> {t('cur.import.changedFields', { fields: r.changed.map(text.field).join(t('cur.import.listSeparator')) })}</span>}
                  </td>
                  <td>{r.photos}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {plan.rowsOmitted > 0 && <p className="cur-hint">{t('cur.import.omitted', { n: plan.rowsOmitted })}</p>}
        </>
      )}
      <div className="cur-actions">
        {!plan.blocking && (
          <button type="button" className="cur-btn cur-btn-publish" disabled={busy} onClick={() => onApply(false)}>
            {t('cur.import.apply')}
          </button>
        )}
        {plan.blocking && !plan.fatal && c.new + c.updated > 0 && (
          <button type="button" className="cur-btn cur-btn-publish" disabled={busy} onClick={() => onApply(true)}>
            {t('cur.import.applySkip')}
          </button>
        )}
      </div>
    </Section>
  );
}
