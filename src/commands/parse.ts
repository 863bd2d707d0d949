import { Command, Option } from 'commander';
import { colorLevel, ExitCode, type ExitState, type Io, errorLine } from '../io.js';
import type { Language, Meeting } from '../model/meeting.js';
import { jobsFromEnv, jobsOption } from './jobs-option.js';
import { localeOfRun, localeOption } from './locale-option.js';
import { readOne } from './read-one.js';
import type { Locale } from '../messages/index.js';

/** From this size on, `minutes parse --json` reads a document in a worker by default (see parse-json.ts). */
const JSON_WORKER_MIN_BYTES = 8 * 1024 * 1024;

/** `minutes parse FILE...`: one meeting's minutes as data, or a readable summary. */
export function createParseCommand(io: Io, exit: ExitState): Command {
  return new Command('parse')
    .description('Read minutes files into structured data (title, date, people, agenda, decisions, actions).')
    .argument('[files...]', 'minutes files (Markdown or plain text); - for standard input', ['-'])
    .option('--json', 'print the JSON contract of SPEC.md (an array for several files)')
    .addOption(new Option('--lang <code>', 'language instead of detecting it').choices(['fi', 'en', 'sv', 'de', 'nl']))
    .option('--explain', 'show under each decision and action what made it one and how its owners were read')
    .addOption(localeOption())
    .option('--no-color', 'no colour even on a terminal')
    .addOption(jobsOption())
    .addHelpText('after', `
Participants and action owners who are people of the roster (\`people\` in the nearest
.minutesrc.json) get its name; a malformed configuration is exit 2.

Examples:
  minutes parse fixtures/oulu-2019-11-08.txt
  minutes parse fixtures/oulu-2019-11-08.txt --explain
  minutes parse minutes/*.md --json > meetings.json
  cat notes.md | minutes parse - --json`)
    .action(async (files: string[], options: { json?: boolean; explain?: boolean; lang?: Language; locale?: Locale; color: boolean; jobs?: number }) => {
      const { parseMinutes } = await import('../parse/parse-minutes.js');
      const { createConfigFinder } = await import('../config/config-finder.js');
      const { ConfigError } = await import('../config/config-error.js');
      const locale = localeOfRun(options, io);
      const jobs = options.jobs ?? jobsFromEnv(io.env);
      const configs = createConfigFinder({ cwd: io.cwd, readFile: io.readFile });
      const meetings: Meeting[] = [];
      for (const file of files) {
        try {
          // The roster of the file's configuration names its people; a malformed one stops the run (exit 2).
          const roster = (await configs.find(file))?.config.people;
          const bytes = await readOne(file, io);
          const parseOptions = { path: file === '-' ? null : file, ...(options.lang ? { language: options.lang } : {}), ...(roster ? { roster } : {}) };
          // One large document as JSON: read in a worker with a capped heap (see parse-json.ts).
          if (options.json && files.length === 1 && (jobs === undefined ? bytes.byteLength >= JSON_WORKER_MIN_BYTES : jobs > 0)) {
            const { parseJsonInWorker } = await import('../workers/parse-json.js');
            const result = await parseJsonInWorker(bytes, parseOptions);
            if (result !== null && 'error' in result) throw new Error(result.error);
            if (result !== null) {
              io.stdout.write(`${result.json}\n`);
              return;
            }
          }
          meetings.push(parseMinutes(bytes, parseOptions));
        } catch (error) {
          if (error instanceof ConfigError) {
            io.stderr.write(errorLine(error.message));
            exit.code = ExitCode.failure;
            return;
          }
          const { sayReason } = await import('../input/describe-error.js');
          const message = error instanceof Error ? error.message : String(error);
          const reason = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
          io.stderr.write(errorLine(`${file}: ${sayReason(reason, locale)}`));
          exit.code = ExitCode.failure;
        }
      }
      if (options.json) {
        io.stdout.write(`${JSON.stringify(files.length === 1 ? (meetings[0] ?? null) : meetings, null, 2)}\n`);
        return;
      }
      const { formatMeeting } = await import('../report/meeting-text.js');
      const color = colorLevel(io.stdout, io.env, options.color);
      io.stdout.write(meetings.map((m) => formatMeeting(m, { color, width: io.stdout.columns, explain: options.explain === true, locale })).join('\n'));
    });
}
