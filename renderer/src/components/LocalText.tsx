import type { ElementType, ReactElement, ReactNode } from 'react';
import type { LocalText as LocalTextValue } from '../../../archive/api/contract';
import { htmlLang, useLang } from '../app/prefs';
import { pickText, type Picked } from '../i18n/local-text';
import { useT, type T } from '../i18n/use-t';

function FallbackMarkWith({ t }: { t: T }): ReactElement {
  return (
    <span className="mark mark-fallback" role="note" aria-label={t('fallback.explain')}>
      {t('fallback.mark')}
    </span>
  );
}

/** The small "中文" tag after text shown in Chinese because its translation is missing. */
export function FallbackMark(): ReactElement {
  return <FallbackMarkWith t={useT()} />;
}

/** `children`, when given, stand for the text (the same text with parts marked, say). */
export function PickedText({ picked, as: Tag = 'span', className, t, children }: { picked: Picked; as?: ElementType; className?: string; t?: T; children?: ReactNode }): ReactElement | null {
  if (!picked.text) return null;
  return (
    <Tag className={className} lang={htmlLang[picked.lang]} data-fallback={picked.fallback || undefined}>
      {children ?? picked.text}
      {picked.fallback && (t ? <FallbackMarkWith t={t} /> : <FallbackMark />)}
    </Tag>
  );
}

/** Archive text in the visitor's language, or the Chinese source with a visible marker. */
export function LocalText({ value, as, className }: { value: LocalTextValue | undefined; as?: ElementType; className?: string }): ReactElement | null {
  const lang = useLang();
  return <PickedText picked={pickText(value, lang)} as={as} className={className} />;
}
