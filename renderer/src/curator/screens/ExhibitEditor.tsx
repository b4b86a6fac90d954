import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { ExhibitForEdit, ExhibitInput, MediaRef } from '../../../../archive/api/contract';
import { blockingFindings } from '../i18n/engine/format';
import { ApiError } from '../../api/client';
import { ErrorNote, StatusBadges } from '../components/Badges';
import { ConfirmDialog } from '../components/Dialog';
import { LocalTextField, Section, SelectField, TextField, Toggle } from '../components/fields';
import { PhotoManager } from '../components/PhotoManager';
import { useCt, useCuratorI18n } from '../i18n/use-ct';
import { useEngineText } from '../i18n/use-engine-text';
import { call } from '../lib/curator-api';
import { dropDraft, loadDraft, saveDraft } from '../lib/drafts';
import { blankExhibit, formKey, parseTags, photoText, setText, withPhoto, withoutPhoto, type ExhibitForm, type TextField as Field } from '../lib/exhibit-form';
import { fieldErrorsOf } from '../lib/field-messages';
import { curatorNav } from '../lib/nav';
import { session } from '../lib/session';
import { useLoad } from '../lib/use-load';

type Saved = { id: number; updatedAt: string; key: string } | null;

/** What went wrong with a save: one sentence, or a refused publication with each finding, where it is and what to do. */
interface Problem {
  lead: string;
  items: { where: string; message: string; suggestion: string | null }[];
  hint: string | null;
  conflict: boolean;
}
const plain = (lead: string, conflict = false): Problem => ({ lead, items: [], hint: null, conflict });

/** A message that outlives the editor's remount when a new exhibit gets its id ("saved"). */
let flash: string | null = null;

function formOf(e: ExhibitForEdit): ExhibitForm {
  return { exhibit: e.exhibit, photos: Object.fromEntries(e.photos.map((p) => [p.sha256, photoText(p)])) };
}

const yearText = (y: number | null) => (y === null ? '' : String(y));
const parseYear = (s: string): number | null => (s.trim() === '' ? null : Number(s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))));

/**
 * One exhibit, every field, with zh/mn/en side by side. Unsaved work is copied to this device as it is
 * typed and guarded on leaving; server-side problems appear beside the field they concern.
 */
export function ExhibitEditor({ id, collection }: { id: number | null; collection: string | null }): ReactElement {
  const t = useCt();
  const { lang } = useCuratorI18n();
  const engine = useEngineText();
  const collections = useLoad(() => call('listCuratorCollections', {}), []);
  const [form, setForm] = useState<ExhibitForm | null>(null);
  const [saved, setSaved] = useState<Saved>(null);
  const [refs, setRefs] = useState<Map<string, MediaRef>>(new Map());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(() => {
    const f = flash;
    flash = null;
    return f;
  });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const draftKey = `exhibit.${id ?? `new.${collection ?? ''}`}`;

  const adopt = useCallback((e: ExhibitForEdit) => {
    const f = formOf(e);
    setForm(f);
    setSaved({ id: e.id, updatedAt: e.updatedAt, key: formKey(f) });
    setRefs(new Map(e.photos.map((p) => [p.sha256, p])));
  }, []);

  useEffect(() => {
    let live = true;
    const draft = loadDraft<ExhibitForm>(draftKey);
    if (id === null) {
      const firstSlug = collection ?? '';
      const f: ExhibitForm = draft?.value ?? { exhibit: blankExhibit(firstSlug), photos: {} };
      setForm(f);
      setSaved(null);
      if (draft) setRestoredAt(draft.savedAt);
      return;
    }
    call('getExhibitForEdit', { id }).then(
      (e) => {
        if (!live) return;
        adopt(e);
        if (draft && draft.base === e.updatedAt && formKey(draft.value) !== formKey(formOf(e))) {
          setForm(draft.value);
          setRestoredAt(draft.savedAt);
        } else if (draft) dropDraft(draftKey);
      },
      (err: unknown) => live && setLoadError(err),
    );
    return () => {
      live = false;
    };
  }, [id, collection, draftKey, adopt]);

  // A new exhibit goes to the chosen collection, or the first one once the list is known.
  useEffect(() => {
    const first = collections.data?.collections[0]?.slug;
    if (first && form && !form.exhibit.collection) setForm({ ...form, exhibit: { ...form.exhibit, collection: first } });
  }, [collections.data, form]);

  // Photos named by a restored draft need their previews.
  useEffect(() => {
    const missing = form?.exhibit.media.map((m) => m.sha256).filter((s) => !refs.has(s)) ?? [];
    if (missing.length === 0) return;
    void Promise.all(missing.map((sha256) => call('getMedia', { sha256 }).catch(() => null))).then((found) =>
      setRefs((old) => {
        const next = new Map(old);
        for (const r of found) if (r) next.set(r.sha256, r);
        return next;
      }),
    );
  }, [form, refs]);

  const dirty = useMemo(() => form !== null && (saved === null ? formKey(form) !== formKey({ exhibit: blankExhibit(form.exhibit.collection), photos: {} }) : formKey(form) !== saved.key), [form, saved]);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(() => {
    curatorNav.setGuard(() => dirtyRef.current);
    const onUnload = (e: BeforeUnloadEvent) => {
      if (dirtyRef.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      curatorNav.setGuard(null);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, []);

  // Every change is copied to this device half a second after typing stops.
  useEffect(() => {
    if (!form || !dirty) return;
    const timer = window.setTimeout(() => saveDraft(draftKey, form, saved?.updatedAt ?? null), 500);
    return () => window.clearTimeout(timer);
  }, [form, dirty, draftKey, saved]);

  if (loadError) return <ErrorNote error={loadError} />;
  if (!form) return <p className="cur-notice">{t('cur.common.loading')}</p>;

  const e = form.exhibit;
  const edit = (patch: Partial<ExhibitInput>) => setForm({ ...form, exhibit: { ...e, ...patch } });
  const text = (field: Field) => (l: 'zh' | 'mn' | 'en', v: string) => setForm({ ...form, exhibit: setText(e, field, l, v) });
  const review = (field: Field) => (['mn', 'en'] as const).filter((l) => e.needsReview.includes(`${field}.${l}`));
  const err = (k: string) => errors[k];

  /** A refused publication: what happened, then every blocking finding with where it is and what to do. */
  const blocked = (x: ApiError): Problem => {
    const said = engine.error(x);
    const photoNumber = (sha: string) => {
      const at = e.media.findIndex((m) => m.sha256 === sha);
      return at < 0 ? null : at + 1;
    };
    const items = blockingFindings(x).map((f) => ({ where: engine.findingPlace(f, photoNumber), ...engine.finding(f) }));
    return { lead: said.message, items, hint: said.suggestion, conflict: false };
  };

  const save = async (patch: Partial<ExhibitInput> = {}) => {
    setBusy(true);
    setStatus(t('cur.common.saving'));
    setProblem(null);
    const exhibit = { ...e, ...patch };
    try {
      const result = await call('saveExhibit', {
        id: saved?.id ?? null,
        baseUpdatedAt: saved?.updatedAt ?? null,
        exhibit,
        photos: exhibit.media.map((m) => form.photos[m.sha256] ?? photoText(refs.get(m.sha256)!)).filter(Boolean),
      });
      dropDraft(draftKey);
      adopt(result);
      setErrors({});
      setRestoredAt(null);
      setStatus(t('cur.common.saved'));
      if (saved === null) {
        flash = t('cur.common.saved');
        curatorNav.go({ screen: 'exhibit', id: result.id, collection: null }, { replace: true, force: true });
      }
    } catch (x) {
      setStatus(null);
      if (x instanceof ApiError) {
        const fields = fieldErrorsOf(x, engine);
        setErrors(fields);
        if (x.code === 'EDIT_CONFLICT') setProblem(plain(t('cur.editor.conflict'), true));
        else if (x.code === 'PUBLISH_BLOCKED') setProblem(blocked(x));
        else if (Object.keys(fields).length) setProblem(plain(t('cur.editor.invalid')));
        else setProblem(plain(engine.errorLine(x)));
      } else setProblem(plain(engine.errorLine(x)));
    } finally {
      setBusy(false);
    }
  };

  const reload = () => {
    dropDraft(draftKey);
    setRestoredAt(null);
    setProblem(null);
    if (id !== null) void call('getExhibitForEdit', { id }).then(adopt, setLoadError);
  };

  const remove = async () => {
    setConfirmDelete(false);
    if (!saved) return;
    try {
      await call('deleteExhibit', { id: saved.id });
      dropDraft(draftKey);
      curatorNav.go({ screen: 'exhibits', collection: e.collection }, { force: true });
    } catch (x) {
      setProblem(plain(engine.errorLine(x)));
    }
  };

  const preview = async () => {
    if (!saved || dirty) {
      setProblem(plain(t('cur.editor.saveFirst')));
      return;
    }
    session.signedIn(await call('curatorSetPreview', { preview: true }));
    location.assign(`/exhibit/${saved.id}`);
  };

  const name = e.name.zh || e.title.zh;
  const collectionOptions = (collections.data?.collections ?? []).map((c) => ({ value: c.slug, label: c.title.zh }));
  if (e.collection && !collectionOptions.some((o) => o.value === e.collection)) collectionOptions.push({ value: e.collection, label: e.collection });

  return (
    <form
      className="cur-page cur-editor"
      onSubmit={(ev) => {
        ev.preventDefault();
        void save();
      }}
      aria-labelledby="cur-editor-title"
    >
      <div className="cur-page-head cur-sticky">
        <div>
          <h1 id="cur-editor-title">{saved ? `${t('cur.editor.edit')}：${name || '…'}` : t('cur.editor.new')}</h1>
          <StatusBadges status={e.status} hidden={e.hidden} sample={e.sample} />
        </div>
        <div className="cur-actions">
          <span className="cur-save-state" role="status">
            {status ?? ''}
          </span>
          <button type="submit" className="cur-btn cur-btn-primary" disabled={busy || (!dirty && saved !== null)}>
            {t('cur.common.save')}
          </button>
          {e.status === 'draft' ? (
            <button type="button" className="cur-btn cur-btn-publish" disabled={busy} onClick={() => void save({ status: 'published' })}>
              {t('cur.editor.publish')}
            </button>
          ) : (
            <button type="button" className="cur-btn" disabled={busy} onClick={() => void save({ status: 'draft' })}>
              {t('cur.editor.unpublish')}
            </button>
          )}
          {saved && (
            <button type="button" className="cur-btn" onClick={() => void preview()}>
              {t('cur.editor.preview')}
            </button>
          )}
        </div>
      </div>
      {restoredAt && (
        <p className="cur-notice" role="status">
          {t('cur.unsaved.restored', { at: new Date(restoredAt).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN') })}{' '}
          <button type="button" className="cur-btn cur-btn-small" onClick={reload}>
            {t('cur.unsaved.dropRestored')}
          </button>
        </p>
      )}
      {problem && (
        <div className="cur-error" role="alert">
          <p>{problem.lead}</p>
          {problem.items.length > 0 && (
            <ul className="cur-blocked-list">
              {problem.items.map((i, n) => (
                <li key={n}>
                  <strong className="cur-blocked-where">{i.where}</strong>
                  <span className="cur-blocked-what">
                    {i.message}
                    {i.suggestion && <span className="cur-problem-suggestion">{t('cur.import.suggestion', { s: i.suggestion })}</span>}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {problem.hint && <p>{problem.hint}</p>}
          {problem.conflict && (
            <button type="button" className="cur-btn cur-btn-small" onClick={reload}>
              {t('cur.common.reload')}
            </button>
          )}
          {problem.items.length > 0 && (
            <button type="button" className="cur-btn cur-btn-small" onClick={() => curatorNav.go({ screen: 'check' })}>
              {t('cur.editor.openCheck')}
            </button>
          )}
        </div>
      )}

      <Section title={t('cur.editor.basics')}>
        <div className="cur-grid">
          <SelectField
            label={t('cur.editor.kind')}
            value={e.kind}
            options={(['person', 'album', 'event', 'panel'] as const).map((k) => ({ value: k, label: t(`cur.editor.kind.${k}`) }))}
            onChange={(kind) => edit({ kind })}
          />
          <SelectField label={t('cur.editor.collection')} value={e.collection} options={collectionOptions} onChange={(c) => edit({ collection: c })} error={err('collection')} />
          {saved ? (
            <TextField label={t('cur.editor.uid')} value={e.uid} onChange={() => undefined} disabled />
          ) : (
            <TextField label={t('cur.editor.uid')} value={e.uid} onChange={(uid) => edit({ uid })} hint={t('cur.editor.uidHint')} error={err('uid')} />
          )}
        </div>
        <LocalTextField label={t('cur.editor.name')} value={e.name} onChange={text('name')} needsReview={review('name')} error={err('name')} />
        <LocalTextField label={t('cur.editor.title')} value={e.title} onChange={text('title')} needsReview={review('title')} error={err('title')} />
      </Section>

      <Section title={t('cur.editor.person')}>
        <div className="cur-grid">
          <TextField label={t('cur.editor.birthYear')} inputMode="numeric" value={yearText(e.birthYear)} onChange={(v) => edit({ birthYear: parseYear(v) })} error={err('birthYear')} />
          <TextField label={t('cur.editor.deathYear')} inputMode="numeric" value={yearText(e.deathYear)} onChange={(v) => edit({ deathYear: parseYear(v) })} error={err('deathYear')} />
        </div>
        <LocalTextField label={t('cur.editor.hometown')} value={e.hometown} onChange={text('hometown')} needsReview={review('hometown')} error={err('hometown')} />
        <LocalTextField label={t('cur.editor.ethnicity')} value={e.ethnicity} onChange={text('ethnicity')} needsReview={review('ethnicity')} error={err('ethnicity')} />
        <LocalTextField label={t('cur.editor.unit')} value={e.unit} onChange={text('unit')} needsReview={review('unit')} error={err('unit')} />
        <LocalTextField label={t('cur.editor.honours')} value={e.honours} onChange={text('honours')} needsReview={review('honours')} error={err('honours')} />
      </Section>

      <Section title={t('cur.editor.date')}>
        <div className="cur-grid">
          <SelectField
            label={t('cur.editor.date.precision')}
            value={e.date.precision}
            options={(['unknown', 'year', 'month', 'day', 'range'] as const).map((k) => ({ value: k, label: t(`cur.editor.date.${k}`) }))}
            onChange={(precision) => edit({ date: { precision, start: precision === 'unknown' ? null : (e.date.start ?? ''), end: precision === 'range' ? (e.date.end ?? '') : null } })}
            error={err('date')}
          />
          {e.date.precision !== 'unknown' && (
            <TextField label={t('cur.editor.date.start')} value={e.date.start ?? ''} onChange={(v) => edit({ date: { ...e.date, start: v.trim() } })} error={err('date.start')} />
          )}
          {e.date.precision === 'range' && <TextField label={t('cur.editor.date.end')} value={e.date.end ?? ''} onChange={(v) => edit({ date: { ...e.date, end: v.trim() } })} error={err('date.end')} />}
        </div>
        <LocalTextField label={t('cur.editor.place')} value={e.place} onChange={text('place')} needsReview={review('place')} error={err('place')} />
      </Section>

      <Section title={t('cur.editor.story')}>
        <LocalTextField label={t('cur.editor.body')} value={e.body} onChange={text('body')} multiline needsReview={review('body')} error={err('body')} />
        <LocalTextField label={t('cur.editor.credit')} value={e.credit} onChange={text('credit')} needsReview={review('credit')} error={err('credit')} />
        <div className="cur-grid">
          <TextField label={t('cur.editor.tags')} value={e.tags.join('，')} onChange={(v) => edit({ tags: parseTags(v) })} error={err('tags')} />
          <TextField label={t('cur.editor.topic')} value={e.topic} onChange={(topic) => edit({ topic })} error={err('topic')} />
          <TextField label={t('cur.editor.rights')} value={e.rights} onChange={(rights) => edit({ rights })} error={err('rights')} />
        </div>
      </Section>

      <Section title={t('cur.editor.photos')}>
        {(err('media') || err('cover')) && (
          <p className="cur-field-error" role="alert">
            {err('media') ?? err('cover')}
          </p>
        )}
        <PhotoManager
          order={e.media.map((m) => m.sha256)}
          refs={refs}
          texts={form.photos}
          cover={e.cover}
          onAdded={(ref) => {
            setRefs((old) => new Map(old).set(ref.sha256, ref));
            setForm((f) => (f ? { exhibit: withPhoto(f.exhibit, ref.sha256), photos: { ...f.photos, [ref.sha256]: f.photos[ref.sha256] ?? photoText(ref) } } : f));
          }}
          onOrder={(order) => edit({ media: order.map((sha256) => ({ sha256 })) })}
          onText={(p) => setForm({ ...form, photos: { ...form.photos, [p.sha256]: p } })}
          onCover={(cover) => edit({ cover })}
          onRemove={(sha) => setForm({ ...form, exhibit: withoutPhoto(e, sha) })}
        />
      </Section>

      <Section title={t('cur.editor.publishing')}>
        <Toggle label={t('cur.editor.hide')} checked={e.hidden} onChange={(hidden) => edit({ hidden })} />
        {e.sample && <p className="cur-hint">{t('cur.editor.sample')}</p>}
        <div className="cur-actions">
          {saved && (
            <button type="button" className="cur-btn" onClick={() => curatorNav.go({ screen: 'history', entity: 'exhibit', entityId: String(saved.id) })}>
              {t('cur.editor.history')}
            </button>
          )}
          {saved && (
            <button type="button" className="cur-btn cur-btn-danger" onClick={() => setConfirmDelete(true)}>
              {t('cur.editor.delete')}
            </button>
          )}
        </div>
      </Section>
      {confirmDelete && (
        <ConfirmDialog
          title={t('cur.editor.delete')}
          body={<p>{t('cur.editor.deleteConfirm', { name })}</p>}
          confirm={t('cur.common.delete')}
          cancel={t('cur.common.cancel')}
          danger
          onConfirm={() => void remove()}
          onCancel={() => setConfirmDelete(false)}
        />
      )}
    </form>
  );
}
