// Advertising, gambling and scam vocabulary that text pasted from web pages carries in. Chinese terms are
// chosen so ordinary history writing does not contain them: 投注 alone can mean "devote (effort)", 开元 is a
// Tang era, 金沙 a river, so only their brand compounds are listed.

export const CHINESE_TERMS = [
  '博彩', '赌场', '赌博网', '网上赌', '在线赌', '娱乐城', '百家乐', '老虎机', '六合彩', '时时彩', '北京赛车', '幸运飞艇', '彩票平台', '真人视讯',
  '真人娱乐', '棋牌游戏', '彩金', '首存', '返水', '洗码', '体育投注', '在线投注', '投注平台', '下注', '开户送', '注册送', '注册就送', '充值送', '日赚',
  '代孕', '办证', '代开发票', '发票代开', '刷单', '兼职日结', '裸聊', '约炮', '成人视频', '色情', '贷款秒批', '无抵押贷款', '信用卡套现', '网贷',
  '新葡京', '葡京娱乐', '澳门威尼斯人', '威尼斯人娱乐', '金沙娱乐', '金沙赌场', '金沙官网', '太阳城娱乐', '皇冠体育', '皇冠娱乐', '皇冠平台', '亚博体育',
  '开元棋牌', '乐鱼体育', '九游会', '沙巴体育', '必赢', '稳赚', '包赢', '赢钱', '电子游艺', '捕鱼游戏', '足球外围', '外围投注',
];

/** Latin brand and spam words; matched as whole tokens. */
export const LATIN_TERMS = [
  'bet365', '1xbet', 'dafabet', 'w88', 'fun88', '188bet', '12bet', 'sbobet', 'm88', 'vwin', 'yabo', 'kaiyun', 'leyu', 'ag88', 'bbin', 'pg88',
  'casino', 'casinos', 'baccarat', 'poker', 'jackpot', 'slots', 'viagra', 'cialis', 'porn', 'xxx', 'usdt', 'airdrop',
];

/** Latin brand words that are only suspicious inside Chinese text (in English prose they are ordinary words). */
export const LATIN_TERMS_IN_CHINESE = ['bet', 'sex', 'vip', 'app', 'agin'];

/** Words that, near a Latin token in Chinese text, make it read as an advertisement. */
export const AD_CONTEXT = [
  '官网', '注册', '下载', '登录', '登陆', '充值', '优惠', '扫码', '点击', '网址', '平台', '娱乐', '体育', '真人', '电子', '棋牌', '开户', '客服',
  '代理', '入口', '链接', '加微', '奖金', '返利', '赢', '送', '彩', '赌', '投注', '官方', '在线', '手机版',
];

/**
 * Latin tokens ordinary Chinese writing about the army and the city uses: abbreviations, units of measure,
 * ordinal suffixes. Compared in lower case.
 */
export const ORDINARY_TOKENS = new Set([
  'pla', 'cpc', 'ccp', 'prc', 'un', 'usa', 'us', 'uk', 'ussr', 'tv', 'cctv', 'gps', 'dna', 'ct', 'ai', 'id', 'it', 'pc', 'ceo', 'wto', 'nato', 'sars',
  'covid', 'who', 'led', 'usb', 'diy', 'mri', 'icu', 'ok', 'no', 'vs', 'ad', 'bc', 'am', 'pm', 'pdf', 'jpg', 'png', 'cd', 'dvd', 'x', 'ii', 'iii', 'iv',
  'km', 'kg', 'cm', 'mm', 'm', 'g', 't', 'ml', 'l', 'h', 'min', 's', 'kw', 'kwh', 'mw', 'hz', 'khz', 'mhz', 'ghz', 'kb', 'mb', 'gb', 'tb', 'mph', 'km/h',
  'mu', 'ha', 'st', 'nd', 'rd', 'th', 'no.', 'cc', 'v', 'kv', 'a', 'mah',
]);

/** Roman numerals (I–XXXIX), used for volumes and sequence numbers. */
export const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/i;
