import type { ValidationMessage } from './types.js';

/** Options of the SARIF output. */
export interface SarifOptions {
  /** The version of `minutes` that made the log. */
  toolVersion: string;
  /** A page about the tool, if any. */
  informationUri?: string;
  /** A one-line description of each rule by id; a rule missing here is described by its id. */
  ruleDescriptions?: Readonly<Record<string, string>>;
}

const schema = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const levels = { error: 'error', warn: 'warning', info: 'note' } as const;

/**
 * Format validation messages as a SARIF 2.1.0 log with one run of the `minutes` driver: its
 * `rules` are the rule ids used (sorted, with a short description), each result has ruleId,
 * ruleIndex, level (error, warning, note), message and a region of 1-based lines and columns
 * (columns in UTF-16 code units, as the parser counts them). A relative path becomes a
 * relative URI with forward slashes, an absolute one a `file:` URI; segments are percent-encoded.
 */
export function formatSarif(messages: readonly ValidationMessage[], options: SarifOptions): string {
  const ruleIds = [...new Set(messages.map((message) => message.ruleId))].sort();
  const rules = ruleIds.map((id) => ({
    id,
    shortDescription: { text: options.ruleDescriptions?.[id] ?? id },
  }));
  const driver = {
    name: 'minutes',
    version: options.toolVersion,
    ...(options.informationUri === undefined ? {} : { informationUri: options.informationUri }),
    rules,
  };
  const results = messages.map((message) => ({
    ruleId: message.ruleId,
    ruleIndex: ruleIds.indexOf(message.ruleId),
    level: levels[message.severity],
    message: { text: message.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(message.path) },
          region: {
            startLine: message.start.line,
            startColumn: message.start.column,
            endLine: message.end.line,
            endColumn: message.end.column,
          },
        },
      },
    ],
  }));
  const log = { $schema: schema, version: '2.1.0', runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }] };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A file path as a URI reference: `docs/a b.md` → `docs/a%20b.md`, `/x/y.md` → `file:///x/y.md`. */
function toUri(path: string): string {
  const segments = path.replaceAll('\\', '/').replace(/^(\.\/)+/, '').split('/');
  const drive = /^[A-Za-z]:$/.test(segments[0] ?? '');
  const encoded = segments.map((segment, index) => (drive && index === 0 ? segment : encodeURIComponent(segment)));
  if (drive) return `file:///${encoded.join('/')}`;
  return path.startsWith('/') ? `file://${encoded.join('/')}` : encoded.join('/');
}
