// Finds what must not reach a public kiosk inside one text field: web addresses, e-mail addresses, phone
// numbers and contact handles, advertising and gambling vocabulary, and Latin tokens that read as injected
// brand names inside Chinese prose. Ordinary mixed text passes: units after numbers (4500m, 5km), ordinals
// (38th), abbreviations (PLA, GPS), model designations with a hyphen (T-34, AE-1), English unit names, and any
// term a curator has marked as allowed.
import type { LintFindingKey, LintRule, RuleOfKey } from '../../api/contract/lint-report';
import { LINT_LIMITS } from '../limits';
import { fold, scriptCounts } from './fold';
import { AD_CONTEXT, CHINESE_TERMS, LATIN_TERMS, LATIN_TERMS_IN_CHINESE, ORDINARY_TOKENS, ROMAN } from './terms';

/** The texts a hit in one field can have (the other keys are about a whole exhibit or photo). */
export type TextKey = Extract<
  LintFindingKey,
  'hidden-characters' | 'contains-email' | 'contains-url' | 'contains-phone' | 'contains-contact' | `injected-term.${string}` | 'injected-token' | 'repeated-foreign-token' | `mixed-script.${string}`
>;

export interface TextHit {
  rule: LintRule;
  /** The key of the workspace's text (LINT_FINDING_KEYS) and its values. */
  key: TextKey;
  detail: string | null;
  params: Record<string, string | number>;
  start: number;
  end: number;
  token: string;
  message: string;
  suggestion: string;
}

export interface ScanOptions {
  lang: 'zh' | 'mn' | 'en';
  /** Names (zh) should be written in Chinese characters only. */
  isName?: boolean;
  /** Curator-allowed terms, lower case. */
  allowed?: readonly string[];
}

const TLD = 'com|net|org|cn|top|vip|xyz|cc|me|io|info|biz|tv|club|site|online|app|bet|win|asia|hk|tw|co|shop|ltd|ink|fun|live|pro|game|link|icu|work|wang|red|ren|xin|one|mobi';
// A web address ends where its ASCII ends: Chinese text often follows without a space ("xx.com注册就送").
const URL_TAIL = String.raw`[a-z0-9\-._~/?#=&%+:@!$*,;]*[a-z0-9/=#_-]`;
const URL_RE = new RegExp(
  String.raw`(?:https?|ftp):\/\/[a-z0-9\-.]+(?::\d+)?(?:[/?#]${URL_TAIL})?|\bwww\s*\.\s*[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#:]${URL_TAIL})?|\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.(?:${TLD})\b(?:[/:?#]${URL_TAIL})?|\b[a-z0-9-]{2,}\s*(?:点|點|\[\.\]|\(\.\)|。)\s*(?:com|net|cn|vip|top)\b`,
  'g',
);
const EMAIL_RE = /[a-z0-9._%+-]+\s*(?:@|\[at\]|\(at\)|＠)\s*[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
const PHONE_RES = [
  /(?<![\d.])(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?![\d])/g,
  /(?<![\d.])0\d{2,3}-\d{7,8}(?!\d)/g,
  /(?<![\d.])[48]00[-\s]?\d{3}[-\s]?\d{4}(?!\d)/g,
  /\+\d{1,3}[\s-]\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}(?!\d)/g,
];
const CONTACT_RE = /(?<![a-z0-9])(?:qq|微信|威信|薇信|vx|v信|wx|加v|电报|telegram|whatsapp)\s*(?:号|号码|群|id)?\s*[:：]?\s*[a-z0-9_-]{5,}/g;
const HIDDEN_RE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const TOKEN_RE = /\d*[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*/g;
const NON_LATIN_LETTERS = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const WORD_ANY_SCRIPT = /[\p{L}\p{N}]+/gu;

function masked(ranges: readonly [number, number][], start: number, end: number): boolean {
  return ranges.some(([a, b]) => start < b && end > a);
}

function allowedRanges(folded: string, allowed: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const term of allowed) {
    if (!term) continue;
    let i = folded.indexOf(term);
    while (i >= 0) {
      out.push([i, i + term.length]);
      i = folded.indexOf(term, i + term.length);
    }
  }
  return out;
}

/** Scores one Latin token inside Chinese text; see the file comment for what passes. */
function tokenScore(token: string, folded: string, start: number, end: number): number {
  const lead = /^\d+/.exec(token)?.[0] ?? '';
  const letters = token.slice(lead.length);
  const prev = folded[start - 1] ?? '';
  if (ORDINARY_TOKENS.has(letters) && (lead || /\d/.test(prev) || ORDINARY_TOKENS.has(token))) return 0;
  if (ORDINARY_TOKENS.has(token) || ROMAN.test(token)) return 0;
  if (/^[a-z]{1,4}-\d{1,4}[a-z]?$/.test(token)) return 0;
  if (letters.length < 2 && !lead) return 0;
  let score = 1;
  // Letters fused with digits: a short designation (B2, T34) is plausible, anything longer reads as a handle.
  if (/^[a-z]{1,3}\d{1,4}[a-z]?$/.test(token)) score += 1;
  else if ((/\d/.test(letters) || lead) && !letters.includes('-')) score += 2;
  const around = folded.slice(Math.max(0, start - 12), Math.min(folded.length, end + 12));
  if (AD_CONTEXT.some((w) => around.includes(w))) score += 2;
  return score;
}

export function scanText(text: string, opts: ScanOptions): TextHit[] {
  if (!text) return [];
  const hits: TextHit[] = [];
  const folded = fold(text);
  const allow = allowedRanges(folded, (opts.allowed ?? []).map((t) => fold(t)));
  const push = (key: TextKey, start: number, end: number, message: string, suggestion: string, params: Record<string, string | number> = {}) => {
    const dot = key.indexOf('.');
    const rule = (dot < 0 ? key : key.slice(0, dot)) as RuleOfKey<TextKey>;
    if (masked(allow, start, end) && rule !== 'hidden-characters') return;
    if (hits.some((h) => h.start < end && h.end > start && h.rule !== 'hidden-characters')) return;
    const token = text.slice(start, end);
    hits.push({ rule, key, detail: dot < 0 ? null : key.slice(dot + 1), params: { token, ...params }, start, end, token, message, suggestion });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) fn(m);
  };

  each(HIDDEN_RE, (m) => push('hidden-characters', m.index, m.index + m[0].length, 'contains an invisible character (zero-width or text-direction control) that can hide or reorder text.', 'Retype the text around it, or paste it as plain text.'));
  // E-mail first: its domain would otherwise be reported as a web address.
  each(EMAIL_RE, (m) => push('contains-email', m.index, m.index + m[0].length, `contains an e-mail address (${text.slice(m.index, m.index + m[0].length)}).`, 'Remove it: personal contact details do not belong on a public kiosk.'));
  each(URL_RE, (m) => push('contains-url', m.index, m.index + m[0].trimEnd().length, `contains a web address (${text.slice(m.index, m.index + m[0].trimEnd().length)}).`, 'Remove it: a kiosk shows no web addresses. Name the source in the credit field instead.'));
  for (const re of PHONE_RES) each(re, (m) => push('contains-phone', m.index, m.index + m[0].length, `contains a phone number (${m[0]}).`, 'Remove it: phone numbers do not belong on a public kiosk.'));
  each(CONTACT_RE, (m) => push('contains-contact', m.index, m.index + m[0].length, `contains a messaging contact (${text.slice(m.index, m.index + m[0].length)}).`, 'Remove it: this is how pasted advertisements ask to be contacted.'));

  const { han, latin } = scriptCounts(text);
  const chinese = opts.lang === 'zh' && han >= 4 && han >= (han + latin) * 0.3;
  for (const term of CHINESE_TERMS) {
    let i = folded.indexOf(term);
    while (i >= 0) {
      push('injected-term.gambling', i, i + term.length, `contains "${term}", a gambling or advertising term.`, 'Remove it; if this is genuinely part of the history, mark the term as allowed with a note.');
      i = folded.indexOf(term, i + term.length);
    }
  }
  const latinTerms = new Set([...LATIN_TERMS, ...(chinese ? LATIN_TERMS_IN_CHINESE : [])]);
  const counts = new Map<string, number[]>();
  each(TOKEN_RE, (m) => {
    const token = m[0];
    const start = m.index;
    const end = start + token.length;
    // Part of a longer word in another script (homoglyph check below) or of a number like 1950s.
    if (/[a-z0-9]/.test(folded[start - 1] ?? '') || /[a-z0-9]/.test(folded[end] ?? '')) return;
    if (latinTerms.has(token) || latinTerms.has(token.replace(/^\d+/, ''))) {
      push('injected-term.brand', start, end, `contains "${text.slice(start, end)}", a gambling or advertising brand.`, 'Remove it; if it is genuine, mark the term as allowed with a note.');
      return;
    }
    if (!chinese || masked(allow, start, end)) return;
    const score = tokenScore(token, folded, start, end);
    if (score >= LINT_LIMITS.tokenScoreToBlock) {
      push('injected-token', start, end, `"${text.slice(start, end)}" looks like a brand or web handle slipped into Chinese text.`, 'Remove it if it was pasted in by mistake; if it is a real name (a camera, a unit), mark it as allowed.');
    }
    if (score > 0) counts.set(token, [...(counts.get(token) ?? []), start]);
  });
  for (const [token, at] of counts) {
    if (at.length >= LINT_LIMITS.repeatedTokenCount) {
      push('repeated-foreign-token', at[0]!, at[0]! + token.length, `repeats the foreign word "${text.slice(at[0], at[0]! + token.length)}" ${at.length} times, as keyword-stuffed advertising does.`, 'Remove the repetitions, or mark the word as allowed if it belongs.', { count: at.length });
    }
  }

  WORD_ANY_SCRIPT.lastIndex = 0;
  for (let m = WORD_ANY_SCRIPT.exec(text); m; m = WORD_ANY_SCRIPT.exec(text)) {
    const w = m[0];
    if (/[A-Za-z]/.test(w) && NON_LATIN_LETTERS.test(w)) {
      push('mixed-script.homoglyph', m.index, m.index + w.length, `"${w}" mixes Latin with Cyrillic or Greek letters that look alike, a trick to slip words past filters.`, 'Retype the word.');
    }
  }
  if (opts.isName && opts.lang === 'zh') {
    const m = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+/.exec(text);
    if (m && han > 0) push('mixed-script.name', m.index, m.index + m[0].length, `the Chinese name contains "${m[0]}", which is not part of a name.`, 'Keep only the name in Chinese characters; put the English name in the English translation.');
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** A short excerpt around [start, end) and the range inside it, never splitting a surrogate pair. */
export function excerptAround(text: string, start: number, end: number, pad = 24): { excerpt: string; range: [number, number] } {
  let a = Math.max(0, start - pad);
  let b = Math.min(text.length, end + pad);
  if (a > 0 && /[\uDC00-\uDFFF]/.test(text[a]!)) a--;
  if (b < text.length && /[\uDC00-\uDFFF]/.test(text[b]!)) b++;
  const prefix = a > 0 ? '…' : '';
  const excerpt = `${prefix}${text.slice(a, b)}${b < text.length ? '…' : ''}`;
  return { excerpt, range: [start - a + prefix.length, end - a + prefix.length] };
}
