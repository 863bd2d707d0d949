import { ExitCode, errorLine, type ExitState, type Io } from '../io.js';
import type { Locale } from '../messages/index.js';
import type { Language } from '../model/meeting.js';
import { cacheSettings, type CacheFlags } from './cache-options.js';
import type { LoadActionsOptions, LoadProblem } from './load-meetings.js';
import type { RunMemo } from './memoize-run.js';
import { writeOutput } from './write-output.js';

/** A report over an archive as a command writes it: its text, and the files it could not read. */
export interface Rendered {
  text: string;
  problems: LoadProblem[];
}

/** The options of a command over an archive that say how its files are loaded. */
export interface ArchiveFlags extends CacheFlags {
  ignore?: string[] | undefined;
  jobs?: number | undefined;
}

/** How to load the files of `actions` or `decisions` (also what `memoizeRun` takes), from their options. */
export function archiveLoad(io: Io, flags: ArchiveFlags, { locale, language }: { locale: Locale; language?: Language | undefined }): LoadActionsOptions {
  return {
    io,
    ...(flags.ignore ? { ignore: flags.ignore } : {}),
    ...(language ? { language } : {}),
    jobs: flags.jobs,
    cache: cacheSettings(flags),
    locale,
  };
}

/**
 * A memo of a whole report, kept by the cache for the same command line over the same files:
 * `name` holds every option that changes the text; the report is `render` of the value of `data`
 * (itself kept), and `isRendered` checks the shape of one read back.
 */
export function reportMemo<D, R extends Rendered>(name: string, data: RunMemo<D>, render: (value: D) => Promise<R>, isRendered: (value: unknown) => value is R): RunMemo<R> {
  return {
    name,
    compute: async (_io, memoized) => render(await memoized(data)),
    pack: (rendered) => rendered,
    unpack: (stored) => (isRendered(stored) ? stored : null),
  };
}

/** Whether a value read back from the cache has the shape of a `Rendered`. */
export function isRendered(value: unknown): value is Rendered {
  const { text, problems } = (value ?? {}) as Partial<Record<keyof Rendered, unknown>>;
  return typeof text === 'string' && isProblems(problems);
}

/** Whether a value read back from the cache is a list of `LoadProblem`s. */
export function isProblems(value: unknown): value is LoadProblem[] {
  return Array.isArray(value) && value.every((problem: unknown) => typeof problem === 'object' && problem !== null && typeof (problem as LoadProblem).path === 'string' && typeof (problem as LoadProblem).message === 'string');
}

/**
 * Hand a report over: one line on stderr (in `locale`) for each file that could not be read,
 * then the text to the `-o` file or standard output. Sets exit code 1 when a file could not be
 * read, 2 when the output could not be written, and then returns false.
 */
export async function deliverReport(rendered: Rendered, output: string | undefined, { io, exit, locale }: { io: Io; exit: ExitState; locale: Locale }): Promise<boolean> {
  const { sayReason } = await import('../input/describe-error.js');
  for (const problem of rendered.problems) io.stderr.write(errorLine(`${problem.path}: ${sayReason(problem.message, locale)}`));
  if (!(await writeOutput(rendered.text, output, io, locale))) {
    exit.code = ExitCode.failure;
    return false;
  }
  if (rendered.problems.length > 0) exit.code = ExitCode.problems;
  return true;
}

/**
 * The value of a report, or null after saying in one line why the configuration it needed (a
 * roster names the people) is malformed, with exit code 2, as `validate` does.
 */
export async function unlessConfigError<R>(report: Promise<R>, io: Io, exit: ExitState): Promise<R | null> {
  const { ConfigError } = await import('../config/config-error.js');
  try {
    return await report;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(errorLine(error.message));
    exit.code = ExitCode.failure;
    return null;
  }
}
