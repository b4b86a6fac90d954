// Just enough zod 4 introspection to aim a wrong value at each top-level field of a method's input.
import type { z } from 'zod';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional/default/nullable/pipe/catch wrappers down to the schema that checks the value's type. */
export function baseOf(s: z.ZodType): z.ZodType {
  let cur = s;
  for (let i = 0; i < 20; i++) {
    const d = defOf(cur);
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(d.type) && d.innerType) cur = d.innerType;
    else if (d.type === 'pipe' && d.in) cur = d.in;
    else return cur;
  }
  return cur;
}

export function typeOf(s: z.ZodType): string {
  return defOf(baseOf(s)).type;
}

/** The object shape of a method input, or null when the input is not an object. */
export function shapeOf(s: z.ZodType): Record<string, z.ZodType> | null {
  const base = baseOf(s);
  const d = defOf(base);
  return d.type === 'object' && d.shape ? d.shape : null;
}

/** Values of the wrong kind for a field of the given type: what a tampered page could send. */
export function wrongValuesFor(type: string): unknown[] | null {
  switch (type) {
    case 'string':
    case 'enum':
    case 'literal':
    case 'template_literal':
      return [42, { $ne: '' }, ['x'], true];
    case 'number':
      return ['1', Number.NaN, Number.POSITIVE_INFINITY, { $gt: 0 }, true, 1e308 * 10];
    case 'boolean':
      return ['true', 1, {}];
    case 'array':
    case 'tuple':
      return [{ 0: 'x', length: 1 }, 'x', 7];
    case 'object':
    case 'record':
      return [[], 'x', 7, true];
    case 'custom':
      // The contract uses z.custom only for structured forms checked again by their handler.
      return ['x', 7, true];
    case 'union':
      return [Symbol.for('never-json') as unknown, 12345.678, [[[]]]].filter((v) => typeof v !== 'symbol');
    default:
      return null;
  }
}
