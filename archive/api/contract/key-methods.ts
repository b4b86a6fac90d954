/**
 * The visitor methods a screen calls on every key. Outside Electron they travel through the renderer's worker
 * and, when the serve shell takes it, one open socket; nothing else is answered on that socket.
 */
export const keyMethods = ['search', 'pinyinCandidates'] as const;
export type KeyMethod = (typeof keyMethods)[number];
