/** Reads "--name value" from a bench's arguments as a positive integer, or the default. */
export function intFlag(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} needs a positive whole number, not "${args[i + 1] ?? ''}"`);
  return v;
}
