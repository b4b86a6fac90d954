import { useMemo } from 'react';
import type { BackupInfo, ImportFormat, ImportProblem, LintFinding, MessageParams } from '../../../../archive/api/contract';
import { fieldName } from '../lib/field-names';
import {
  backupReasonText,
  errorSentence,
  errorText,
  fieldErrorText,
  fieldErrorTexts,
  fieldLabelOf,
  findingPlaceText,
  findingText,
  headerLabel,
  noteText,
  problemPlace,
  problemText,
  ruleName,
  type Said,
  type TextContext,
} from './engine/format';
import { useCuratorI18n } from './use-ct';

export interface EngineTexts {
  ctx: TextContext;
  problem: (p: ImportProblem) => Said;
  place: (p: Pick<ImportProblem, 'line' | 'column' | 'field'>, format: ImportFormat | null) => string | null;
  finding: (f: Pick<LintFinding, 'rule' | 'detail' | 'params' | 'message' | 'suggestion'>) => Said;
  /** Where a blocking finding is on the exhibit: a field's label, or "第 2 张照片". */
  findingPlace: (f: LintFinding, photoNumber?: (sha256: string) => number | null) => string;
  note: (n: { key: string; params: MessageParams }) => string | null;
  error: (e: unknown) => Said;
  /** What happened and what to do, as one line. */
  errorLine: (e: unknown) => string;
  /** Each field's problem of a refusal, by the field's path ("name", "date.start"). */
  fieldErrors: (e: unknown) => Record<string, string>;
  fieldError: (problem: unknown) => string;
  backupReason: (b: Pick<BackupInfo, 'reason' | 'reasonParams'>) => string | null;
  rule: (rule: string) => string;
  field: (field: string) => string;
  header: (header: string) => string;
}

/** The engine's reports in the workspace's language, with field names as the forms call them. */
export function useEngineText(): EngineTexts {
  const { lang, t } = useCuratorI18n();
  return useMemo(() => {
    const ctx: TextContext = { lang, fieldLabel: (f: string) => fieldName(t, f) };
    const field = (f: string) => fieldLabelOf(f, ctx);
    return {
      ctx,
      problem: (p) => problemText(p, ctx),
      place: (p, format) => problemPlace(p, format, ctx),
      finding: (f) => findingText(f, ctx),
      findingPlace: (f, photoNumber) => findingPlaceText(f, ctx, photoNumber),
      note: (n) => noteText(n, ctx),
      error: (e) => errorText(e, ctx),
      errorLine: (e) => errorSentence(e, ctx),
      fieldErrors: (e) => fieldErrorTexts(e, ctx),
      fieldError: (p) => fieldErrorText(p, ctx),
      backupReason: (b) => backupReasonText(b, ctx),
      rule: (r) => ruleName(r, lang),
      field,
      header: (h) => headerLabel(h, lang),
    };
  }, [lang, t]);
}
