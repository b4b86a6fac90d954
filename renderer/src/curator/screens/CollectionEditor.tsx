import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { CollectionForm, CollectionRecord, LocalText } from '../../../../archive/api/contract';
import { ApiError } from '../../api/client';
import { ErrorNote } from '../components/Badges';
import { ConfirmDialog } from '../components/Dialog';
import { LocalTextField, Section, SelectField, TextField, Toggle } from '../components/fields';
import { useCt } from '../i18n/use-ct';
import { useEngineText } from '../i18n/use-engine-text';
import { call } from '../lib/curator-api';
import { fieldErrorsOf } from '../lib/field-messages';
import { curatorNav } from '../lib/nav';

const blank: CollectionForm = { slug: '', layout: 'portraits', title: { zh: '' }, description: { zh: '' }, hidden: false, cover: null, needsReview: [] };

function formOf(r: CollectionRecord): CollectionForm {
  return { slug: r.slug, layout: r.layout, title: r.title, description: r.description, hidden: r.hidden, cover: r.cover, needsReview: r.needsReview };
}

function setLang(t: LocalText, lang: 'zh' | 'mn' | 'en', v: string): LocalText {
  const out = { ...t };
  if (lang === 'zh') out.zh = v;
  else if (v) out[lang] = v;
  else delete out[lang];
  return out;
}

export function CollectionEditor({ slug }: { slug: string | null }): ReactElement {
  const t = useCt();
  const engine = useEngineText();
  const [record, setRecord] = useState<CollectionRecord | null>(null);
  const [form, setForm] = useState<CollectionForm | null>(slug === null ? blank : null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [confirm, setConfirm] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (slug === null) return;
    call('listCuratorCollections', {}).then((r) => {
      const found = r.collections.find((c) => c.slug === slug);
      if (!found) setProblem(new Error(`“${slug}”?`));
      else {
        setRecord(found);
        setForm(formOf(found));
      }
    }, setProblem);
  }, [slug]);

  const dirty = useMemo(() => form !== null && JSON.stringify(form) !== JSON.stringify(record ? formOf(record) : blank), [form, record]);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => {
    curatorNav.setGuard(() => dirtyRef.current);
    return () => curatorNav.setGuard(null);
  }, []);

  if (!form) return problem ? <ErrorNote error={problem} /> : <p className="cur-notice">{t('cur.common.loading')}</p>;

  const text = (field: 'title' | 'description') => (l: 'zh' | 'mn' | 'en', v: string) =>
    setForm({ ...form, [field]: setLang(form[field], l, v), needsReview: l === 'zh' ? form.needsReview : form.needsReview.filter((k) => k !== `${field}.${l}`) });
  const review = (field: string) => (['mn', 'en'] as const).filter((l) => form.needsReview.includes(`${field}.${l}`));

  const save = async () => {
    try {
      const r = await call('saveCollection', { originalSlug: record?.slug ?? null, baseUpdatedAt: record?.updatedAt ?? null, collection: form });
      setRecord(r);
      setForm(formOf(r));
      setErrors({});
      setProblem(null);
      setSaved(true);
      if (!record) curatorNav.go({ screen: 'collection', slug: r.slug }, { replace: true, force: true });
    } catch (e) {
      setSaved(false);
      if (e instanceof ApiError) setErrors(fieldErrorsOf(e, engine));
      setProblem(e);
    }
  };

  const remove = async () => {
    setConfirm(false);
    if (!record) return;
    try {
      await call('deleteCollection', { slug: record.slug });
      curatorNav.go({ screen: 'collections' }, { force: true });
    } catch (e) {
      setProblem(e);
    }
  };

  return (
    <form
      className="cur-page"
      aria-labelledby="cur-coll-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="cur-page-head">
        <h1 id="cur-coll-title">{record ? record.title.zh : t('cur.collections.new')}</h1>
        <div className="cur-actions">
          <span role="status" className="cur-save-state">
            {saved && !dirty ? t('cur.common.saved') : ''}
          </span>
          <button type="submit" className="cur-btn cur-btn-primary" disabled={!dirty}>
            {t('cur.common.save')}
          </button>
        </div>
      </div>
      <ErrorNote error={problem} />
      <Section title={t('cur.editor.basics')}>
        <div className="cur-grid">
          <TextField label={t('cur.collections.slug')} value={form.slug} disabled={record !== null} onChange={(v) => setForm({ ...form, slug: v.trim().toLowerCase() })} error={errors.slug} />
          <SelectField
            label={t('cur.collections.layout')}
            value={form.layout}
            options={(['portraits', 'photos', 'timeline'] as const).map((l) => ({ value: l, label: t(`cur.collections.layout.${l}`) }))}
            onChange={(layout) => setForm({ ...form, layout })}
          />
        </div>
        <LocalTextField label={t('cur.collections.titleField')} value={form.title} onChange={text('title')} needsReview={review('title')} error={errors.title} required />
        <LocalTextField label={t('cur.collections.description')} value={form.description} onChange={text('description')} needsReview={review('description')} multiline error={errors.description} />
        <Toggle label={t('cur.collections.hidden')} checked={form.hidden} onChange={(hidden) => setForm({ ...form, hidden })} />
      </Section>
      {record && (
        <div className="cur-actions">
          <button type="button" className="cur-btn" onClick={() => curatorNav.go({ screen: 'history', entity: 'collection', entityId: String(record.id) })}>
            {t('cur.editor.history')}
          </button>
          <button type="button" className="cur-btn cur-btn-danger" onClick={() => setConfirm(true)}>
            {t('cur.collections.delete')}
          </button>
        </div>
      )}
      {confirm && record && (
        <ConfirmDialog
          title={t('cur.collections.delete')}
          body={<p>{t('cur.collections.deleteConfirm', { name: record.title.zh })}</p>}
          confirm={t('cur.common.delete')}
          cancel={t('cur.common.cancel')}
          danger
          onConfirm={() => void remove()}
          onCancel={() => setConfirm(false)}
        />
      )}
    </form>
  );
}
