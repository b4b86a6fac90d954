import { useId, type ReactElement, type ReactNode } from 'react';
import type { LocalText } from '../../../../archive/api/contract';
import { useCt } from '../i18n/use-ct';
import { missingLangs, type FormLang } from '../lib/exhibit-form';

export function FieldError({ id, message }: { id: string; message: string | undefined }): ReactElement | null {
  if (!message) return null;
  return (
    <p className="cur-field-error" id={id} role="alert">
      {message}
    </p>
  );
}

export function TextField(p: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'number' | 'time' | 'password';
  inputMode?: 'numeric' | 'text';
  disabled?: boolean;
  name?: string;
  autoComplete?: string;
}): ReactElement {
  const id = useId();
  const describedBy = [p.hint ? `${id}-h` : '', p.error ? `${id}-e` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`cur-field${p.error ? ' cur-field-invalid' : ''}`}>
      <label htmlFor={id}>{p.label}</label>
      <input
        id={id}
        name={p.name}
        type={p.type ?? 'text'}
        inputMode={p.inputMode}
        value={p.value}
        disabled={p.disabled}
        autoComplete={p.autoComplete ?? 'off'}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => p.onChange(e.target.value)}
      />
      {p.hint && (
        <p className="cur-hint" id={`${id}-h`}>
          {p.hint}
        </p>
      )}
      <FieldError id={`${id}-e`} message={p.error} />
    </div>
  );
}

export function SelectField<V extends string>(p: { label: string; value: V; options: readonly { value: V; label: string }[]; onChange: (v: V) => void; error?: string | undefined }): ReactElement {
  const id = useId();
  return (
    <div className={`cur-field${p.error ? ' cur-field-invalid' : ''}`}>
      <label htmlFor={id}>{p.label}</label>
      <select id={id} value={p.value} onChange={(e) => p.onChange(e.target.value as V)} aria-invalid={p.error ? true : undefined} aria-describedby={p.error ? `${id}-e` : undefined}>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-e`} message={p.error} />
    </div>
  );
}

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
const MINUTES = Array.from({ length: 12 }, (_, m) => String(m * 5).padStart(2, '0'));

/**
 * A time of day as two lists (hour, minute) rather than the browser's time input, which shows "08:00 AM"
 * in whatever language the operating system has, and is fiddly on a touchscreen.
 */
export function TimeField(p: { label: string; value: string; onChange: (v: string) => void; error?: string | undefined }): ReactElement {
  const t = useCt();
  const id = useId();
  const [h = '00', m = '00'] = p.value.split(':');
  const minutes = MINUTES.includes(m) ? MINUTES : [...MINUTES, m].sort();
  return (
    <div className={`cur-field${p.error ? ' cur-field-invalid' : ''}`} role="group" aria-labelledby={`${id}-l`}>
      <span className="cur-field-label" id={`${id}-l`}>
        {p.label}
      </span>
      <div className="cur-time">
        <select aria-label={`${p.label}：${t('cur.time.hour')}`} value={h} onChange={(e) => p.onChange(`${e.target.value}:${m}`)}>
          {HOURS.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </select>
        <span aria-hidden="true">{t('cur.time.hourSuffix')}</span>
        <select aria-label={`${p.label}：${t('cur.time.minute')}`} value={m} onChange={(e) => p.onChange(`${h}:${e.target.value}`)}>
          {minutes.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </select>
        <span aria-hidden="true">{t('cur.time.minuteSuffix')}</span>
      </div>
      <FieldError id={`${id}-e`} message={p.error} />
    </div>
  );
}

export function Toggle(p: { label: string; checked: boolean; onChange: (v: boolean) => void; disabled?: boolean }): ReactElement {
  const id = useId();
  return (
    <div className="cur-toggle">
      <input id={id} type="checkbox" role="switch" checked={p.checked} disabled={p.disabled} onChange={(e) => p.onChange(e.target.checked)} />
      <label htmlFor={id}>{p.label}</label>
    </div>
  );
}

const LANGS: readonly FormLang[] = ['zh', 'mn', 'en'];

/**
 * One translatable field with Chinese, Mongolian and English side by side. A language with no text while
 * Chinese has some carries a visible "missing translation" mark; a drafted one waiting for a native
 * speaker carries "needs review".
 */
export function LocalTextField(p: {
  label: string;
  value: LocalText;
  onChange: (lang: FormLang, value: string) => void;
  multiline?: boolean;
  error?: string | undefined;
  needsReview?: readonly ('mn' | 'en')[];
  required?: boolean;
}): ReactElement {
  const t = useCt();
  const id = useId();
  const missing = missingLangs(p.value);
  const langLabel = { zh: t('cur.lang.zh'), mn: t('cur.lang.mn'), en: t('cur.lang.en') };
  return (
    <fieldset className={`cur-localtext${p.error ? ' cur-field-invalid' : ''}`} aria-describedby={p.error ? `${id}-e` : undefined}>
      <legend>
        {p.label}
        {p.required && <span aria-hidden="true"> *</span>}
      </legend>
      <div className="cur-localtext-row">
        {LANGS.map((lang) => {
          const inputId = `${id}-${lang}`;
          const value = lang === 'zh' ? p.value.zh : (p.value[lang] ?? '');
          const isMissing = lang !== 'zh' && missing.includes(lang);
          const review = lang !== 'zh' && p.needsReview?.includes(lang);
          const common = {
            id: inputId,
            value,
            lang: lang === 'zh' ? 'zh-Hans' : lang === 'mn' ? 'mn-Mong' : 'en',
            'aria-label': `${p.label}（${langLabel[lang]}）`,
            'aria-invalid': lang === 'zh' && p.error ? true : undefined,
            className: lang === 'mn' ? 'cur-mongolian' : undefined,
            onChange: (e: { target: { value: string } }) => p.onChange(lang, e.target.value),
          };
          return (
            <div className={`cur-localtext-cell${isMissing ? ' cur-missing' : ''}`} key={lang}>
              <label htmlFor={inputId}>
                {langLabel[lang]}
                {isMissing && <span className="cur-badge cur-badge-missing">{t('cur.missing')}</span>}
                {review && <span className="cur-badge cur-badge-review">{t('cur.needsReview')}</span>}
              </label>
              {p.multiline ? <textarea rows={6} {...common} /> : <input type="text" autoComplete="off" {...common} />}
            </div>
          );
        })}
      </div>
      <FieldError id={`${id}-e`} message={p.error} />
    </fieldset>
  );
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }): ReactElement {
  const hid = useId();
  return (
    <section className="cur-section" aria-labelledby={hid} id={id}>
      <h2 id={hid}>{title}</h2>
      {children}
    </section>
  );
}
