/** The kinds of portraits the report names (plus the militia), used as the gallery's tags. */
export const CATEGORIES = {
  'pla-model': { zh: '解放军英模', en: 'PLA heroes and model soldiers' },
  border: { zh: '戍边英雄', en: 'Border-defence heroes' },
  veteran: { zh: '最美退役军人', en: 'Most admired veterans' },
  'model-veteran': { zh: '模范退役军人', en: 'Model veterans' },
  spouse: { zh: '最美军嫂', en: 'Most admired military spouses' },
  militia: { zh: '优秀民兵', en: 'Outstanding militia' },
} as const;
export type Category = keyof typeof CATEGORIES;
