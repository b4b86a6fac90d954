import { pinyin } from 'pinyin-pro';

// Readings of one (folded) character: every toneless pinyin syllable it can have, because a visitor may
// type either reading of 长 or 重. ü is written v (as on a pinyin keyboard) and also u, which is what most
// people type for 吕 or 女. Latin letters and digits read as themselves so "31672部队" matches `31672bd`.

const cache = new Map<number, readonly string[]>();
const NONE: readonly string[] = [];
const LETTER = /^[a-z]+$/;

function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    cp === 0x3007 // 〇
  );
}

function withUVariants(readings: string[]): string[] {
  const out = new Set<string>();
  for (const r of readings) {
    if (!LETTER.test(r)) continue;
    out.add(r);
    if (r.includes('v')) out.add(r.replace(/v/g, 'u'));
  }
  return [...out];
}

export function readingsOf(cp: number): readonly string[] {
  let r = cache.get(cp);
  if (r !== undefined) return r;
  if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) r = [String.fromCharCode(cp)];
  else if (isHan(cp)) {
    const found = withUVariants(pinyin(String.fromCodePoint(cp), { toneType: 'none', type: 'array', multiple: true, v: true }));
    r = found.length ? found : NONE;
  } else r = NONE;
  cache.set(cp, r);
  return r;
}

/**
 * Surnames read differently from the same character elsewhere. pinyin-pro's surname mode knows them; this
 * table pins the ones visitors meet most on honour rolls so they can never regress.
 */
export const SURNAME_FIXUPS: Readonly<Record<string, string>> = {
  单: 'shan',
  曾: 'zeng',
  解: 'xie',
  仇: 'qiu',
  区: 'ou',
  查: 'zha',
  朴: 'piao',
  盖: 'ge',
  乐: 'yue',
  尉: 'yu',
  覃: 'qin',
  缪: 'miao',
  种: 'chong',
  繁: 'po',
  召: 'shao',
  黑: 'he',
  翟: 'zhai',
  秘: 'bi',
  员: 'yun',
};

const surnameCache = new Map<string, readonly (readonly string[])[]>();
const NO_EXTRAS: readonly (readonly string[])[] = [];

/**
 * Extra readings for the first one or two characters of a person's name (compound surnames such as 欧阳,
 * 尉迟), beyond the character's own readings; empty when there is nothing to add.
 */
export function surnameExtras(name: string): readonly (readonly string[])[] {
  const head = [...name].slice(0, 2).join('');
  if (!head) return NO_EXTRAS;
  let extras = surnameCache.get(head);
  if (extras) return extras;
  const read = pinyin(head, { surname: 'head', toneType: 'none', type: 'array', v: true });
  const chars = [...head];
  const out: string[][] = [];
  chars.forEach((ch, i) => {
    const own = readingsOf(ch.codePointAt(0)!);
    const add = new Set<string>();
    const candidates = [read[i] ?? '', ...(i === 0 && SURNAME_FIXUPS[ch] ? [SURNAME_FIXUPS[ch]!] : [])];
    for (const r of withUVariants(candidates)) if (!own.includes(r)) add.add(r);
    out.push([...add]);
  });
  while (out.length && out[out.length - 1]!.length === 0) out.pop();
  extras = out;
  surnameCache.set(head, extras);
  return extras;
}
