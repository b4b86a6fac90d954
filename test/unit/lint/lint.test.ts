import { afterEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { Archive } from '../../../archive/archive';
import { readExhibitInput, upsertExhibit } from '../../../archive/content/exhibit-write';
import { isArchiveError } from '../../../archive/errors';
import { allowTerm, lintArchive, publishBlockers, unwaiveFinding, waiveFinding } from '../../../archive/lint';
import { prepareMedia } from '../../../archive/media/prepare';
import { registerMedia } from '../../../archive/media/register';
import { makeJpeg } from '../../support/images';
import { newArchive } from '../import/archive-fixture';

let env: ReturnType<typeof newArchive>;
afterEach(() => env?.cleanup());

async function photo(a: Archive, bytes: Buffer, text: { alt?: string; caption?: string } = { alt: '王芳在哨所前的合影', caption: '1968年摄于边防哨所' }): Promise<string> {
  const p = await prepareMedia(a.root, bytes, 'photo.jpg');
  registerMedia(a.db, p, { ...(text.alt ? { alt: { zh: text.alt } } : {}), ...(text.caption ? { caption: { zh: text.caption } } : {}) }, 'test');
  return p.sha256;
}

function exhibit(a: Archive, uid: string, fields: Record<string, unknown>, media: string[] = []): number {
  return upsertExhibit(a.db, { uid, collection: 'heroes', name: { zh: '王芳', en: 'Wang Fang', mn: 'ᠸᠠᠩ ᠹᠠᠩ' }, body: { zh: '在边防哨所坚守十年。', en: 'Ten years at a border post.', mn: 'ᠠᠷᠪᠠᠨ ᠵᠢᠯ' }, media: media.map((sha256) => ({ sha256 })), ...fields }, 'test').id;
}

describe('the content check', () => {
  it('finds nothing to block on a clean, described, translated exhibit', async () => {
    env = newArchive();
    const sha = await photo(env.archive, await makeJpeg(900, 1200, 1));
    const id = exhibit(env.archive, 'ok', { date: { precision: 'year', start: '1968', end: null }, birthYear: 1950 }, [sha]);
    const r = await lintArchive(env.archive);
    expect(r.counts.blocking).toBe(0);
    expect(r.findings).toEqual([]);
    expect(publishBlockers(env.archive.db, [id])).toEqual([]);
  });

  it('blocks each problem the issue lists, with a message naming where it is', async () => {
    env = newArchive();
    const a = env.archive;
    const big = await photo(a, await makeJpeg(900, 1200, 2));
    const bare = await photo(a, await makeJpeg(900, 1200, 3), {});
    const tiny = await photo(a, await makeJpeg(400, 300, 4));
    const phone = await photo(a, await makeJpeg(1200, 900, 5), { alt: '合影', caption: '联系电话13800138000' });
    const e1 = exhibit(a, 'e1', { name: { zh: '' }, title: { zh: '无名英雄纪念碑' } }, [big]);
    const e2 = exhibit(a, 'e2', { body: { zh: '在边防哨所坚守十年，详见www.example-ads.com。' }, birthYear: 1820 }, [big, bare]);
    const e3 = exhibit(a, 'e3', { date: { precision: 'year', start: '2099', end: null } }, [tiny, phone]);
    const r = await lintArchive(a);
    const got = r.findings.filter((f) => f.severity === 'block').map((f) => [f.rule, f.exhibitId]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['missing-name', e1],
        ['contains-url', e2],
        ['date-implausible', e2],
        ['photo-duplicate', e1],
        ['photo-undescribed', e2],
        ['date-implausible', e3],
        ['photo-too-small', e3],
        ['contains-phone', e3],
      ]),
    );
    const url = r.findings.find((f) => f.rule === 'contains-url')!;
    expect(url).toMatchObject({ field: 'body', lang: 'zh', token: 'www.example-ads.com', label: '王芳' });
    expect(url.excerpt!.slice(url.range![0], url.range![1])).toBe('www.example-ads.com');
    expect(r.findings.find((f) => f.rule === 'photo-too-small')!.message).toMatch(/400×300 pixels/);
    expect(publishBlockers(a.db, [e2]).map((f) => f.rule).sort()).toEqual(['contains-url', 'date-implausible', 'photo-duplicate', 'photo-undescribed']);
  });

  it('only warns about missing translations', async () => {
    env = newArchive();
    const id = upsertExhibit(env.archive.db, { uid: 'zh-only', collection: 'heroes', name: '李强', body: '参加抗洪抢险。' }, 'test').id;
    const r = await lintArchive(env.archive);
    expect(r.counts.blocking).toBe(0);
    expect(r.findings.map((f) => [f.rule, f.severity, f.lang, f.token])).toEqual([
      ['missing-translation', 'warning', 'en', 'name,body'],
      ['missing-translation', 'warning', 'mn', 'name,body'],
    ]);
    expect(publishBlockers(env.archive.db, [id])).toEqual([]);
  });

  it('lets a curator waive a finding with a reason, logged, until the text changes', async () => {
    env = newArchive();
    const { db } = env.archive;
    const id = exhibit(env.archive, 'w', { body: { zh: '他常说：“有事打0476-8331234找连部。”', en: 'x', mn: 'x' } });
    const [finding] = publishBlockers(db, [id]);
    expect(finding!.rule).toBe('contains-phone');
    expect(() => waiveFinding(db, { key: finding!.key, reason: 'ok' }, 'curator')).toThrow();
    const waived = waiveFinding(db, { key: finding!.key, reason: '1970年代连部的历史电话，已停用，是原文的一部分。', exhibitId: id }, 'curator:王老师');
    expect(waived.waiver).toMatchObject({ actor: 'curator:王老师' });
    expect(publishBlockers(db, [id])).toEqual([]);
    const r = await lintArchive(env.archive);
    expect(r.counts).toMatchObject({ blocking: 0, waived: 1 });
    expect(db.prepare("SELECT actor, action, entity_id FROM audit_log WHERE action = 'lint.waive'").all()).toEqual([{ actor: 'curator:王老师', action: 'lint.waive', entity_id: String(id) }]);
    // Changing the number makes it a different finding: the waiver does not cover it.
    const input = readExhibitInput(db, id)!;
    upsertExhibit(db, { ...input, body: { ...input.body, zh: '他常说：“有事打0476-8339999找连部。”' } }, 'curator');
    expect(publishBlockers(db, [id]).map((f) => f.rule)).toEqual(['contains-phone']);
    unwaiveFinding(db, finding!.key, 'curator');
    const gone = (() => {
      try {
        waiveFinding(db, { key: finding!.key, reason: 'the old finding is gone now' }, 'curator');
      } catch (e) {
        return isArchiveError(e) ? e.code : 'other';
      }
      return 'no error';
    })();
    expect(gone).toBe('LINT_FINDING_GONE');
  });

  it('accepts terms a curator allows, but never a web address', async () => {
    env = newArchive();
    const sha = await photo(env.archive, await makeJpeg(1200, 900, 7), { alt: '全连合影', caption: '1996年，连队用OPPO R9s2拍下这张合影。' });
    exhibit(env.archive, 'p', {}, [sha]);
    expect((await lintArchive(env.archive)).findings.filter((f) => f.severity === 'block').map((f) => [f.rule, f.token])).toEqual([['injected-token', 'R9s2']]);
    allowTerm(env.archive.db, { term: 'OPPO R9s2', note: '连队的相机' }, 'curator');
    const after = await lintArchive(env.archive);
    expect(after.counts.blocking).toBe(0);
    expect(after.allowedTerms).toEqual([expect.objectContaining({ term: 'OPPO R9s2', note: '连队的相机', actor: 'curator' })]);
    expect(() => allowTerm(env.archive.db, { term: 'www.xpj88.com' }, 'curator')).toThrow(/can never be allowed/);
  });

  it('warns about the same picture stored twice as different files', async () => {
    env = newArchive();
    const jpeg = await makeJpeg(1200, 900, 9, 90);
    const a = await photo(env.archive, jpeg);
    const b = await photo(env.archive, await sharp(jpeg).resize(1000).png().toBuffer());
    exhibit(env.archive, 'a', {}, [a]);
    exhibit(env.archive, 'b', { name: { zh: '李强', en: 'Li Qiang', mn: 'ᠯᠢ' } }, [b]);
    const r = await lintArchive(env.archive);
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['photo-near-duplicate', 'warning']]);
    expect(r.counts.blocking).toBe(0);
  });
});
