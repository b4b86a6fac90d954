import type { ApiError } from '../../api/client';

/** The engine's field messages in Chinese, for the messages a form meets most; others are shown as sent. */
const ZH: Record<string, string> = {
  'an exhibit needs a name or a title in Chinese': '展品需要中文姓名或标题',
  'death year is before birth year': '逝世年份早于出生年份',
  'a date needs a start unless its precision is unknown': '请填写日期，或把日期精度设为“不详”',
  'only a range has an end date': '只有“时间段”才有结束日期',
  'the range ends before it starts': '结束日期早于开始日期',
  'the cover must be one of the exhibit’s photos': '封面必须是本展品的照片之一',
  'must be YYYY, YYYY-MM or YYYY-MM-DD': '请写成 1950、1950-10 或 1950-10-25',
  'is not a real calendar date': '这一天不存在',
  'a year date is written YYYY': '“年”精度的日期写成 1950',
  'a month date is written YYYY-MM': '“年月”精度的日期写成 1950-10',
  'a day date is written YYYY-MM-DD': '“年月日”精度的日期写成 1950-10-25',
  'Another exhibit already has this key.': '已有展品使用这个编号',
  'A collection needs a Chinese title.': '展区需要中文名称',
  'use lower-case letters, digits and hyphens': '只能用小写字母、数字和连字符',
  'This key is taken.': '这个网址名已被使用',
};

/**
 * The schema's limits ("Too big: expected string to have <=200 characters") in Chinese. These come from
 * zod's own wording; the curation API sends no codes for field errors yet, so this reads the words.
 */
function limitMessage(message: string): string | null {
  const m = /^Too (big|small): expected (string|number|array|set)\b.*?([<>]=?)\s*(-?\d+)/i.exec(message);
  if (!m) return null;
  const big = m[1]!.toLowerCase() === 'big';
  const n = m[4]!;
  if (m[2] === 'string') return big ? `内容太长，最多 ${n} 个字` : Number(n) <= 1 ? '不能为空' : `内容太短，至少 ${n} 个字`;
  if (m[2] === 'number') return big ? `数值太大，最大为 ${n}` : `数值太小，最小为 ${n}`;
  return big ? `项目太多，最多 ${n} 项` : `至少要有 ${n} 项`;
}

/** Chinese for the workspace in Chinese and Mongolian (whose curator texts fall back to Chinese). */
export function localiseFieldMessage(message: string, lang: string): string {
  if (lang === 'en') return message;
  if (ZH[message]) return ZH[message];
  const limit = limitMessage(message);
  if (limit) return limit;
  if (/Number must be|expected number|>=|<=/i.test(message)) return `数值不在允许范围内（${message}）`;
  return message;
}

/**
 * Field errors from an API error: INVALID carries details.fields ("date.start" → message); a writer's
 * error may name one field in details.field. Keys are collapsed to the form's fields ("date.start" stays,
 * "name.zh" becomes "name").
 */
export function fieldErrorsOf(e: ApiError, lang: string): Record<string, string> {
  const out: Record<string, string> = {};
  const fields = e.details?.fields;
  if (fields && typeof fields === 'object') {
    for (const [k, v] of Object.entries(fields as Record<string, string>)) {
      const key = /^(title|name|hometown|ethnicity|unit|honours|place|body|credit)\./.test(k) ? k.split('.')[0]! : k;
      out[key] ??= localiseFieldMessage(String(v), lang);
    }
  } else if (typeof e.details?.field === 'string') out[e.details.field] = e.message;
  return out;
}

/**
 * Field errors of a refused action, each in the curator's language: schema complaints one by one, a coded
 * refusal (a PIN too easy to guess, a wrong current PIN) in its own words on every field it names.
 */
export function localFieldErrors(e: ApiError, lang: string, said: string, fallbackField: string): Record<string, string> {
  const fields = (e.details?.fields ?? {}) as Record<string, string>;
  if (e.code === 'INVALID' || e.code === 'BAD_INPUT') {
    const out = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, localiseFieldMessage(String(v), lang)]));
    return Object.keys(out).length ? out : { [fallbackField]: said };
  }
  const keys = Object.keys(fields);
  return Object.fromEntries((keys.length ? keys : [fallbackField]).map((k) => [k, said]));
}
