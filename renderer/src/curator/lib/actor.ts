import type { Ct } from '../i18n/use-ct';

/**
 * "curator:3:王芳" → "王芳"; the demo builder and the command line in the curator's words when `t` is given,
 * anything else as written. Pure.
 */
export function actorName(actor: string, t?: Ct): string {
  const m = /^curator:\d+:(.*)$/.exec(actor);
  if (m) return m[1]!;
  if (!t) return actor;
  if (actor === 'demo-builder') return t('cur.actor.demo');
  if (actor === 'cli') return t('cur.actor.cli');
  const cli = /^cli:(.+)$/.exec(actor);
  return cli ? t('cur.actor.cliUser', { user: cli[1]! }) : actor;
}

/** An ISO time as the curator's clock shows it. */
export function localTime(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
}
