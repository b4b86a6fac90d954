// What staff can ask of the Electron shell through the contract's shellAction (after the curator PIN).
import { app } from 'electron';
import type { ShellControl } from '../../archive/api/shell-control';
import type { ShellActionName, ShellActionResult } from '../../archive/api/contract';

const MESSAGES: Record<ShellActionName, ShellActionResult['message']> = {
  'open-curator': { zh: '正在打开管理工作区。', en: 'Opening the curator workspace.' },
  restart: { zh: '展台正在重新启动。', en: 'The kiosk is restarting.' },
  'exit-kiosk': { zh: '正在退出展台模式。', en: 'Leaving kiosk mode.' },
};

export function electronShellControl(deps: {
  openCurator: () => void;
  restart: (reason: string) => void;
  exitKiosk: () => void;
  log: (kind: string, detail?: Record<string, unknown>) => void;
}): ShellControl {
  return {
    info: () => ({
      shell: 'electron',
      version: app.getVersion(),
      actions: [
        { action: 'open-curator', available: true, reason: null },
        { action: 'restart', available: true, reason: null },
        { action: 'exit-kiosk', available: true, reason: null },
      ],
    }),
    perform(action, caller) {
      deps.log('staff-action', { action, curator: caller.curator?.name ?? null });
      // Answer the renderer first; the action takes the page (or the whole app) away.
      const run = action === 'open-curator' ? deps.openCurator : action === 'restart' ? () => deps.restart('staff') : deps.exitKiosk;
      setTimeout(run, 300);
      return { action, navigate: null, message: MESSAGES[action] };
    },
  };
}
