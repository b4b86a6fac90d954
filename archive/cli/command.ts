/** One CLI command: parses its own argv and returns the process exit code. */
export interface Command {
  name: string;
  /** One line for the help listing, with its usage. */
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}
