import fc from 'fast-check';
import type { Meeting as MeetingType } from '../../src/model/meeting.js';
import { Meeting } from '../../src/model/meeting.js';
import { decode, DecodeError } from '../../src/parse/decode.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { anyBytesArb, anyStringArb, minutesArb } from './generators.js';
import { runCli } from '../fake-io.js';
import { lostWords, positionsOutside } from './invariants.js';

/**
 * The properties of `parseMinutes` (issue 6), by input family and name, as plain fast-check
 * properties that throw on failure. They run in a worker (see property-worker.mjs) so that a
 * parse that never ends fails its test instead of hanging the suite.
 */

/** The input families. */
export const families = ['minutes-like Markdown', 'arbitrary strings', 'arbitrary bytes'] as const;
/** One input family. */
export type Family = (typeof families)[number];

/** The properties each family is checked against. */
export const propertyNames = ['never throws, and its output passes the schema', 'puts every position inside the file', 'loses no word of any line', 'gives the same result twice'] as const;
/** One property. */
export type PropertyName = (typeof propertyNames)[number];

/** The property of the CLI's JSON output (run by test/hostile/output-safety.test.ts). */
export const cliJsonProperty = 'every JSON output of the CLI is valid JSON';

/** Called with each input before it is parsed, so a hang can name its input. */
export type OnInput = (input: string | Uint8Array) => void;

/** The fast-check property for a family and a name. */
export function propertyOf(family: Family, name: PropertyName, onInput: OnInput): fc.IPropertyWithHooks<[string | Uint8Array]> {
  const arbitrary: fc.Arbitrary<string | Uint8Array> = family === 'arbitrary bytes' ? anyBytesArb : family === 'arbitrary strings' ? anyStringArb : minutesArb;
  const check = checks[name];
  return fc.property(arbitrary, (input) => {
    onInput(input);
    check(input);
  });
}

/** The JSON formats of the CLI, as arguments after the command's name and `-` for standard input. */
const jsonCommands: string[][] = [
  ['parse', '-', '--json'],
  ['actions', '-', '--format', 'json', '--status', 'all'],
  ['actions', '-', '--format', 'ndjson', '--status', 'all'],
  ['validate', '-', '--format', 'json'],
  ['validate', '-', '--format', 'sarif'],
];

/**
 * Every JSON output of the CLI on the input (given as standard input) parses as JSON (ndjson: each
 * line), whatever the input, and the command ends with 0, 1 or 2 and at most one line on stderr
 * per file: here, one file.
 */
export function cliJsonPropertyOf(family: Family, onInput: OnInput): fc.IAsyncPropertyWithHooks<[string | Uint8Array]> {
  const arbitrary: fc.Arbitrary<string | Uint8Array> = family === 'arbitrary bytes' ? anyBytesArb : family === 'arbitrary strings' ? anyStringArb : minutesArb;
  return fc.asyncProperty(arbitrary, async (input) => {
    onInput(input);
    for (const args of jsonCommands) {
      const result = await runCli(args, { stdin: typeof input === 'string' ? input : input });
      const label = args.join(' ');
      if (![0, 1, 2].includes(result.exitCode)) throw new Error(`${label}: exit code ${result.exitCode}`);
      if (result.stderr.split('\n').filter(Boolean).length > 1) throw new Error(`${label}: more than one line on stderr:\n${result.stderr}`);
      const documents = args.includes('ndjson') ? result.stdout.split('\n').filter(Boolean) : [result.stdout];
      for (const document of documents) {
        try {
          JSON.parse(document);
        } catch (error) {
          throw new Error(`${label}: not JSON (${String(error)}):\n${document.slice(0, 400)}`);
        }
      }
    }
  });
}

const checks: Record<PropertyName, (input: string | Uint8Array) => void> = {
  'never throws, and its output passes the schema': (input) => {
    const meeting = parse(input);
    if (meeting !== null) Meeting.parse(meeting);
  },
  'puts every position inside the file': (input) => {
    const meeting = parse(input);
    if (meeting !== null) fail('positions outside the file', positionsOutside(meeting, textOf(input)));
  },
  'loses no word of any line': (input) => {
    const meeting = parse(input);
    if (meeting !== null) fail('words lost', lostWords(meeting, textOf(input)));
  },
  'gives the same result twice': (input) => {
    const first = JSON.stringify(parse(input));
    const second = JSON.stringify(parse(input));
    if (first !== second) throw new Error(`two parses differ:\n${first}\n${second}`);
  },
};

/**
 * Parse a string (which must never throw) or bytes (which may throw a DecodeError only, for
 * content that is not text: then null).
 */
function parse(input: string | Uint8Array): MeetingType | null {
  if (typeof input === 'string') return parseMinutes(input, { path: null });
  try {
    return parseMinutes(input, { path: null });
  } catch (error) {
    if (error instanceof DecodeError) return null;
    throw error;
  }
}

/** The text positions and words refer to: the string, or the bytes decoded as the parser does. */
function textOf(input: string | Uint8Array): string {
  return typeof input === 'string' ? input : decode(input).text;
}

function fail(what: string, problems: string[]): void {
  if (problems.length > 0) throw new Error(`${what}:\n${problems.join('\n')}`);
}
