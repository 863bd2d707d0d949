import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { csvBom, formatCsvRow } from '../report/csv.js';
import type { ExportWriter } from './export-writer.js';
import { openOutputFile, type OutputFile } from './output-file.js';
import { tables } from './tables.js';
import { toRows, type Cell } from './to-rows.js';

/**
 * A writer of one CSV file a table (`meetings.csv`, `participants.csv`, `agenda.csv`,
 * `decisions.csv`, `actions.csv`) into `folder`, made if missing (not its parents), with the rules
 * of `minutes actions --format csv`: BOM, header row, CRLF, quoting and formula neutralisation.
 * Rows are written as meetings come; each file is put in place whole at the end.
 */
export function createCsvWriter(folder: string): ExportWriter {
  makeFolder(folder);
  const files = new Map<string, OutputFile>();
  try {
    for (const table of tables) {
      if (table.sqliteOnly) continue;
      const file = openOutputFile(join(folder, `${table.name}.csv`));
      files.set(table.name, file);
      file.write(csvBom + formatCsvRow(table.columns.map((column) => column.name)));
    }
  } catch (error) {
    for (const file of files.values()) file.abort();
    throw error;
  }
  return {
    add(meetingId, meeting) {
      const rows = toRows(meetingId, meeting);
      for (const [name, file] of files) {
        for (const row of rows[name as keyof typeof rows]) file.write(formatCsvRow(row.map(cellText)));
      }
    },
    async finish() {
      for (const file of files.values()) file.commit();
    },
    abort() {
      for (const file of files.values()) file.abort();
    },
  };
}

/** A cell as CSV text: nothing is an empty field. */
function cellText(cell: Cell): string {
  return cell === null ? '' : String(cell);
}

/** Make the output folder unless it is there; a file in its place is `not a directory`. */
function makeFolder(folder: string): void {
  try {
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error(`ENOTDIR: ${folder}`), { code: 'ENOTDIR' });
  }
}
