/** Longest text a visitor can type (the search contract allows 100; a name or a phrase needs far less). */
export const MAX_QUERY = 40;

export interface Composition {
  /** Characters already settled (Chinese chosen from the candidate bar, digits, earlier words). */
  committed: string;
  /** The pinyin letters being typed at the end, for the candidate bar; '' when there are none. */
  pinyin: string;
}

/** Splits what was typed into settled text and the trailing run of latin letters that the candidate bar converts. */
export function splitComposition(text: string): Composition {
  const m = /[a-z]+$/i.exec(text);
  if (!m) return { committed: text, pinyin: '' };
  const pinyin = m[0].toLowerCase().slice(-30);
  return { committed: text.slice(0, m.index), pinyin };
}

export type KeyAction = { type: 'char'; char: string } | { type: 'backspace' } | { type: 'clear' } | { type: 'space' } | { type: 'candidate'; text: string };

/**
 * The text after one key. Letters arrive lower-case; backspace removes one whole character (never half of a
 * surrogate pair); a chosen candidate replaces the pinyin it was offered for; spaces never lead or double.
 */
export function applyKey(text: string, action: KeyAction): string {
  switch (action.type) {
    case 'clear':
      return '';
    case 'backspace': {
      const chars = Array.from(text);
      chars.pop();
      return chars.join('');
    }
    case 'space':
      return text === '' || text.endsWith(' ') ? text : limit(`${text} `);
    case 'char': {
      const c = Array.from(action.char)[0];
      if (!c || !/^[\p{L}\p{N}]$/u.test(c)) return text;
      return limit(text + c.toLowerCase());
    }
    case 'candidate': {
      const chosen = action.text.replace(/[\s\p{C}]+/gu, '');
      if (!chosen) return text;
      return limit(splitComposition(text).committed + chosen);
    }
  }
}

function limit(text: string): string {
  return Array.from(text).slice(0, MAX_QUERY).join('');
}
