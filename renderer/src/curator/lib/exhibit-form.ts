import type { ExhibitInput, LocalText, MediaRef, PhotoText } from '../../../../archive/api/contract';

export const TEXT_FIELDS = ['name', 'title', 'hometown', 'ethnicity', 'unit', 'honours', 'place', 'body', 'credit'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type FormLang = 'zh' | 'mn' | 'en';

/** What the editor holds: the exhibit as the engine reads it, plus each photo's own words. */
export interface ExhibitForm {
  exhibit: ExhibitInput;
  photos: Record<string, PhotoText>;
}

export function blankExhibit(collection: string): ExhibitInput {
  const empty = { zh: '' };
  return {
    uid: '',
    collection,
    kind: 'person',
    status: 'draft',
    hidden: false,
    sample: false,
    sortOrder: 0,
    title: empty,
    name: empty,
    birthYear: null,
    deathYear: null,
    hometown: empty,
    ethnicity: empty,
    unit: empty,
    honours: empty,
    place: empty,
    body: empty,
    credit: empty,
    topic: '',
    rights: '',
    date: { precision: 'unknown', start: null, end: null },
    tags: [],
    media: [],
    cover: null,
    needsReview: [],
  };
}

export function photoText(ref: MediaRef): PhotoText {
  return { sha256: ref.sha256, alt: ref.alt, caption: ref.caption, credit: ref.credit };
}

/** Translations a field lacks: only when there is Chinese to translate. */
export function missingLangs(text: LocalText): ('mn' | 'en')[] {
  if (!text.zh.trim()) return [];
  return (['mn', 'en'] as const).filter((l) => !text[l]?.trim());
}

export function missingCount(e: ExhibitInput): number {
  return TEXT_FIELDS.reduce((n, f) => n + missingLangs(e[f]).length, 0);
}

/**
 * Sets one language of one field. Typing a translation makes it the curator's own, so its "needs review"
 * mark (left by an import or a machine draft) goes. Pure.
 */
export function setText(e: ExhibitInput, field: TextField, lang: FormLang, value: string): ExhibitInput {
  const text: LocalText = { ...e[field] };
  if (lang === 'zh') text.zh = value;
  else if (value) text[lang] = value;
  else delete text[lang];
  return { ...e, [field]: text, needsReview: lang === 'zh' ? e.needsReview : e.needsReview.filter((k) => k !== `${field}.${lang}`) };
}

export function setPhotoText(p: PhotoText, field: 'alt' | 'caption', lang: FormLang, value: string): PhotoText {
  const text: LocalText = { ...p[field] };
  if (lang === 'zh') text.zh = value;
  else if (value) text[lang] = value;
  else delete text[lang];
  return { ...p, [field]: text };
}

/** Tags as curators type them: separated by commas (either width), 、 or semicolons. Pure. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,，、;；\n]/).map((t) => t.trim()).filter(Boolean))];
}

function normalText(t: LocalText): LocalText {
  return { zh: t.zh, ...(t.mn ? { mn: t.mn } : {}), ...(t.en ? { en: t.en } : {}) };
}

/** A stable string of the form for "is anything unsaved?" comparisons. Pure. */
export function formKey(f: ExhibitForm): string {
  const e = f.exhibit;
  const text = Object.fromEntries(TEXT_FIELDS.map((k) => [k, normalText(e[k])]));
  const photos = e.media.map((m) => {
    const p = f.photos[m.sha256];
    return p ? { ...p, alt: normalText(p.alt), caption: normalText(p.caption) } : m.sha256;
  });
  return JSON.stringify({ ...e, ...text, sortOrder: 0, tags: [...e.tags].sort(), needsReview: [...e.needsReview].sort(), media: photos });
}

/** Moves item `from` to position `to` (array order = visitor order). Pure. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

/** Removes a photo and keeps the cover valid (the first remaining photo, or none). Pure. */
export function withoutPhoto(e: ExhibitInput, sha256: string): ExhibitInput {
  const media = e.media.filter((m) => m.sha256 !== sha256);
  return { ...e, media, cover: e.cover === sha256 ? (media[0]?.sha256 ?? null) : e.cover };
}

export function withPhoto(e: ExhibitInput, sha256: string): ExhibitInput {
  if (e.media.some((m) => m.sha256 === sha256)) return e;
  return { ...e, media: [...e.media, { sha256 }], cover: e.cover ?? sha256 };
}
