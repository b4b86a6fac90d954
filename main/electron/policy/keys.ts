/** The fields of Electron's Input (before-input-event) the decision reads. */
export interface KeyInput {
  type: string;
  key: string;
  code?: string;
  control?: boolean;
  alt?: boolean;
  meta?: boolean;
  shift?: boolean;
}

const ALWAYS = new Set(['F5', 'F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome', 'BrowserSearch', 'BrowserFavorites', 'BrowserStop']);
/** With Ctrl (or Cmd): reload, close, quit, new window/tab, print, save, open, find, devtools, zoom, view source. */
const WITH_MODIFIER = new Set(['r', 'w', 'q', 'n', 't', 'p', 's', 'o', 'f', 'g', 'h', 'j', 'u', 'i', 'l', 'd', 'e', 'k', '+', '=', '-', '_', '0', 'tab', 'pageup', 'pagedown']);

/**
 * Keys a kiosk swallows (a keyboard someone plugs in, or a barcode scanner gone wrong): reload, devtools,
 * full-screen toggles, history navigation, zoom, close and quit. Letters, digits and Escape pass, so a
 * keyboard still types into the curator workspace. Outside kiosk mode (the staff's windowed mode) nothing
 * is blocked but devtools.
 */
export function shouldBlockKey(input: KeyInput, opts: { kiosk: boolean }): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const key = typeof input.key === 'string' ? input.key : '';
  const lower = key.toLowerCase();
  const mod = Boolean(input.control || input.meta);
  const devtools = key === 'F12' || (mod && input.shift === true && ['i', 'j', 'c'].includes(lower)) || (input.meta === true && input.alt === true && lower === 'i');
  if (devtools) return true;
  if (!opts.kiosk) return false;
  if (ALWAYS.has(key)) return true;
  if (input.alt && ['arrowleft', 'arrowright', 'home', 'f4'].includes(lower)) return true;
  if (mod && WITH_MODIFIER.has(lower)) return true;
  if (input.meta && !input.control) return true;
  return false;
}
