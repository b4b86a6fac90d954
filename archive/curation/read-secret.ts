import readline from 'node:readline';

/**
 * Reads a PIN from the terminal without echoing it, or the first line of piped input (for scripts):
 * a PIN on the command line would end up in the shell's history.
 */
export async function readSecret(prompt: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stdout): Promise<string> {
  if (!input.isTTY) {
    const rl = readline.createInterface({ input, terminal: false });
    for await (const line of rl) {
      rl.close();
      return line.trim();
    }
    return '';
  }
  output.write(prompt);
  input.setRawMode(true);
  input.resume();
  return new Promise((resolve, reject) => {
    let pin = '';
    const done = (value: string | null) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
      if (value === null) reject(new Error('Cancelled.'));
      else resolve(value);
    };
    const onData = (buf: Buffer) => {
      for (const ch of buf.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done(pin);
        if (ch === '\u0003') return done(null);
        if (ch === '\u007f' || ch === '\b') pin = pin.slice(0, -1);
        else if (ch >= ' ') pin += ch;
      }
    };
    input.on('data', onData);
  });
}
