import { createRequire } from 'node:module';
import type { ExportWriter } from './export-writer.js';
import { openOutputFile } from './output-file.js';
import { createTablesSql, finishTablesSql, insertSql } from './sql-schema.js';
import { tables } from './tables.js';
import { toRows } from './to-rows.js';

/**
 * A writer of one SQLite database file: the tables of `tables` with their keys, indexes on dates
 * and owners, and full-text tables over agenda, decision and action texts. The database is built
 * in memory by sql.js (SQLite compiled to WebAssembly: nothing to compile or download at install),
 * a meeting's rows inserted as it comes so no meeting is kept as an object, and written at the end
 * to a temporary file renamed over `target`: a reader sees the old database or the new one.
 * Fails before any work when `target` cannot be written.
 */
export async function createSqliteWriter(target: string): Promise<ExportWriter> {
  const file = openOutputFile(target);
  try {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    db.run('PRAGMA foreign_keys = ON');
    for (const statement of createTablesSql()) db.run(statement);
    db.run('BEGIN');
    const inserts = tables.map((table) => [table.name, db.prepare(insertSql(table))] as const);
    return {
      add(meetingId, meeting) {
        const rows = toRows(meetingId, meeting);
        for (const [name, insert] of inserts) for (const row of rows[name]) insert.run(row);
      },
      async finish() {
        for (const [, insert] of inserts) insert.free();
        db.run('COMMIT');
        for (const statement of finishTablesSql()) db.run(statement);
        const bytes = db.export();
        db.close();
        file.write(bytes);
        file.commit();
      },
      abort() {
        try {
          db.close();
        } catch {
          // Closed already (by finish): nothing is left to free.
        }
        file.abort();
      },
    };
  } catch (error) {
    file.abort();
    throw error;
  }
}

/**
 * sql.js, started with its WebAssembly file from its own package folder. Required, not imported:
 * it is a CommonJS package, and the CLI's one-file bundle runs where `import()` is not to be had
 * (see start/load-cached-script.ts).
 */
async function loadSqlJs() {
  const require = createRequire(import.meta.url);
  const initSqlJs = require('sql.js') as typeof import('sql.js').default;
  const wasm = require.resolve('sql.js/dist/sql-wasm.wasm');
  return initSqlJs({ locateFile: () => wasm });
}
