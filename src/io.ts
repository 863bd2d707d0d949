import { readFile } from 'node:fs/promises';
import { describeError } from './input/describe-error.js';
import { localeFromArgv, resolveLocale, say } from './messages/index.js';
import { escapeTerminal } from './report/escape.js';

/** Where a command writes: a stream-like sink with what the CLI needs to know of it. */
export interface Sink {
  write(text: string): void;
  /** Whether the sink is a terminal. */
  isTTY: boolean;
  /** Terminal width, or 0. */
  columns: number;
}

/** Everything the CLI touches outside itself, so tests can run it in process. */
export interface Io {
  stdout: Sink;
  stderr: Sink;
  readStdin(): Promise<Uint8Array>;
  readFile(path: string): Promise<Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Exit codes: 0 fine, 1 problems found, 2 usage, I/O or internal failure. */
export const ExitCode = { ok: 0, problems: 1, failure: 2 } as const;
/** One of the documented exit codes. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit code a command sets while it runs; commands report through it instead of exiting. */
export interface ExitState {
  code: ExitCode;
}

/** The real process's streams, environment and file system. */
export function nodeIo(): Io {
  return {
    stdout: sink(process.stdout, 'error.stdout'),
    stderr: sink(process.stderr, 'error.stderr'),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    readFile: (path) => readFile(path),
    cwd: process.cwd(),
    env: process.env,
  };
}

/**
 * A process stream as a sink. A closed pipe (`EPIPE`: `minutes actions | head`) ends the run quietly
 * with the exit code it had; any other failed write (`ENOSPC` on /dev/full, `EIO`) is one line on
 * stderr and exit code 2, never a stack trace. A write that fails at once (a file or /dev/full
 * behind stdout is written synchronously) throws, one that fails later emits `error`: both end here.
 * The line is in the language of the run: `--locale` in the command line, else the environment's.
 */
function sink(stream: NodeJS.WriteStream, name: 'error.stdout' | 'error.stderr'): Sink {
  const fail = (error: unknown): never => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
    const locale = resolveLocale(localeFromArgv(process.argv), process.env);
    if (stream !== process.stderr) process.stderr.write(errorLine(`${say(locale, name)}: ${describeError(error, locale)}`));
    process.exit(ExitCode.failure);
  };
  stream.on('error', fail);
  return {
    write: (text) => {
      try {
        stream.write(text);
      } catch (error) {
        fail(error);
      }
    },
    isTTY: stream.isTTY === true,
    columns: stream.columns ?? 0,
  };
}

/** Colour level for a sink: off unless it is a terminal, NO_COLOR unset; FORCE_COLOR forces it. */
export function colorLevel(target: Sink, env: Io['env'], flag?: boolean): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return force === '2' ? 2 : force === '3' ? 3 : 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return target.isTTY ? 1 : 0;
}

/** One line of error for stderr, with any control character from file names or minutes shown escaped. */
export function errorLine(text: string): string {
  return `minutes: ${escapeTerminal(text)}\n`;
}
