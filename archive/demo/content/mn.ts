/**
 * Writes traditional Mongolian readably in source: "-" stands for the narrow no-break space (U+202F) that
 * joins a case suffix to its word, "~" for the Mongolian vowel separator (U+180E) as in ᠵᠢᠱᠢᠶ~ᠡ. Every mn
 * string in the demo is drafted, not written by a native speaker, and is stored as needing review.
 */
export function mn(text: string): string {
  return text.replace(/-/g, '\u202f').replace(/~/g, '\u180e');
}
