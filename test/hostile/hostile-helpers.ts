import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { Meeting } from '../../src/model/meeting.js';
import { lostWords, positionsOutside } from '../property/invariants.js';
import type { RunResult } from '../fake-io.js';

/** Helpers shared by the hostile-input tests. */

/** The longest a real `minutes` process may take on one hostile input before it is killed. */
export const processLimitMs = 60_000;

/** A `minutes` run in its own process, from the TypeScript source (see minutes-from-source.ts). */
export interface ProcessResult extends RunResult {
  /** Whether it was killed at `processLimitMs`. */
  timedOut: boolean;
  /** Wall-clock time, for the report. */
  ms: number;
}

/**
 * Run `minutes ARGS` in a child process from the source, killed after `processLimitMs`: a hang
 * or a stack overflow then fails one test instead of blocking or crashing the suite, and the
 * stack is the size a user's process has.
 */
export function minutesProcess(args: string[], options: { input?: Uint8Array } = {}): ProcessResult {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'test/hostile/minutes-from-source.ts', ...args], {
    encoding: 'utf8',
    // English messages whatever the machine's locale: the tests read them.
    env: { ...process.env, LC_ALL: 'C' },
    timeout: processLimitMs,
    maxBuffer: 1 << 30,
    ...(options.input ? { input: options.input } : {}),
  });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  if (result.error && !timedOut) throw result.error;
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, timedOut, ms: Date.now() - started };
}

/** Assert a failure the way the CLI promises it: exit 2, one line on stderr matching, no stack trace. */
export function expectOneLineError(result: RunResult, message: RegExp, exitCode = 2): void {
  expectNoStackTrace(result.stderr);
  expect(result.stderr).toMatch(/^minutes: [^\n]*\n$/);
  expect(result.stderr).toMatch(message);
  expect(result.exitCode).toBe(exitCode);
}

/** Assert that stderr holds no stack trace (no line starting with `    at `). */
export function expectNoStackTrace(stderr: string): void {
  expect(stderr.split('\n').filter((line) => line.startsWith('    at '))).toEqual([]);
}

/**
 * Assert a clear result of `parse --json`: exit 0, nothing on stderr, valid JSON that passes the
 * schema, positions inside the text, no word lost. Returns the meeting.
 */
export function expectMeeting(result: RunResult, text: string): Meeting {
  expectNoStackTrace(result.stderr);
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  const meeting = Meeting.parse(JSON.parse(result.stdout));
  expect(positionsOutside(meeting, text)).toEqual([]);
  expect(lostWords(meeting, text).slice(0, 10)).toEqual([]);
  return meeting;
}

/** Zero-width and bidi controls, removed to compare names read with and without them. */
export function withoutInvisibles(text: string): string {
  return text.replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u061C\u00AD]/g, '');
}
