// The shell's own pages, shown when the UI cannot be: they must work with no script, no network and none of
// the UI's files, so they are plain HTML with inline styles (allowed by the CSP) and system fonts.

export type ShellPage = 'recovery' | 'problem';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE =
  'html,body{margin:0;height:100%;background:#1b1712;color:#efe6d2;font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;cursor:none;user-select:none}' +
  'main{height:100%;display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;gap:24px}' +
  'h1{font-size:56px;font-weight:500;margin:0}p{font-size:28px;margin:0;opacity:.85}small{font-size:18px;opacity:.6;max-width:70vw}' +
  '.emblem{width:96px;height:96px;border-radius:50%;border:4px solid #c9a45c;display:grid;place-items:center;font-size:48px;color:#c9a45c}';

/**
 * The calm screen a visitor sees while the shell recovers ("recovery"), or the one staff see when the
 * archive cannot be opened ("problem", with the reason). The main process schedules the retry; the page
 * itself has no script.
 */
export function shellPageHtml(page: ShellPage, detail = ''): string {
  const body =
    page === 'recovery'
      ? '<h1>展台稍作休息，马上回来</h1><p>The exhibit is taking a short rest and will be back in a moment.</p>'
      : `<h1>展台暂时无法打开档案</h1><p>The exhibit cannot open its archive right now. Please tell the staff.</p><small>${escapeHtml(detail.slice(0, 600))}</small>`;
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no"><title>荣誉档案馆</title><style>${STYLE}</style></head><body><main><div class="emblem" aria-hidden="true">★</div>${body}</main></body></html>`;
}

export function isShellPage(name: string): name is ShellPage {
  return name === 'recovery' || name === 'problem';
}
