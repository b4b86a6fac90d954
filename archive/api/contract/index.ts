// The one list of methods the UI may call. Every transport (IPC, preload, HTTP) and the renderer client are
// derived from it. Pure: zod only, so the renderer's type program can read it without Node types.
import type { z } from 'zod';
import type { Envelope } from './common';
import { curatorMethods } from './curator';
import { searchMethods } from './search';
import { shellMethods } from './shell';
import { visitorMethods } from './visitor';

export const contract = {
  ...visitorMethods,
  ...searchMethods,
  ...shellMethods,
  ...curatorMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type ApiInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ApiParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type ApiOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** What the renderer holds: one async function per method, resolving to the method's output. */
export type ArchiveApi = { [M in MethodName]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

/** What crosses a process boundary for each method. */
export type ArchiveTransport = { [M in MethodName]: (input: ApiInput<M>) => Promise<Envelope<ApiOutput<M>>> };

export const methodNames = Object.keys(contract) as MethodName[];

export * from './common';
export * from './visitor';
export * from './search';
export * from './key-methods';
export * from './shell';
export * from './exhibit-input';
export * from './curator';
