import { said, type Draft } from '../finding';
import { LINT_LIMITS } from '../limits';
import type { ExhibitForLint, MediaForLint } from '../load';
import { textFindings } from './text-rules';

export function photoFindings(m: MediaForLint, exhibits: ReadonlyMap<number, ExhibitForLint>, allowed: readonly string[]): Draft[] {
  const first = m.exhibits.map((id) => exhibits.get(id)).find(Boolean) ?? null;
  const where = { entity: 'media' as const, entityId: m.sha256, exhibitId: first?.id ?? m.exhibits[0] ?? null, label: first ? `${first.label} · ${m.sha256.slice(0, 8)}` : m.sha256.slice(0, 8) };
  const out: Draft[] = [];
  if (!m.alt.trim() && !m.caption.trim()) {
    out.push({ ...where, ...said('photo-undescribed'), severity: 'block', field: 'alt', lang: 'zh', message: 'The photo has neither alt text nor a caption: visitors using a screen reader learn nothing about it.', suggestion: 'Describe what the photo shows (替代文字) and give it a caption (说明).', token: null });
  } else if (!m.alt.trim()) {
    out.push({ ...where, ...said('photo-alt-missing'), severity: 'warning', field: 'alt', lang: 'zh', message: 'The photo has a caption but no alt text; screen readers fall back to the caption.', suggestion: 'Describe what the photo shows in the alt text.', token: null });
  }
  const long = Math.max(m.width, m.height);
  const short = Math.min(m.width, m.height);
  if (long < LINT_LIMITS.minLongSide || short < LINT_LIMITS.minShortSide) {
    out.push({ ...where, ...said('photo-too-small', { width: m.width, height: m.height, minLong: LINT_LIMITS.minLongSide, minShort: LINT_LIMITS.minShortSide }), severity: 'block', field: null, lang: null, message: `The photo is only ${m.width}×${m.height} pixels; on the kiosk screen it would look blurred (minimum ${LINT_LIMITS.minLongSide} px on the long side, ${LINT_LIMITS.minShortSide} px on the short side).`, suggestion: 'Scan the original again at a higher resolution (300 dpi or more).', token: `${m.width}x${m.height}` });
  }
  const users = [...new Set(m.exhibits)];
  if (users.length > 1) {
    const names = users.map((id) => exhibits.get(id)?.label ?? `#${id}`);
    out.push({ ...where, ...said('photo-duplicate', { count: users.length, names: names.slice(0, 4) }), severity: 'block', field: null, lang: null, message: `The same photo is shown for ${users.length} exhibits (${names.slice(0, 4).join(', ')}).`, suggestion: 'Check that each exhibit shows its own photo; remove it from the wrong one.', token: users.join(',') });
  }
  out.push(...textFindings(m.texts, where, allowed));
  return out;
}
