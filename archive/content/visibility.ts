/** Who is looking: visitors see published, visible content only; a curator's preview also sees drafts. */
export type Audience = 'visitor' | 'curator';

/** SQL condition over `e` (exhibits) and `c` (collections). */
export function visibleSql(audience: Audience): string {
  return audience === 'visitor' ? `e.status = 'published' AND e.hidden = 0 AND c.hidden = 0` : '1';
}
