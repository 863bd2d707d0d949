import { tables, type Table } from './tables.js';

/**
 * The tokenizer of the full-text tables: Unicode words, any case, accents optional
 * (`mannikko` finds `Männikkö`). FTS4, as the SQLite of sql.js has FTS3/FTS4 but not FTS5; every
 * SQLite since 3.27 (2019) reads it.
 */
const tokenizer = 'tokenize=unicode61 "remove_diacritics=2"';

/** A name in SQL, quoted (`"date"`), so that no column name can be taken for a keyword. */
const quote = (name: string) => `"${name}"`;
const list = (names: readonly string[]) => names.map(quote).join(', ');

/** The statements that make every table, with its primary and foreign keys. */
export function createTablesSql(): string[] {
  return tables.map((table) => {
    const columns = table.columns.map((column) => `${quote(column.name)} ${column.type}`);
    const keys = [`PRIMARY KEY (${list(table.primaryKey)})`];
    if (table.references) {
      const target = tables.find((other) => other.name === table.references?.table) as Table;
      keys.push(`FOREIGN KEY (${list(table.references.columns)}) REFERENCES ${quote(target.name)} (${list(target.primaryKey)})`);
    }
    return `CREATE TABLE ${quote(table.name)} (${[...columns, ...keys].join(', ')})`;
  });
}

/**
 * The statements to run once the tables are filled: the indexes (built once over every row, not
 * kept up to date row by row), then each full-text table `NAME_fts`, which reads its text from
 * its table (`content=`, so the text is stored once) and is built from it.
 */
export function finishTablesSql(): string[] {
  const statements: string[] = [];
  for (const table of tables) {
    for (const columns of table.indexes ?? []) {
      statements.push(`CREATE INDEX ${quote(`${table.name}_${columns.join('_')}`)} ON ${quote(table.name)} (${list(columns)})`);
    }
  }
  for (const table of tables) {
    if (!table.fullText) continue;
    const name = `${table.name}_fts`;
    statements.push(`CREATE VIRTUAL TABLE ${quote(name)} USING fts4(content=${quote(table.name)}, ${list(table.fullText)}, ${tokenizer})`);
    statements.push(`INSERT INTO ${quote(name)} (${quote(name)}) VALUES ('rebuild')`);
  }
  return statements;
}

/** The statement that inserts one row of a table, its values bound in the order of its columns. */
export function insertSql(table: Table): string {
  return `INSERT INTO ${quote(table.name)} (${list(table.columns.map((column) => column.name))}) VALUES (${table.columns.map(() => '?').join(', ')})`;
}
