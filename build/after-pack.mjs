// electron-builder afterPack hook: flips Electron's fuses in the packed binary, before any signing.
// RunAsNode, NODE_OPTIONS and --inspect would let anyone with a shell turn the kiosk into a Node runtime;
// OnlyLoadAppFromAsar and asar integrity refuse a tampered or swapped app. Not strict about fuses this
// @electron/fuses does not know yet: newer Electron majors append fuses, and those keep Electron's default.
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

export const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: false,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packed Electron binary, named the way electron-builder names it for each platform. */
export function electronBinaryIn(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  return path.join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  await flipFuses(electronBinaryIn(context), { ...FUSES, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3 });
}
