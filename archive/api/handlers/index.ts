import type { HandlerContext, Handlers } from '../handler-types';
import { curatorHandlers } from './curator';
import { searchHandlers } from './search';
import { shellHandlers } from './shell';
import { visitorHandlers } from './visitor';

/** Every method's implementation; the type makes a missing one a compile error. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...visitorHandlers(ctx),
    ...curatorHandlers(ctx),
    ...searchHandlers(ctx),
    ...shellHandlers(ctx),
  };
}
