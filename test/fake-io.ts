import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io } from '../src/io.js';

/** What a CLI run printed and returned. */
export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** An in-process Io over the real file system, collecting output; `stdin` feeds `-`. */
export function fakeIo(options: { cwd?: string; stdin?: string | Uint8Array; isTTY?: boolean; env?: Record<string, string> } = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const cwd = options.cwd ?? process.cwd();
  return {
    out,
    err,
    stdout: { write: (text) => void out.push(text), isTTY: options.isTTY ?? false, columns: 100 },
    stderr: { write: (text) => void err.push(text), isTTY: options.isTTY ?? false, columns: 100 },
    readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())),
    readFile: (path) => readFile(resolve(cwd, path)),
    cwd,
    env: options.env ?? {},
  };
}

/** Run the CLI in process with the given arguments (after `minutes`). */
export async function runCli(args: string[], options: Parameters<typeof fakeIo>[0] = {}): Promise<RunResult> {
  const { run } = await import('../src/cli.js');
  const io = fakeIo(options);
  const exitCode = await run(['node', 'minutes', ...args], io);
  return { exitCode, stdout: io.out.join(''), stderr: io.err.join('') };
}
