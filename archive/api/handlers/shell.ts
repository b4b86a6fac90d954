import { ArchiveError } from '../../errors';
import type { HandlerContext, Handlers } from '../handler-types';
import { browserShellControl } from '../shell-control';

export function shellHandlers(ctx: HandlerContext): Handlers<'shellInfo' | 'shellAction'> {
  const shell = ctx.shell ?? browserShellControl;
  return {
    shellInfo: () => shell.info(),
    shellAction: async ({ action }, caller) => {
      const capability = shell.info().actions.find((a) => a.action === action);
      if (!capability?.available) {
        const reason = capability?.reason;
        throw new ArchiveError('UNSUPPORTED', reason ? `${reason.zh} ${reason.en ?? ''}`.trim() : `This kiosk cannot do "${action}".`, { action });
      }
      return shell.perform(action, caller);
    },
  };
}
