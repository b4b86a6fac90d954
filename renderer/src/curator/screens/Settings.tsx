import { useEffect, useState, type ReactElement } from 'react';
import type { Lang, WorkspaceSettings } from '../../../../archive/api/contract';
import { ApiError } from '../../api/client';
import { ErrorNote } from '../components/Badges';
import { Section, SelectField, TextField, TimeField } from '../components/fields';
import { useCt } from '../i18n/use-ct';
import { useEngineText } from '../i18n/use-engine-text';
import { fieldErrorsOf } from '../lib/field-messages';
import { call } from '../lib/curator-api';
import { useSession } from '../lib/session';
import { useLoad } from '../lib/use-load';

const num = (s: string) => (s.trim() === '' ? NaN : Number(s));

export function Settings(): ReactElement {
  const t = useCt();
  const engine = useEngineText();
  const { info } = useSession();
  const admin = info?.curator?.role === 'admin';
  const loaded = useLoad(() => call('getWorkspaceSettings', {}), []);
  const collections = useLoad(() => call('listCuratorCollections', {}), []);
  const [s, setS] = useState<WorkspaceSettings | null>(null);
  const [text, setText] = useState<{ idle: string; countdown: string; curatorIdle: string }>({ idle: '', countdown: '', curatorIdle: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!loaded.data) return;
    setS(loaded.data);
    setText({ idle: String(loaded.data.kiosk.idleSeconds), countdown: String(loaded.data.kiosk.countdownSeconds), curatorIdle: String(loaded.data.curatorIdleMinutes) });
  }, [loaded.data]);

  if (!s) return <ErrorNote error={loaded.error} />;

  const save = async () => {
    const next: WorkspaceSettings = { ...s, kiosk: { ...s.kiosk, idleSeconds: num(text.idle), countdownSeconds: num(text.countdown) }, curatorIdleMinutes: num(text.curatorIdle) };
    // A number that is not one never leaves the form (the archive would refuse the whole call); ranges are
    // the archive's to check, and it answers beside each field.
    const notNumbers = Object.fromEntries(
      (['kiosk.idleSeconds', 'kiosk.countdownSeconds', 'curatorIdleMinutes'] as const)
        .filter((k) => !Number.isFinite(k === 'curatorIdleMinutes' ? next.curatorIdleMinutes : next.kiosk[k === 'kiosk.idleSeconds' ? 'idleSeconds' : 'countdownSeconds']))
        .map((k) => [k, engine.fieldError({ key: 'not-number', params: {}, message: 'Enter a number.' })]),
    );
    if (Object.keys(notNumbers).length) {
      setSaved(false);
      setErrors(notNumbers);
      return;
    }
    try {
      const r = await call('saveWorkspaceSettings', next);
      setS(r);
      setErrors({});
      setProblem(null);
      setSaved(true);
    } catch (e) {
      setSaved(false);
      setProblem(e);
      if (e instanceof ApiError) {
        const fields = fieldErrorsOf(e, engine);
        // Opening and closing time share one message, under the pair's own path.
        for (const k of ['kiosk.openingHours.open', 'kiosk.openingHours.close']) if (fields[k]) fields['kiosk.openingHours'] ??= fields[k];
        setErrors(fields);
      }
    }
  };
  const langs: { value: Lang; label: string }[] = [
    { value: 'zh', label: t('cur.lang.zh') },
    { value: 'mn', label: t('cur.lang.mn') },
    { value: 'en', label: t('cur.lang.en') },
  ];
  const attract = new Set(s.kiosk.attractCollections);

  return (
    <form
      className="cur-page"
      aria-labelledby="cur-settings-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="cur-page-head">
        <h1 id="cur-settings-title">{t('cur.settings.title')}</h1>
        <div className="cur-actions">
          <span role="status" className="cur-save-state">
            {saved ? t('cur.common.saved') : ''}
          </span>
          <button type="submit" className="cur-btn cur-btn-primary" disabled={!admin}>
            {t('cur.common.save')}
          </button>
        </div>
      </div>
      {!admin && <p className="cur-notice">{t('cur.settings.adminOnly')}</p>}
      <ErrorNote error={problem} />
      <fieldset disabled={!admin} className="cur-plain-fieldset">
        <Section title={t('cur.settings.section')}>
          <div className="cur-grid">
            <TextField label={t('cur.settings.idle')} inputMode="numeric" value={text.idle} onChange={(idle) => setText({ ...text, idle })} error={errors['kiosk.idleSeconds']} />
            <TextField label={t('cur.settings.countdown')} inputMode="numeric" value={text.countdown} onChange={(countdown) => setText({ ...text, countdown })} error={errors['kiosk.countdownSeconds']} />
            <SelectField label={t('cur.settings.defaultLang')} value={s.kiosk.defaultLang} options={langs} onChange={(defaultLang) => setS({ ...s, kiosk: { ...s.kiosk, defaultLang } })} />
            <TimeField label={t('cur.settings.open')} value={s.kiosk.openingHours.open} onChange={(open) => setS({ ...s, kiosk: { ...s.kiosk, openingHours: { ...s.kiosk.openingHours, open } } })} error={errors['kiosk.openingHours']} />
            <TimeField label={t('cur.settings.close')} value={s.kiosk.openingHours.close} onChange={(close) => setS({ ...s, kiosk: { ...s.kiosk, openingHours: { ...s.kiosk.openingHours, close } } })} />
            <TextField label={t('cur.settings.curatorIdle')} inputMode="numeric" value={text.curatorIdle} onChange={(curatorIdle) => setText({ ...text, curatorIdle })} error={errors.curatorIdleMinutes} />
          </div>
          <fieldset className="cur-checks">
            <legend>{t('cur.settings.attract')}</legend>
            <p className="cur-hint cur-checks-hint">{t('cur.settings.attractHint')}</p>
            {collections.data?.collections.map((c) => (
              <label key={c.slug} className="cur-check">
                <input
                  type="checkbox"
                  checked={attract.has(c.slug)}
                  onChange={(e) => {
                    const next = new Set(attract);
                    if (e.target.checked) next.add(c.slug);
                    else next.delete(c.slug);
                    setS({ ...s, kiosk: { ...s.kiosk, attractCollections: collections.data!.collections.map((x) => x.slug).filter((x) => next.has(x)) } });
                  }}
                />
                {c.title.zh}
              </label>
            ))}
          </fieldset>
        </Section>
      </fieldset>
    </form>
  );
}
