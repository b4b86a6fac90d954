// An import may ask to publish rows (a 状态 column saying 已发布, or --status published). Publishing is gated by
// the content check, so a row that would become visible with a blocking finding is imported as a draft
// instead, with a warning naming the findings: nothing is lost, and nothing unchecked reaches visitors.
import type { ExhibitInput } from '../../api/contract';
import { EXHIBIT_TEXT_FIELDS } from '../../content/exhibit-fields';
import type { Draft } from '../../lint/finding';
import type { FieldText } from '../../lint/load';
import { exhibitFindings } from '../../lint/rules/exhibit-rules';
import { photoFindings } from '../../lint/rules/photo-rules';
import type { PreparedMedia } from '../../media/prepare';

export interface PhotoFacts {
  prepared: PreparedMedia | undefined;
  alt: string;
  caption: string;
}

/** The blocking findings the exhibit would have once written (duplicates across the archive are left to the check itself). */
export function publishFindings(input: ExhibitInput, photos: ReadonlyMap<string, PhotoFacts>, allowed: readonly string[]): Draft[] {
  const texts: FieldText[] = [];
  for (const f of EXHIBIT_TEXT_FIELDS) for (const lang of ['zh', 'en', 'mn'] as const) if (input[f][lang]) texts.push({ field: f, lang, text: input[f][lang]! });
  for (const t of input.tags) texts.push({ field: 'tags', lang: 'zh', text: t });
  const e = {
    id: 0,
    uid: input.uid,
    kind: input.kind,
    status: input.status,
    label: input.name.zh || input.title.zh,
    name: input.name.zh,
    title: input.title.zh,
    birthYear: input.birthYear,
    deathYear: input.deathYear,
    dateStart: input.date.start,
    dateEnd: input.date.end,
    texts,
    media: input.media.map((m) => m.sha256),
  };
  const out = exhibitFindings(e, allowed, new Date().getFullYear()).filter((f) => f.severity === 'block');
  for (const m of input.media) {
    const facts = photos.get(m.sha256);
    if (!facts?.prepared) continue;
    const alt = m.alt?.zh ?? facts.alt;
    const caption = m.caption?.zh ?? facts.caption;
    out.push(
      ...photoFindings({ sha256: m.sha256, width: facts.prepared.width, height: facts.prepared.height, alt, caption, texts: [], exhibits: [0] }, new Map([[0, e]]), allowed).filter(
        (f) => f.severity === 'block',
      ),
    );
  }
  return out;
}
