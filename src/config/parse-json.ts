import { ConfigError } from './config-error.js';
import { lineColumn, locateJsonError } from './locate-json-error.js';

// Apart from the schema check (parse-config.ts), which loads zod: a run that finds no
// configuration file, or whose file is not JSON, never loads it.

/**
 * Parse JSON text (a leading byte order mark allowed), throwing a `ConfigError` that gives the line
 * and column of the first mistake: `.minutesrc.json: invalid JSON at line 3 column 5`.
 */
export function parseJson(text: string, file: string): unknown {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const offset = locateJsonError(body) ?? offsetInMessage(error);
    const where = offset === undefined ? '' : describeOffset(body, offset);
    throw new ConfigError({ file, reason: `invalid JSON${where}` });
  }
}

function offsetInMessage(error: unknown): number | undefined {
  const found = error instanceof Error ? /at position (\d+)/.exec(error.message) : null;
  return found?.[1] === undefined ? undefined : Number(found[1]);
}

function describeOffset(text: string, offset: number): string {
  const { line, column } = lineColumn(text, offset);
  const end = offset >= text.length ? ' (unexpected end of file)' : '';
  return ` at line ${line} column ${column}${end}`;
}
