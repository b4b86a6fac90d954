import { z } from 'zod';

/**
 * Settings of the Electron shell itself (not of the archive), from kiosk-shell.json in the user-data
 * folder. Everything has a default; a broken file is reported in the incident log and ignored, so the kiosk
 * always starts.
 */
export const ShellConfig = z
  .object({
    /** Hide the mouse pointer after this many seconds still; 0 hides it always (touch-only kiosks). */
    cursorHideSeconds: z.number().int().min(0).max(3600).default(3),
    /** Reload the UI between visitors when its renderer uses more than this. */
    memoryCeilingMb: z.number().int().min(256).max(16_384).default(1536),
    /** Seconds without any touch before the kiosk counts as between visitors. */
    betweenVisitorsSeconds: z.number().int().min(30).max(3600).default(180),
    /** "HH:MM" for the nightly restart; null picks 03:30 or the middle of the closed hours. */
    nightlyRestart: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .nullable()
      .default(null),
    /** 1-based display number or "primary". */
    display: z
      .string()
      .regex(/^(primary|[1-9]\d?)$/)
      .default('primary'),
  })
  .strict();
export type ShellConfig = z.output<typeof ShellConfig>;

export function parseShellConfig(text: string | null): { config: ShellConfig; problem: string | null } {
  const fallback = ShellConfig.parse({});
  if (text === null) return { config: fallback, problem: null };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { config: fallback, problem: `kiosk-shell.json is not valid JSON (${(e as Error).message}); using defaults.` };
  }
  const parsed = ShellConfig.safeParse(json);
  if (parsed.success) return { config: parsed.data, problem: null };
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ');
  return { config: fallback, problem: `kiosk-shell.json was ignored (${issues}); using defaults.` };
}
