import { colorLevel, type Io } from '../io.js';
import type { Locale } from '../messages/index.js';

/** How a table is laid out for where it goes: colour level, width, the folder paths are shown from, and the locale. */
export interface TableSettings {
  color: 0 | 1 | 2 | 3;
  width: number;
  cwd: string;
  locale: Locale;
}

/**
 * The layout of a table written to standard output (coloured as `colorLevel` says, as wide as
 * `outputWidth`) or to an `-o` file (never coloured).
 */
export function tableSettings(io: Io, options: { output?: string | undefined; color: boolean }, locale: Locale): TableSettings {
  return {
    color: options.output === undefined ? colorLevel(io.stdout, io.env, options.color) : 0,
    width: outputWidth(io),
    cwd: io.cwd,
    locale,
  };
}

/** Columns to lay a table out in: `COLUMNS` when set, else the terminal's width, else 80. */
export function outputWidth(io: Io): number {
  const columns = Number(io.env.COLUMNS);
  if (Number.isInteger(columns) && columns > 0) return columns;
  return io.stdout.isTTY && io.stdout.columns > 0 ? io.stdout.columns : 80;
}
