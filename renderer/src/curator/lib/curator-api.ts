import type { ApiInput, ApiOutput, MethodName } from '../../../../archive/api/contract';
import { api } from '../../api/client';
import { withSession } from './session';

/** The API client for the workspace: every call survives a lapsed session (see withSession). */
export function call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const fn = api[method] as (i: ApiInput<M>) => Promise<ApiOutput<M>>;
  return withSession(() => fn(input));
}
