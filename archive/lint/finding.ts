import crypto from 'node:crypto';
import type { LintFinding, LintRule, LintSeverity } from '../api/contract/lint-report';
import { excerptAround } from './text/scan-text';

export interface Draft {
  rule: LintRule;
  severity: LintSeverity;
  entity: LintFinding['entity'];
  entityId: string;
  exhibitId: number | null;
  label: string;
  field: string | null;
  lang: LintFinding['lang'];
  message: string;
  suggestion: string | null;
  /** The field's text and the problem's span in it, for an excerpt. */
  text?: string;
  span?: [number, number];
  /** What the finding is about (the token, the value): part of its key, so a waiver lapses when it changes. */
  token: string | null;
}

export function findingKey(d: Pick<Draft, 'rule' | 'entity' | 'entityId' | 'field' | 'lang' | 'token'>): string {
  return crypto.createHash('sha256').update([d.rule, d.entity, d.entityId, d.field ?? '', d.lang ?? '', d.token ?? ''].join('\u0000')).digest('hex').slice(0, 20);
}

export function toFinding(d: Draft): Omit<LintFinding, 'waiver'> {
  const ex = d.text !== undefined && d.span ? excerptAround(d.text, d.span[0], d.span[1]) : null;
  return {
    key: findingKey(d),
    rule: d.rule,
    severity: d.severity,
    entity: d.entity,
    entityId: d.entityId,
    exhibitId: d.exhibitId,
    label: d.label,
    field: d.field,
    lang: d.lang,
    message: d.message,
    excerpt: ex?.excerpt ?? null,
    range: ex?.range ?? null,
    token: d.token,
    suggestion: d.suggestion,
  };
}
