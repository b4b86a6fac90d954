// A cell that starts with = + - @ (or a tab/CR before them) is run as a formula by Excel and LibreOffice when
// the data is exported again and opened there: "=cmd|' /C calc'!A0" starts a program ("CSV injection"). We
// store such text exactly as written and neutralise it on the way out.

const TRIGGER = /^[=+\-@\t\r]/;

/** True for text a spreadsheet would treat as a formula or DDE call, not for an ordinary "-" list dash or negative number. */
export function looksLikeFormula(s: string): boolean {
  const t = s.trimStart();
  if (!TRIGGER.test(t)) return false;
  if (t.startsWith('=')) return true;
  if (/^[+\-@]\s*[A-Za-z_][A-Za-z0-9_.]*\s*[(|!]/.test(t)) return true;
  return /\|\s*'/.test(t) || /!\s*[A-Z]+\d+/.test(t);
}

/**
 * The form to write into an exported CSV/XLSX cell: text a spreadsheet would execute gets a leading apostrophe,
 * which spreadsheets show as plain text and never evaluate (the OWASP recommendation).
 */
export function neutraliseForExport(value: string): string {
  return TRIGGER.test(value) ? `'${value}` : value;
}
