/**
 * The one place the CLI writes to the terminal, so commands stay testable and nothing reaches for `console`.
 */
export interface Output {
  /** A line (or block) for the person: results, tables, diffs. */
  out(text: string): void;
  /** Errors and warnings. */
  err(text: string): void;
}

export interface Streams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

export function createOutput(streams: Streams = { stdout: process.stdout, stderr: process.stderr }): Output {
  return {
    out: (text) => {
      streams.stdout.write(withNewline(text));
    },
    err: (text) => {
      streams.stderr.write(withNewline(text));
    },
  };
}
