import type { LocalText } from '../api/contract';

export const APP_TITLE: LocalText = {
  zh: '荣誉档案馆',
  mn: 'ᠠᠯᠳᠠᠷ ᠴᠣᠯᠠ ᠶᠢᠨ ᠠᠷᠬᠢᠪ',
  en: 'Honor Archive',
};
