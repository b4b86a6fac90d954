// The 10,000-exhibit gallery for `npm run bench -- ui`: the demo archive (so every screen has real pictures)
// plus a "bench-10k" portraits collection of 10,000 generated people whose covers reuse the demo's photos.
// Built once through the normal write path and cached under .bench/ui/ (gitignored); each run works on a copy.
import fs from 'node:fs';
import path from 'node:path';
import { openArchive } from '../archive/archive';
import { upsertCollection } from '../archive/content/collection-write';
import { upsertExhibit } from '../archive/content/exhibit-write';
import { demoArchiveCopy } from '../test/support/demo-template';

const VERSION = 'ui-10k-v1';
export const BIG_COLLECTION = 'bench-10k';
export const BIG_COUNT = 10_000;

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文辉力斌宇浩凯鹏飞鑫波宁琳晨雪峰海兵林玉兰凤春梅'];
const HONOURS = ['一等功', '二等功', '三等功', '全国模范退役军人', '最美退役军人', '戍边英雄', '抗洪抢险英雄'];
const UNITS = ['赤峰军分区', '内蒙古军区边防团', '武警赤峰支队', '空军某部', '陆军某合成旅'];

/** Returns a fresh working copy of the 10k archive, building the cached template first if needed. */
export async function bigArchiveCopy(root: string, target: string, log: (line: string) => void): Promise<string> {
  const template = path.join(root, VERSION);
  if (!fs.existsSync(path.join(template, 'complete'))) {
    fs.rmSync(template, { recursive: true, force: true });
    const t0 = performance.now();
    log(`  building the ${BIG_COUNT.toLocaleString('en')}-exhibit archive once (cached in ${path.relative(process.cwd(), template)})…`);
    await demoArchiveCopy(template);
    const archive = openArchive(template);
    try {
      const { db } = archive;
      const covers = (db.prepare(`SELECT sha256 FROM media WHERE height >= width ORDER BY sha256`).all() as { sha256: string }[]).map((r) => r.sha256);
      db.transaction(() => {
        upsertCollection(db, { slug: BIG_COLLECTION, layout: 'portraits', title: { zh: '万人肖像（测试）', en: 'Ten thousand portraits (benchmark)' }, sortOrder: 99 }, 'bench');
        for (let i = 0; i < BIG_COUNT; i++) {
          const name = SURNAMES[i % SURNAMES.length]! + GIVEN[(i * 7) % GIVEN.length]! + (i % 3 === 0 ? '' : GIVEN[(i * 13) % GIVEN.length]!);
          const cover = covers.length ? covers[i % covers.length]! : null;
          upsertExhibit(
            db,
            {
              uid: `bench-${i}`,
              collection: BIG_COLLECTION,
              status: 'published',
              sample: true,
              sortOrder: i,
              name: { zh: name },
              birthYear: 1930 + (i % 70),
              unit: { zh: UNITS[i % UNITS.length]! },
              honours: { zh: HONOURS[i % HONOURS.length]! },
              date: { precision: 'year', start: String(1950 + (i % 70)), end: null },
              media: cover ? [{ sha256: cover }] : [],
              cover,
            },
            'bench',
          );
        }
      })();
    } finally {
      archive.close();
    }
    fs.writeFileSync(path.join(template, 'complete'), `${VERSION}\n`);
    log(`  built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(template, target, { recursive: true, filter: (src) => path.basename(src) !== 'complete' });
  return target;
}
