import type { Lang, LocalText } from '../../../archive/api/contract';

export interface Picked {
  text: string;
  /** The language the text is actually in. */
  lang: Lang;
  /** True when the wanted language was missing and the Chinese source is shown instead. */
  fallback: boolean;
}

/** The field in the visitor's language, or the Chinese source marked as a fallback; blank translations count as missing. */
export function pickText(value: LocalText | undefined, lang: Lang): Picked {
  const zh = value?.zh?.trim() ?? '';
  if (lang === 'zh') return { text: zh, lang: 'zh', fallback: false };
  const wanted = value?.[lang]?.trim() ?? '';
  if (wanted) return { text: wanted, lang, fallback: false };
  return { text: zh, lang: 'zh', fallback: zh.length > 0 };
}

/** Name first, else title: a person's tile shows the name, an event's tile its title; and which it was. */
export function displayHeading(item: { name: LocalText; title: LocalText }, lang: Lang): { field: 'name' | 'title'; picked: Picked } {
  const name = pickText(item.name, lang);
  return name.text ? { field: 'name', picked: name } : { field: 'title', picked: pickText(item.title, lang) };
}

/** The text displayHeading chooses. */
export function displayName(item: { name: LocalText; title: LocalText }, lang: Lang): Picked {
  return displayHeading(item, lang).picked;
}
