import type { ShellActionName } from '../../../archive/api/contract';

// Staff read Chinese first; English beside it helps visiting technicians. Staff-only words stay out of the
// visitor catalogue so a visitor's language switch never changes them.
export const STAFF = {
  title: '工作人员入口 · Staff',
  pinPrompt: '请输入管理员 PIN · Enter the curator PIN',
  pinDots: (n: number) => `已输入 ${n} 位 · ${n} digits entered`,
  delete: '删除一位 · Delete',
  signIn: '确定 · OK',
  cancel: '取消 · Cancel',
  close: '关闭 · Close',
  checking: '正在核对… · Checking…',
  menuTitle: (name: string) => `${name}，您好 · Hello, ${name}`,
  confirm: '确定 · Yes, do it',
  back: '返回 · Back',
  mustChangePin: '请先在管理工作区设置您自己的 PIN。· Set your own PIN in the curator workspace first.',
  failed: '操作没有完成。· That did not work.',
} as const;

export const ACTION_LABEL: Record<ShellActionName, string> = {
  'open-curator': '打开管理工作区 · Open curator workspace',
  restart: '重新启动展台 · Restart the kiosk',
  'exit-kiosk': '退出展台模式 · Exit kiosk',
};

/** Actions that interrupt visitors ask once more before they happen. */
export const ACTION_CONFIRM: Partial<Record<ShellActionName, string>> = {
  restart: '现在重新启动展台？· Restart the kiosk now?',
  'exit-kiosk': '现在退出展台模式？展台将停止显示。· Leave kiosk mode now? The exhibit will stop showing.',
};
