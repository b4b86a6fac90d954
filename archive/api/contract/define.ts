import type { z } from 'zod';

/** Who may call a method. Visitor methods are read-only (apart from anonymous counters); the rest need a PIN session. */
export type Access = 'visitor' | 'curator' | 'admin';

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  access: Access;
  input: I;
  output: O;
}

export function defineMethod<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
}
