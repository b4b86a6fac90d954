// Which exhibit field a column feeds, from the header curators actually write: Chinese or English, with
// "（必填）" markers, stars, spaces and full-width brackets, and translation columns such as 英文姓名 or name_en.
import { halfWidthAlnum } from '../normalise/text';

export const TRANSLATABLE = ['title', 'name', 'hometown', 'ethnicity', 'unit', 'honours', 'place', 'body', 'credit'] as const;

/** Every field an import column can feed (translations are "<field>.en" / "<field>.mn"). */
export const IMPORT_FIELDS = [
  'uid',
  'collection',
  'kind',
  'status',
  'hidden',
  'sample',
  'sortOrder',
  ...TRANSLATABLE,
  'birthYear',
  'deathYear',
  'date',
  'dateStart',
  'dateEnd',
  'topic',
  'rights',
  'tags',
  'photos',
  'photoCaption',
  'photoAlt',
  'photoCredit',
  'media',
  'cover',
  'needsReview',
  'ignore',
] as const;
export type BaseField = (typeof IMPORT_FIELDS)[number];
export type ImportField = BaseField | `${(typeof TRANSLATABLE)[number]}.${'en' | 'mn'}`;

const SYNONYMS: Record<Exclude<BaseField, 'ignore'>, string[]> = {
  uid: ['uid', 'id', '编号', '档案号', '档案编号', '唯一编号', '记录编号', 'key'],
  collection: ['collection', '栏目', '展区', '分组', '集合', '展厅', '所属栏目'],
  kind: ['kind', '类型', 'type'],
  status: ['status', '状态', '发布状态'],
  hidden: ['hidden', '隐藏'],
  sample: ['sample', '示例'],
  sortOrder: ['sortorder', '排序', '顺序', 'order', 'sort'],
  title: ['title', '标题', '题目', '名称', '题名', '作品名', '展品名称', '事件名称'],
  name: ['name', '姓名', '名字', '人物', '人物姓名', '英雄姓名', '烈士姓名', '老兵姓名', 'fullname', 'person'],
  hometown: ['hometown', '籍贯', '家乡', '出生地', '原籍', '故乡', 'nativeplace', 'birthplace'],
  ethnicity: ['ethnicity', '民族', '族别', 'ethnic', 'ethnicgroup'],
  unit: ['unit', '部队', '单位', '所在部队', '服役部队', '部别', '所属部队', '工作单位', '所在单位', 'militaryunit', 'servedin'],
  honours: ['honours', 'honors', 'honour', 'honor', '荣誉', '荣誉称号', '获得荣誉', '奖项', '立功情况', '立功受奖', '功勋', '称号', 'awards'],
  place: ['place', '地点', '地方', '发生地', 'location'],
  body: ['body', 'text', '事迹', '简介', '生平', '生平事迹', '主要事迹', '英雄事迹', '事迹简介', '描述', '正文', '内容', '介绍', 'description', 'story', 'biography', 'bio'],
  credit: ['credit', '来源', '出处', '资料来源', '提供者', '提供', 'source'],
  birthYear: ['birthyear', 'birth', 'born', '出生年份', '出生年', '出生', '出生日期', '出生年月', '生年', '生于', 'yearofbirth', 'dateofbirth'],
  deathYear: ['deathyear', 'death', 'died', '逝世年份', '去世年份', '卒年', '牺牲年份', '逝世', '去世', '牺牲时间', '牺牲日期', '去世日期', '逝世日期', 'yearofdeath', 'dateofdeath'],
  date: ['date', '日期', '时间', '年份', '年代', '发生时间', '时期', 'year', 'period'],
  dateStart: ['datestart', '开始时间', '起始时间', '开始日期', 'startdate', 'from'],
  dateEnd: ['dateend', '结束时间', '终止时间', '结束日期', 'enddate', 'to'],
  topic: ['topic', '主题', '专题'],
  rights: ['rights', '版权', '版权信息', 'license', 'licence', 'copyright'],
  tags: ['tags', 'tag', '标签', '分类', '关键词', '类别', 'keywords', 'category'],
  photos: ['photos', 'photo', 'image', 'images', 'picture', 'pictures', 'file', 'files', 'filename', '照片', '图片', '相片', '照片文件', '照片文件名', '图片文件', '图片文件名', '相片文件', '头像', '肖像', '照片名'],
  photoCaption: ['photocaption', 'caption', '照片说明', '图片说明', '说明', '图注'],
  photoAlt: ['photoalt', 'alt', 'alttext', '替代文字', '图片描述', '照片描述'],
  photoCredit: ['photocredit', 'photographer', '摄影', '摄影者', '拍摄者', '照片来源', '图片来源'],
  media: ['media'],
  cover: ['cover'],
  needsReview: ['needsreview'],
};

/** Row counters that spreadsheets carry and that mean nothing once imported. */
const COUNTERS = new Set(['序号', '序', 'no', 'no.', '#', 'nr', '行号']);

const BY_KEY = new Map<string, BaseField>();
for (const [field, names] of Object.entries(SYNONYMS)) for (const n of names) BY_KEY.set(n, field as BaseField);

const LANG_WORDS: [RegExp, 'en' | 'mn'][] = [
  [/^(?:英文|英语|english)/, 'en'],
  [/^(?:蒙古文|蒙文|蒙古语|蒙语|mongolian)/, 'mn'],
  [/[._-]?(?:en|english|英文|英语)$/, 'en'],
  [/[._-]?(?:mn|mongolian|蒙古文|蒙文|蒙古语|蒙语)$/, 'mn'],
];

/** The comparable form of a header: lower case, no spaces, brackets, stars or "required" markers. */
export function headerKey(header: string): string {
  return halfWidthAlnum(header)
    .toLowerCase()
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[【［]/g, '[')
    .replace(/[】］]/g, ']')
    .replace(/\((?:必填|选填|可选|required|optional)\)/g, '')
    .replace(/[*＊:：\s]/g, '')
    .replace(/[()[\]]/g, (c) => (c === '(' || c === '[' ? '.' : ''))
    .replace(/^\.+|\.+$/g, '');
}

function baseOf(key: string): BaseField | undefined {
  return BY_KEY.get(key) ?? BY_KEY.get(key.replace(/[._-]/g, ''));
}

/** The field a header names, or null when it is not recognised; counters map to "ignore". */
export function fieldForHeader(header: string): ImportField | null {
  const key = headerKey(header);
  if (!key) return null;
  if (COUNTERS.has(key)) return 'ignore';
  const direct = baseOf(key);
  if (direct) return direct;
  for (const [re, lang] of LANG_WORDS) {
    const rest = key.replace(re, '').replace(/^[._-]+|[._-]+$/g, '');
    if (rest === key || !rest) continue;
    const f = baseOf(rest) ?? (rest === '名' ? 'name' : undefined);
    if (f && (TRANSLATABLE as readonly string[]).includes(f)) return `${f}.${lang}` as ImportField;
  }
  return null;
}

/** Checks a field name given in a mapping ("name", "name.en", "tags", "ignore"). */
export function parseFieldName(raw: string): ImportField | null {
  const s = raw.trim();
  if ((IMPORT_FIELDS as readonly string[]).includes(s)) return s as ImportField;
  const m = /^([a-z]+)\.(en|mn)$/.exec(s);
  if (m && (TRANSLATABLE as readonly string[]).includes(m[1]!)) return s as ImportField;
  const byKey = fieldForHeader(s);
  return byKey;
}

export const FIELD_LIST_TEXT = `${IMPORT_FIELDS.join(', ')}, or a translation such as name.en / body.mn`;
