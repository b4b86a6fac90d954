// Small readers for the non-text columns, accepting the Chinese and English words curators type.
import type { ExhibitKind } from '../../api/contract';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string; suggestion: string };

const TRUE = new Set(['true', 'yes', 'y', '1', '是', '对', '√', '✓', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '不', '×', '']);

export function readBool(s: string): Read<boolean> {
  const k = s.trim().toLowerCase();
  if (TRUE.has(k)) return { ok: true, value: true };
  if (FALSE.has(k)) return { ok: true, value: false };
  return { ok: false, message: `"${s}" is not yes or no`, suggestion: 'Write 是 or 否 (yes / no).' };
}

const STATUS: Record<string, 'draft' | 'published'> = {
  draft: 'draft', 草稿: 'draft', 未发布: 'draft', 待发布: 'draft', 待审: 'draft',
  published: 'published', publish: 'published', 已发布: 'published', 发布: 'published', 公开: 'published',
};

export function readStatus(s: string): Read<'draft' | 'published'> {
  const v = STATUS[s.trim().toLowerCase()];
  return v ? { ok: true, value: v } : { ok: false, message: `"${s}" is not a status`, suggestion: 'Write 草稿 (draft) or 已发布 (published).' };
}

const KIND: Record<string, ExhibitKind> = {
  person: 'person', 人物: 'person', 人: 'person', 英模: 'person', 老兵: 'person',
  album: 'album', 相册: 'album', 影集: 'album', 影像: 'album', 图集: 'album',
  event: 'event', 事件: 'event', 大事: 'event', 大事记: 'event',
  panel: 'panel', 展板: 'panel', 专题: 'panel', 板块: 'panel',
};

export function readKind(s: string): Read<ExhibitKind> {
  const v = KIND[s.trim().toLowerCase()];
  return v ? { ok: true, value: v } : { ok: false, message: `"${s}" is not a kind of exhibit`, suggestion: 'Write 人物 (person), 相册 (album), 事件 (event) or 展板 (panel).' };
}

export function readInt(s: string): Read<number> {
  const t = s.trim();
  if (/^[-+]?\d+(\.0+)?$/.test(t)) {
    const n = Number(t);
    if (Number.isSafeInteger(n)) return { ok: true, value: n };
  }
  return { ok: false, message: `"${s}" is not a whole number`, suggestion: 'Write a whole number such as 10.' };
}
