import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { ExportWriter } from '../export/export-writer.js';
import { ExitCode, type ExitState, type Io, errorLine } from '../io.js';
import { type Locale, say } from '../messages/index.js';
import type { Language } from '../model/meeting.js';
import { cacheOptions, cacheSettings, type CacheFlags } from './cache-options.js';
import { jobsOption } from './jobs-option.js';
import { localeOfRun, localeOption } from './locale-option.js';

/** The output formats of `minutes export`. */
export const exportFormats = ['json', 'ndjson', 'csv', 'sqlite'] as const;
type Format = (typeof exportFormats)[number];

interface ExportOptions extends CacheFlags {
  format: Format;
  output?: string;
  ignore?: string[];
  lang?: Language;
  locale?: Locale;
  jobs?: number;
}

/** `minutes export`: every field of every meeting of an archive, for other tools. */
export function createExportCommand(io: Io, exit: ExitState): Command {
  const command = new Command('export')
    .description('Export every meeting of an archive, whole: JSON, NDJSON, CSV tables or an SQLite database.')
    .argument('[paths...]', 'files, folders (.md, .markdown, .txt inside) or globs; - for standard input; default .')
    .addOption(new Option('--format <format>', 'json (an array), ndjson (a meeting a line), csv (a folder of tables) or sqlite (a database file)').choices(exportFormats).default('json'))
    .option('-o, --output <path>', 'the file (json, ndjson: - or none for standard output; sqlite) or folder (csv) to write')
    .option('--ignore <glob>', 'leave out files and folders matching GLOB (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .addOption(new Option('--lang <code>', 'language instead of detecting it').choices(['fi', 'en', 'sv', 'de', 'nl']))
    .addOption(localeOption());
  for (const option of cacheOptions()) command.addOption(option);
  return command
    .addOption(jobsOption())
    .addHelpText('after', `
Meetings are written as they are parsed (json and ndjson stream; csv and sqlite files are put in
place whole at the end). Rows of the csv and sqlite tables are joined by meeting_id, the file's
path relative to the common folder of the paths given.

Exit codes: 0 done, 1 an unreadable file (the others are still exported), 2 usage error or an
output that cannot be written.

Examples:
  minutes export minutes/ > archive.json
  minutes export --format ndjson minutes/ | jq -c '.decisions[]'
  minutes export --format csv -o tables/ minutes/
  minutes export --format sqlite -o archive.db minutes/
`)
    .action(async (paths: string[], options: ExportOptions) => {
      exit.code = await runExport(paths, options, io);
    });
}

async function runExport(paths: string[], options: ExportOptions, io: Io): Promise<ExitCode> {
  const locale = localeOfRun(options, io);
  const output = options.output === '-' ? undefined : options.output;
  if (output === undefined && (options.format === 'csv' || options.format === 'sqlite')) {
    io.stderr.write(errorLine(say(locale, options.format === 'csv' ? 'export.csv-needs-output' : 'export.sqlite-needs-output')));
    return ExitCode.failure;
  }
  const { describeError, sayReason } = await import('../input/describe-error.js');
  const failed = (error: unknown): ExitCode => {
    io.stderr.write(errorLine(`${output ?? '-'}: ${describeError(error, locale)}`));
    return ExitCode.failure;
  };
  let writer: ExportWriter;
  try {
    writer = await openWriter(options.format, output === undefined ? undefined : resolve(io.cwd, output), io);
  } catch (error) {
    return failed(error);
  }
  const { loadMeetings } = await import('./load-meetings.js');
  const { exportRoot, meetingIdOf } = await import('../export/meeting-id.js');
  const root = exportRoot(paths, io.cwd);
  // A write that fails stops the run at once: the rest of the archive could not be written either.
  const failure: { error?: unknown } = {};
  const loaded = await loadMeetings(paths, {
    io,
    ...(options.ignore ? { ignore: options.ignore } : {}),
    ...(options.lang ? { language: options.lang } : {}),
    keepText: false,
    jobs: options.jobs,
    cache: cacheSettings(options),
    locale,
    onMeeting: ({ path, meeting }) => {
      try {
        writer.add(meetingIdOf(path, root, io.cwd), meeting);
      } catch (error) {
        failure.error = error;
        throw error;
      }
    },
  }).catch((error: unknown) => {
    writer.abort();
    if (!('error' in failure)) throw error;
    return null;
  });
  if (loaded === null) return failed(failure.error);
  for (const problem of loaded.problems) io.stderr.write(errorLine(`${problem.path}: ${sayReason(problem.message, locale)}`));
  try {
    await writer.finish();
  } catch (error) {
    writer.abort();
    return failed(error);
  }
  return loaded.problems.length > 0 ? ExitCode.problems : ExitCode.ok;
}

/** The writer of a format: to standard output when `target` is undefined (json and ndjson only). */
async function openWriter(format: Format, target: string | undefined, io: Io): Promise<ExportWriter> {
  if (format === 'csv') return (await import('../export/write-csv.js')).createCsvWriter(target as string);
  if (format === 'sqlite') return (await import('../export/write-sqlite.js')).createSqliteWriter(target as string);
  const { createJsonWriter } = await import('../export/write-json.js');
  if (target === undefined) return createJsonWriter(format, io.stdout);
  const { openOutputFile } = await import('../export/output-file.js');
  return createJsonWriter(format, openOutputFile(target));
}
