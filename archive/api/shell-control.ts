import type { ShellActionName, ShellActionResult, ShellInfo } from './contract';
import type { Caller } from './handler-types';

/**
 * What a shell lets staff do to the program showing the kiosk. The Electron shell injects its own
 * (relaunch, exit, load the workspace); anything else gets `browserShellControl`, which says clearly what a
 * browser tab cannot do.
 */
export interface ShellControl {
  info(): ShellInfo;
  /** Called only after the access gate admitted a curator, and only for an action `info()` marks available. */
  perform(action: ShellActionName, caller: Caller): ShellActionResult | Promise<ShellActionResult>;
}

const browserCannot = {
  zh: '展台在浏览器中运行：请在电脑上关闭浏览器窗口并重新运行 npm start。',
  en: 'The kiosk runs in a browser here: close the browser window on the computer and run npm start again.',
};

/** The serve shell (and the CLI): the page can open the workspace itself; restarting needs the computer. */
export const browserShellControl: ShellControl = {
  info: () => ({
    shell: 'browser',
    version: '',
    actions: [
      { action: 'open-curator', available: true, reason: null },
      { action: 'restart', available: false, reason: browserCannot },
      { action: 'exit-kiosk', available: false, reason: browserCannot },
    ],
  }),
  perform: (action) => ({ action, navigate: '/curator', message: { zh: '正在打开管理工作区。', en: 'Opening the curator workspace.' } }),
};
