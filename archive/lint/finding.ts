import crypto from 'node:crypto';
import type { MessageParams } from '../api/contract/import-report';
import type { LintErrorKey, LintFinding, LintFindingKey, LintRule, LintSeverity, RuleOfKey } from '../api/contract/lint-report';
import { ArchiveError } from '../errors';
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
  /** With `rule`, the key of the workspace's text (LINT_FINDING_KEYS); see `said`. */
  detail: string | null;
  params: MessageParams;
  message: string;
  suggestion: string | null;
  /** The field's text and the problem's span in it, for an excerpt. */
  text?: string;
  span?: [number, number];
  /** What the finding is about (the token, the value): part of its key, so a waiver lapses when it changes. */
  token: string | null;
}

/**
 * A finding's rule, detail and values from its text's key: only keys the workspace has a text for can be
 * written, and the rule always agrees with the key.
 */
export function said<K extends LintFindingKey>(key: K, params: MessageParams = {}): { rule: RuleOfKey<K>; detail: string | null; params: MessageParams } {
  const dot = key.indexOf('.');
  return { rule: (dot < 0 ? key : key.slice(0, dot)) as RuleOfKey<K>, detail: dot < 0 ? null : key.slice(dot + 1), params };
}

/** A refused content-check action, with its text's key and values in details for the workspace. */
export function lintError(key: LintErrorKey, message: string, params: MessageParams = {}): ArchiveError {
  const dot = key.indexOf('.');
  return new ArchiveError(dot < 0 ? key : key.slice(0, dot), message, { ...(dot < 0 ? {} : { detail: key.slice(dot + 1) }), params });
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
    detail: d.detail,
    params: d.params,
    message: d.message,
    excerpt: ex?.excerpt ?? null,
    range: ex?.range ?? null,
    token: d.token,
    suggestion: d.suggestion,
  };
}
