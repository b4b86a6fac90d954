/**
 * `npm start` takes the Electron shell's switches too; without Electron they are translated for the browser
 * shell: --windowed opens Chromium as an app window instead of kiosk mode, --display has no equivalent and
 * is dropped. Everything else goes to the serve shell's own parser, which rejects what it does not know.
 */
export function splitStartArgs(argv: readonly string[]): { serveArgv: string[]; windowed: boolean } {
  const serveArgv: string[] = [];
  let windowed = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--windowed') windowed = true;
    else if (a === '--display') i++;
    else if (!a.startsWith('--display=')) serveArgv.push(a);
  }
  return { serveArgv, windowed };
}
