// Data for `npm run bench -- search`: the real poems corpus plus deterministic synthetic exhibits (people
// with Chinese and Mongolian names, units, honours, hometowns in Chifeng, stories, photo captions, English
// and some Mongolian translations) up to 100k exhibits. Built once through the normal write path and cached
// under .bench/search/ (gitignored), keyed by a version string so a generator change rebuilds it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { pinyin } from 'pinyin-pro';
import { openArchive } from '../archive/archive';
import type { ExhibitInputRaw } from '../archive/api/contract';
import { upsertCollection } from '../archive/content/collection-write';
import { upsertExhibit } from '../archive/content/exhibit-write';
import { withStatementCache } from '../archive/db/statement-cache';
import { FULL_POEMS, loadPoems, readPoems, SAMPLE_POEMS } from '../test/integration/search/poems-archive';

const VERSION = 'search-bench-v1';
export const TOTAL = 100_000;

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文单解仇区查乌巴包敖宝'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文辉力斌宇浩凯鹏飞鑫波宁琳晨雪峰海兵林玉兰凤春梅'];
const MONGOL_GIVEN = ['巴特尔', '其木格', '乌云', '哈斯', '额尔敦', '苏和', '那仁', '格日勒', '萨仁', '阿拉坦', '朝鲁', '图雅'];
const MONGOL_SCRIPT = ['ᠪᠠᠭᠠᠲᠤᠷ', 'ᠴᠢᠮᠡᠭ', 'ᠤᠶᠤᠨ', 'ᠬᠠᠰ', 'ᠡᠷᠳᠡᠨᠢ', 'ᠰᠤᠬ᠎ᠠ', 'ᠨᠠᠷᠠᠨ', 'ᠭᠡᠷᠡᠯ'];
const UNITS = [
  ['中国人民解放军第{n}集团军', 'PLA {n}th Group Army'],
  ['{n}部队', 'Unit {n}'],
  ['赤峰军分区', 'Chifeng Military Sub-district'],
  ['内蒙古军区边防{n}团', 'Inner Mongolia Border Defence Regiment {n}'],
  ['武警内蒙古总队赤峰支队', 'Armed Police Chifeng Detachment'],
  ['空军某部{n}团', 'Air Force Regiment {n}'],
  ['海军{n}舰', 'Navy Ship {n}'],
];
const HONOURS = [
  ['一等功', 'First-class Merit'],
  ['二等功', 'Second-class Merit'],
  ['三等功', 'Third-class Merit'],
  ['全国模范退役军人', 'National Model Veteran'],
  ['最美退役军人', 'Most Admired Veteran'],
  ['全国战斗英雄', 'National Combat Hero'],
  ['特等功臣', 'Special Merit Hero'],
  ['优秀共产党员', 'Outstanding Party Member'],
  ['最美军嫂', 'Most Admired Military Spouse'],
  ['戍边英雄', 'Border Guard Hero'],
  ['抗洪抢险英雄', 'Flood Relief Hero'],
  ['全国道德模范', 'National Moral Model'],
];
const PLACES = ['红山区', '元宝山区', '松山区', '阿鲁科尔沁旗', '巴林左旗', '巴林右旗', '林西县', '克什克腾旗', '翁牛特旗', '喀喇沁旗', '宁城县', '敖汉旗'];
const ETHNIC = ['汉族', '汉族', '汉族', '蒙古族', '蒙古族', '满族', '回族', '达斡尔族'];
const DEEDS = ['参加抗洪抢险', '坚守边防一线二十年', '带领战友完成演习任务', '退役后投身乡村振兴', '资助贫困学生上学', '在地震救援中救出群众', '扎根草原守护界碑', '培养新兵上千名'];
const TAGS = ['边防', '抗洪', '抢险救灾', '拥军优属', '双拥模范', '退役军人', '军嫂', '烈士', '民兵', '国防教育'];

/** Deterministic 32-bit generator (mulberry32) so every run builds the same archive. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticExhibit {
  input: ExhibitInputRaw;
  caption?: { zh: string; en: string };
}

export function syntheticExhibit(i: number, prefix = 'syn'): SyntheticExhibit {
  const r = random(i * 2654435761);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const mongol = r() < 0.15;
  const surname = pick(SURNAMES);
  const given = mongol ? pick(MONGOL_GIVEN) : Array.from({ length: r() < 0.6 ? 1 : 2 }, () => pick(GIVEN)).join('');
  const name = surname + given;
  const en = pinyin(name, { surname: 'head', toneType: 'none', type: 'array' });
  const enName = `${cap(en[0]!)} ${cap(en.slice(1).join(''))}`;
  const n = 10 + Math.floor(r() * 90);
  const [unitZh, unitEn] = pick(UNITS).map((u) => u.replace('{n}', String(n))) as [string, string];
  const honours = [pick(HONOURS), ...(r() < 0.3 ? [pick(HONOURS)] : [])];
  const year = 1950 + Math.floor(r() * 75);
  const place = pick(PLACES);
  const deed = pick(DEEDS);
  const kindRoll = r();
  const collection = kindRoll < 0.4 ? 'heroes' : kindRoll < 0.85 ? 'veterans' : 'history';
  const input: ExhibitInputRaw = {
    uid: `${prefix}-${i}`,
    collection,
    kind: collection === 'history' ? 'event' : 'person',
    status: r() < 0.92 ? 'published' : 'draft',
    hidden: r() < 0.01,
    title: collection === 'history' ? { zh: `${place}${deed}`, en: `${deed} in ${place}` } : '',
    name: collection === 'history' ? '' : { zh: name, en: enName, ...(mongol ? { mn: pick(MONGOL_SCRIPT) } : {}) },
    hometown: `赤峰市${place}`,
    ethnicity: mongol ? '蒙古族' : pick(ETHNIC),
    unit: { zh: unitZh, en: unitEn },
    honours: { zh: honours.map((h) => h[0]).join('；'), en: honours.map((h) => h[1]).join('; ') },
    body: {
      zh: `${name}，${year}年入伍，在${unitZh}服役期间${deed}。${year + 3}年荣获${honours[0]![0]}。`,
      en: `${enName} enlisted in ${year} and served in ${unitEn}; awarded ${honours[0]![1]} in ${year + 3}.`,
    },
    date: { precision: 'year', start: String(year), end: null },
    tags: [pick(TAGS), pick(TAGS)].filter((t, k, all) => all.indexOf(t) === k),
  };
  return { input, ...(r() < 0.3 ? { caption: { zh: `${name}在${place}留影`, en: `${enName} in ${place}` } } : {}) };
}

function cap(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** A photo row for a caption (the bench never reads image files; the search reads captions from rows). */
function captionPhoto(db: Database.Database, key: string): string {
  const sha = crypto.createHash('sha256').update(key).digest('hex');
  db.prepare(`INSERT OR IGNORE INTO media (sha256, mime, ext, bytes, width, height) VALUES (?, 'image/webp', 'webp', 1000, 400, 300)`).run(sha);
  return sha;
}

export function ensureCollections(db: Database.Database): void {
  upsertCollection(db, { slug: 'heroes', title: { zh: '英雄模范', en: 'Heroes' } }, 'bench');
  upsertCollection(db, { slug: 'veterans', title: { zh: '退役军人', en: 'Veterans' } }, 'bench');
  upsertCollection(db, { slug: 'history', layout: 'timeline', title: { zh: '双拥历程', en: 'History' } }, 'bench');
}

/** Writes synthetic exhibits from..to through upsertExhibit, `batch` to a transaction. */
export function writeSynthetic(db: Database.Database, from: number, to: number, prefix = 'syn', batch = 1000): void {
  const cached = withStatementCache(db);
  for (let start = from; start < to; start += batch) {
    cached.transaction(() => {
      for (let i = start; i < Math.min(to, start + batch); i++) {
        const { input, caption } = syntheticExhibit(i, prefix);
        if (caption) input.media = [{ sha256: captionPhoto(cached, `${prefix}-${i}`), caption }];
        upsertExhibit(cached, input, 'bench');
      }
    })();
  }
}

/** The cached 100k-exhibit archive (poems + synthetic), built on first use. */
export function benchArchive(root: string, log: (line: string) => void): { dir: string; poems: number; synthetic: number; corpus: 'full' | 'sample' } {
  const corpus = fs.existsSync(FULL_POEMS) ? 'full' : 'sample';
  const dir = path.join(root, `${VERSION}-${corpus}`);
  const ready = path.join(dir, 'ready');
  if (fs.existsSync(ready)) {
    // Cached: read the counts, not the corpus (loading 60k poems here would weigh on the memory measured).
    const { poems, synthetic } = JSON.parse(fs.readFileSync(ready, 'utf8')) as { poems: number; synthetic: number };
    return { dir, poems, synthetic, corpus };
  }
  const poems = readPoems(corpus === 'full' ? FULL_POEMS : SAMPLE_POEMS);
  const synthetic = TOTAL - poems.length;
  {
    if (corpus === 'sample') log(`  ${FULL_POEMS} is missing: using the ${poems.length}-poem sample and more synthetic exhibits.`);
    log(`  building the bench archive in ${dir} (once; cached) …`);
    fs.rmSync(dir, { recursive: true, force: true });
    const t = performance.now();
    const archive = openArchive(dir, { create: true });
    try {
      ensureCollections(archive.db);
      loadPoems(archive.db, poems);
      writeSynthetic(archive.db, 0, synthetic);
      archive.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      archive.close();
    }
    fs.writeFileSync(ready, JSON.stringify({ poems: poems.length, synthetic, at: new Date().toISOString() }));
    log(`  built ${poems.length} poems + ${synthetic} synthetic exhibits in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  return { dir, poems: poems.length, synthetic, corpus };
}
