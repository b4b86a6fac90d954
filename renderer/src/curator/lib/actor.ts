/** "curator:3:王芳" → "王芳"; other actors (cli, demo-builder, import) as written. Pure. */
export function actorName(actor: string): string {
  const m = /^curator:\d+:(.*)$/.exec(actor);
  return m ? m[1]! : actor;
}

/** An ISO time as the curator's clock shows it. */
export function localTime(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
}
