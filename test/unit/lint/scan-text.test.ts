import { describe, expect, it } from 'vitest';
import { excerptAround, scanText } from '../../../archive/lint/text/scan-text';

const rules = (text: string, opts: Parameters<typeof scanText>[1] = { lang: 'zh' }) => scanText(text, opts).map((h) => [h.rule, h.token]);

const CLEAN = '1950年10月，王芳随部队入朝作战，在长津湖战役中荣立一等功。退伍后他回到赤峰，三十年如一日照顾烈士家属，被评为全国模范退役军人。';

describe('injected advertising inside clean Chinese paragraphs', () => {
  it.each([
    ['a gambling site with its address', `${CLEAN.slice(0, 30)}澳门新葡京娱乐城官网www.xpj88.com注册就送${CLEAN.slice(30)}`, [['injected-term', '新葡京'], ['contains-url', 'www.xpj88.com'], ['injected-term', '注册就送']]],
    ['a Latin betting brand', `${CLEAN}bet365体育，首存即送。`, [['injected-term', 'bet365'], ['injected-term', '首存']]],
    ['a brand-like handle next to advertising words', `${CLEAN.slice(0, 40)}yb88zc平台稳定出款${CLEAN.slice(40)}`, [['injected-token', 'yb88zc']]],
    ['a full-width disguised address', `${CLEAN}详情见ｗｗｗ．ｋｙ６６．ｃｃ`, [['contains-url', 'ｗｗｗ．ｋｙ６６．ｃｃ']]],
    ['an address written with 点', `${CLEAN}访问 vip888点com`, [['contains-url', 'vip888点com']]],
    ['a phone number', `${CLEAN}咨询电话13800138000。`, [['contains-phone', '13800138000']]],
    ['a landline', `${CLEAN}联系0476-8331234。`, [['contains-phone', '0476-8331234']]],
    ['an e-mail address', `${CLEAN}投稿 ads@promo-mail.cn`, [['contains-email', 'ads@promo-mail.cn']]],
    ['a messaging contact', `${CLEAN}加微信：abc12345领取`, [['contains-contact', '微信：abc12345']]],
    ['keyword stuffing with neutral words around it', `${CLEAN.slice(0, 20)}Keno${CLEAN.slice(20, 40)}Keno${CLEAN.slice(40)}Keno`, [['repeated-foreign-token', 'Keno']]],
    ['a brand next to advertising words, each time', `${CLEAN}Keno体育 Keno官方`, [['injected-token', 'Keno']]],
    ['a homoglyph word (Cyrillic е in "bet")', `${CLEAN}bеttor`, [['mixed-script', 'bеttor']]],
    ['a zero-width space hiding a word', `${CLEAN.slice(0, 10)}\u200B${CLEAN.slice(10)}`, [['hidden-characters', '\u200B']]],
  ])('%s', (_label, text, want) => {
    expect(rules(text)).toEqual(expect.arrayContaining(want));
  });
});

describe('ordinary mixed text passes', () => {
  it.each([
    ['years, months and numbers', CLEAN],
    ['English names of units', '1979年，他所在的第38集团军（the 38th Group Army, PLA）奉命参加边境作战。'],
    ['units of measure after numbers', '哨所海拔4500m，冬季气温低至-40°C，战士们每天巡逻15 km。'],
    ['model designations', '连队装备了T-34坦克和59式火炮，后换装AK-47。'],
    ['a camera named in a caption', '摄于1985年，使用Canon AE-1相机拍摄。'],
    ['abbreviations', '他在CCTV的采访中谈到GPS定位和DNA比对找回烈士遗骨的经过。'],
    ['an English sentence in the English field', { text: 'Wang Fang served on the border for ten years; call sign Bet 3.', lang: 'en' as const }],
    ['roman numerals and ordinals', '第II卷记录了1950s的历史，他是第3rd批入伍的。'],
    ['a Mongolian name', '阿拉坦·巴根，蒙古族，1952年生于巴林右旗。'],
  ])('%s', (_label, sample) => {
    const s = typeof sample === 'string' ? { text: sample, lang: 'zh' as const } : sample;
    expect(rules(s.text, { lang: s.lang })).toEqual([]);
  });

  it('flags a product name only until a curator marks it allowed', () => {
    const caption = '1996年，连队用OPPO R9s拍下这张合影。'.replace('R9s', 'R9s2');
    expect(rules(caption).map((r) => r[0])).toContain('injected-token');
    expect(rules(caption, { lang: 'zh', allowed: ['oppo r9s2'] })).toEqual([]);
  });

  it('never lets the allow list hide an address or a phone number', () => {
    expect(rules('见www.xpj88.com', { lang: 'zh', allowed: ['www.xpj88.com'] })).toEqual([]);
    expect(rules('电话13800138000', { lang: 'zh', allowed: ['xpj'] }).map((r) => r[0])).toEqual(['contains-phone']);
  });

  it('flags Latin letters inside a Chinese name', () => {
    expect(rules('王芳abc', { lang: 'zh', isName: true })).toEqual([['mixed-script', 'abc']]);
    expect(rules('王芳', { lang: 'zh', isName: true })).toEqual([]);
  });
});

describe('excerptAround', () => {
  it('cuts around the hit without splitting a character outside the BMP', () => {
    const text = `${'𠀀'.repeat(20)}www.x.com${'𠀀'.repeat(20)}`;
    const start = text.indexOf('www');
    const { excerpt, range } = excerptAround(text, start, start + 9, 5);
    expect(excerpt.slice(range[0], range[1])).toBe('www.x.com');
    expect(excerpt).not.toMatch(/^…?[\uDC00-\uDFFF]|[\uD800-\uDBFF]…?$/);
  });
});
