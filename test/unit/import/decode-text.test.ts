import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../archive/import/source/decode-text';
import { isArchiveError } from '../../../archive/errors';

const TEXT = '姓名,籍贯,事迹\n王芳,赤峰,在边防哨所坚守十年，带出三批新兵。\n';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, GBK, GB18030 and UTF-16', () => {
    expect(decodeText(Buffer.from(TEXT), 'f')).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'f')).toEqual({ text: TEXT, encoding: 'utf-8-bom' });
    expect(decodeText(iconv.encode(TEXT, 'gbk'), 'f')).toEqual({ text: TEXT, encoding: 'gb18030' });
    expect(decodeText(iconv.encode(`${TEXT}𠀀`, 'gb18030'), 'f').text).toBe(`${TEXT}𠀀`);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'f')).toEqual({ text: TEXT, encoding: 'utf-16le' });
    // Without a BOM, UTF-16 is recognised by its zero bytes when the sheet is mostly Latin text and numbers.
    expect(decodeText(Buffer.from('uid,name,birthYear\nv-1,王芳,1950\nv-2,李强,1952\n', 'utf16le'), 'f').encoding).toBe('utf-16le');
  });
  it('refuses Big5 and Western code pages by name instead of producing mojibake', () => {
    for (const bytes of [iconv.encode('姓名,籍貫,事蹟\n王芳,赤峰,在邊防哨所堅守十年，帶出三批新兵。參加抗洪搶險。\n', 'big5'), iconv.encode('Nom,Ville\nRenée,Besançon\nÉlodie,Orléans\nFrançois,Genève\nAurélie,Nîmes\n', 'win1252')]) {
      try {
        decodeText(bytes, 'names.csv');
        throw new Error('accepted');
      } catch (e) {
        expect(isArchiveError(e) && e.code).toBe('IMPORT_ENCODING');
        expect((e as Error).message).toMatch(/names\.csv .*neither UTF-8 nor GBK/);
      }
    }
  });
});
