import type { HandlerContext, Handlers } from '../handler-types';
import { searchHandlers } from './search';
import { visitorHandlers } from './visitor';

/** Every method's implementation; the type makes a missing one a compile error. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...visitorHandlers(ctx),
    ...searchHandlers(ctx),
  };
}
