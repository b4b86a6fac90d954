// How a row changes an exhibit that already exists. Curators re-import corrected sheets, and meanwhile they
// may have added translations or photos in the workspace: an empty cell, a column the sheet does not have,
// and the import's default status never erase or unpublish anything. Only what the row says changes.
import { ExhibitInput, type ExhibitInputRaw, type LocalText } from '../../api/contract';
import type { ImportProblemKey, MessageParams } from '../../api/contract/import-report';
import { TRANSLATABLE } from '../mapping/field-names';
import { zodIssueText } from '../rows/zod-issue';

export interface RowMedia {
  sha256: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

const PLAIN = ['kind', 'status', 'hidden', 'sample', 'sortOrder', 'birthYear', 'deathYear', 'topic', 'rights', 'date', 'collection', 'cover', 'needsReview'] as const;

function mediaInput(m: RowMedia): ExhibitInputRaw['media'] extends (infer T)[] | undefined ? T : never {
  return {
    sha256: m.sha256,
    ...(m.alt ? { alt: m.alt } : {}),
    ...(m.caption ? { caption: m.caption } : {}),
    ...(m.credit ? { credit: m.credit } : {}),
  };
}

/** A new exhibit: the row as read, with its photos. */
export function newExhibit(row: Record<string, unknown>, media: readonly RowMedia[]): ExhibitInputRaw {
  const explicit = Array.isArray(row.media) ? (row.media as ExhibitInputRaw['media']) ?? [] : [];
  return { ...(row as ExhibitInputRaw), media: [...explicit, ...media.map(mediaInput)] };
}

/** The existing exhibit with the row's given fields laid over it; photos are added, never removed. */
export function mergeExhibit(before: ExhibitInput, row: Record<string, unknown>, given: ReadonlySet<string>, media: readonly RowMedia[]): ExhibitInputRaw {
  const out: Record<string, unknown> = { ...before, media: before.media.map((m) => ({ sha256: m.sha256 })) };
  for (const f of TRANSLATABLE) {
    if (!given.has(f)) continue;
    const t = row[f] as LocalText | undefined;
    if (!t) continue;
    const prev = before[f];
    out[f] = { ...prev, ...(t.zh ? { zh: t.zh } : {}), ...(t.en ? { en: t.en } : {}), ...(t.mn ? { mn: t.mn } : {}) };
  }
  for (const f of PLAIN) if (given.has(f) && row[f] !== undefined) out[f] = row[f];
  if (given.has('tags') && Array.isArray(row.tags)) out.tags = [...new Set([...before.tags, ...(row.tags as string[])])];
  const list = out.media as ExhibitInputRaw['media'] & object;
  for (const m of media) {
    const at = list.findIndex((x) => x.sha256 === m.sha256);
    if (at >= 0) list[at] = mediaInput(m);
    else list.push(mediaInput(m));
  }
  return out as ExhibitInputRaw;
}

function canonical(v: ExhibitInput): string {
  return JSON.stringify({ ...v, media: v.media.map((m) => ({ sha256: m.sha256 })), tags: [...v.tags].sort(), needsReview: [...v.needsReview].sort() });
}

/** Mirrors upsertExhibit's own test, so the dry run's "unchanged" is what applying will find. */
export function isUnchanged(before: ExhibitInput, next: ExhibitInput): boolean {
  return canonical(before) === canonical(next) && next.media.every((m) => !m.alt && !m.caption && m.credit === undefined);
}

/** The top-level fields that differ, for the report ("name, body.en, photos"). */
export function changedFields(before: ExhibitInput, next: ExhibitInput): string[] {
  const out: string[] = [];
  for (const k of Object.keys(next) as (keyof ExhibitInput)[]) {
    if (k === 'media') {
      if (JSON.stringify(before.media.map((m) => m.sha256)) !== JSON.stringify(next.media.map((m) => m.sha256)) || next.media.some((m) => m.alt || m.caption || m.credit !== undefined)) out.push('photos');
      continue;
    }
    const a = k === 'tags' ? [...before.tags].sort() : before[k];
    const b = k === 'tags' ? [...next.tags].sort() : next[k];
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(k);
  }
  return out;
}

export function parseExhibit(raw: ExhibitInputRaw): { ok: true; value: ExhibitInput } | { ok: false; message: string; field: string; key: ImportProblemKey; params: MessageParams } {
  const r = ExhibitInput.safeParse(raw);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0]!;
  return { ok: false, message: issue.message, field: String(issue.path[0] ?? 'row'), ...zodIssueText(issue) };
}
