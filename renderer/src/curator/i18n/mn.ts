import type { CuratorKey } from './zh';

/**
 * Traditional Mongolian drafted by the developers for the most visible labels only; every string here waits
 * for a native speaker (see needsReview), and anything missing shows in Chinese until a curator adds it.
 */
export const mn: Partial<Record<CuratorKey, string>> = {
  'cur.title': 'ᠬᠠᠳᠠᠭᠠᠯᠠᠮᠵᠢ ᠶᠢᠨ ᠠᠵᠢᠯ ᠤᠨ ᠲᠠᠯᠠᠪᠤᠷ',
  'cur.signin.title': 'ᠨᠡᠪᠲᠡᠷᠡᠬᠦ',
  'cur.signin.submit': 'ᠨᠡᠪᠲᠡᠷᠡᠬᠦ',
  'cur.nav.exhibits': 'ᠦᠵᠡᠮᠵᠢ',
  'cur.nav.collections': 'ᠦᠵᠡᠰᠬᠦᠯᠡᠩ ᠦᠨ ᠲᠠᠰᠤᠭ',
  'cur.nav.history': 'ᠵᠠᠰᠠᠪᠤᠷᠢ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ',
  'cur.nav.review': 'ᠣᠷᠴᠢᠭᠤᠯᠭ᠎ᠠ ᠬᠢᠨᠠᠬᠤ',
  'cur.nav.signout': 'ᠭᠠᠷᠬᠤ',
  'cur.common.save': 'ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ',
  'cur.common.cancel': 'ᠪᠣᠯᠢᠬᠤ',
  'cur.common.delete': 'ᠬᠠᠰᠤᠬᠤ',
  'cur.lang.zh': 'ᠬᠢᠳᠠᠳ',
  'cur.lang.mn': 'ᠮᠣᠩᠭᠣᠯ',
  'cur.lang.en': 'ᠠᠩᠭᠯᠢ',
  'cur.status.draft': 'ᠨᠠᠶᠢᠷᠠᠭ',
  'cur.status.published': 'ᠨᠡᠶᠢᠲᠡᠯᠡᠭᠰᠡᠨ',
};
