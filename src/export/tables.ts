/**
 * The tables of `minutes export --format csv` and `--format sqlite`, as data: the CSV headers, the
 * SQL schema and the README's tables are all read from here, so they cannot drift apart.
 */

/** How a column is stored in SQLite; in CSV every cell is text. */
export type ColumnType = 'TEXT' | 'TEXT NOT NULL' | 'INTEGER' | 'INTEGER NOT NULL';

/** One column: its name, its SQLite type and what it holds. */
export interface Column {
  name: string;
  type: ColumnType;
  description: string;
}

/** One table: its columns in order, its keys, its indexes and the columns its full-text index covers. */
export interface Table {
  name: TableName;
  description: string;
  columns: readonly Column[];
  primaryKey: readonly string[];
  /** Columns that name a row of another table (all of its primary key). */
  references?: { columns: readonly string[]; table: TableName };
  /** Indexes besides the primary key, each a list of columns. */
  indexes?: ReadonlyArray<readonly string[]>;
  /** Columns of the full-text table `NAME_fts` (SQLite only). */
  fullText?: readonly string[];
  /** Only in the SQLite database, not written as CSV. */
  sqliteOnly?: boolean;
}

/** The names of the tables. */
export type TableName = 'meetings' | 'participants' | 'agenda' | 'decisions' | 'actions' | 'action_owners';

const meetingId: Column = { name: 'meeting_id', type: 'TEXT NOT NULL', description: "the meeting's `meeting_id`" };
const line: Column = { name: 'line', type: 'INTEGER', description: '1-based line in the file' };
const col: Column = { name: 'col', type: 'INTEGER', description: '1-based column in the file' };
const item: Column = { name: 'item', type: 'TEXT', description: 'number of the agenda item that holds it (`agenda.number`), or empty' };
const cueKind: Column = { name: 'cue_kind', type: 'TEXT NOT NULL', description: 'why it was taken: marker, section, grammar, table, task-list, vote or phrase' };
const cueWords: Column = { name: 'cue_words', type: 'TEXT NOT NULL', description: 'the words that made it one' };
const toMeeting = { columns: ['meeting_id'], table: 'meetings' } as const;

/** Every table, in the order they are created and filled (a table after those it refers to). */
export const tables: readonly Table[] = [
  {
    name: 'meetings',
    description: 'one row a file',
    primaryKey: ['meeting_id'],
    indexes: [['date']],
    columns: [
      { name: 'meeting_id', type: 'TEXT NOT NULL', description: "the file's path relative to the common folder of the inputs, with `/` (`2019/2019-11-08.md`); `-` for standard input" },
      { name: 'path', type: 'TEXT', description: 'the path as collected (`source.path`); empty for standard input' },
      { name: 'schema_version', type: 'INTEGER NOT NULL', description: '`schemaVersion` of the parse contract' },
      { name: 'language', type: 'TEXT NOT NULL', description: 'fi, en, sv, de or nl' },
      { name: 'encoding', type: 'TEXT', description: 'the encoding the bytes were read as' },
      { name: 'title', type: 'TEXT', description: "the meeting's title" },
      { name: 'date', type: 'TEXT', description: 'the date, YYYY-MM-DD' },
      { name: 'end_date', type: 'TEXT', description: 'the last day of a meeting over several days' },
      { name: 'start_time', type: 'TEXT', description: 'HH:MM' },
      { name: 'end_time', type: 'TEXT', description: 'HH:MM' },
      { name: 'location', type: 'TEXT', description: 'the place' },
      { name: 'preamble', type: 'TEXT NOT NULL', description: 'plain text before the first agenda item' },
      { name: 'notes', type: 'TEXT NOT NULL', description: 'plain text outside every agenda item after the first' },
      { name: 'fields', type: 'TEXT NOT NULL', description: 'where each header field was read: the `fields` object as JSON' },
      { name: 'diagnostics', type: 'TEXT NOT NULL', description: 'what the parser noticed: the `diagnostics` array as JSON' },
    ],
  },
  {
    name: 'participants',
    description: 'one row a person listed, present or absent',
    primaryKey: ['meeting_id', 'seq'],
    references: toMeeting,
    indexes: [['name']],
    columns: [
      meetingId,
      { name: 'seq', type: 'INTEGER NOT NULL', description: 'place in the list, from 1' },
      { name: 'name', type: 'TEXT NOT NULL', description: 'the name' },
      { name: 'organization', type: 'TEXT', description: 'the organisation' },
      { name: 'roles', type: 'TEXT NOT NULL', description: 'roles joined with `; ` (`chair; secretary`)' },
      { name: 'present', type: 'INTEGER NOT NULL', description: '1 present, 0 absent' },
      { name: 'handle', type: 'TEXT', description: 'an @handle beside the name' },
      { name: 'alias', type: 'TEXT', description: 'initials, call sign or user id beside the name' },
      line,
      col,
    ],
  },
  {
    name: 'agenda',
    description: 'one row an agenda item',
    primaryKey: ['meeting_id', 'seq'],
    references: toMeeting,
    fullText: ['title', 'text'],
    columns: [
      meetingId,
      { name: 'seq', type: 'INTEGER NOT NULL', description: 'place on the agenda, from 1' },
      { name: 'number', type: 'TEXT', description: 'the number as written (`3`, `3.2`), or empty' },
      { name: 'title', type: 'TEXT NOT NULL', description: 'the title' },
      { name: 'presenter', type: 'TEXT', description: 'who presents it' },
      { name: 'text', type: 'TEXT NOT NULL', description: "plain text of the item's body" },
      line,
      col,
      { name: 'end_line', type: 'INTEGER', description: 'where the item ends' },
      { name: 'end_col', type: 'INTEGER', description: 'where the item ends' },
    ],
  },
  {
    name: 'decisions',
    description: 'one row a decision',
    primaryKey: ['meeting_id', 'decision_id'],
    references: toMeeting,
    fullText: ['text'],
    columns: [
      meetingId,
      { name: 'decision_id', type: 'TEXT NOT NULL', description: 'its id in the meeting (`D1`)' },
      item,
      { name: 'text', type: 'TEXT NOT NULL', description: 'what was decided' },
      line,
      col,
      cueKind,
      cueWords,
    ],
  },
  {
    name: 'actions',
    description: 'one row an action item',
    primaryKey: ['meeting_id', 'action_id'],
    references: toMeeting,
    indexes: [['due_start', 'due_end'], ['owners']],
    fullText: ['text', 'owners'],
    columns: [
      meetingId,
      { name: 'action_id', type: 'TEXT NOT NULL', description: 'its id in the meeting (`A1`)' },
      item,
      { name: 'owners', type: 'TEXT NOT NULL', description: 'owners joined with `; `, empty when nobody is named' },
      { name: 'text', type: 'TEXT NOT NULL', description: 'the task' },
      { name: 'status', type: 'TEXT NOT NULL', description: 'open or done' },
      { name: 'due_text', type: 'TEXT', description: 'the deadline as written' },
      { name: 'due_start', type: 'TEXT', description: 'first day of the deadline, YYYY-MM-DD' },
      { name: 'due_end', type: 'TEXT', description: 'last day of the deadline, YYYY-MM-DD' },
      line,
      col,
      cueKind,
      cueWords,
      { name: 'cue_owner', type: 'TEXT', description: 'how the owners were read' },
    ],
  },
  {
    name: 'action_owners',
    description: 'one row an owner of an action, to look owners up by index (SQLite only)',
    primaryKey: ['meeting_id', 'action_id', 'seq'],
    references: { columns: ['meeting_id', 'action_id'], table: 'actions' },
    indexes: [['owner']],
    sqliteOnly: true,
    columns: [
      meetingId,
      { name: 'action_id', type: 'TEXT NOT NULL', description: "the action's `action_id`" },
      { name: 'seq', type: 'INTEGER NOT NULL', description: 'place among the owners, from 1' },
      { name: 'owner', type: 'TEXT NOT NULL', description: 'one owner' },
    ],
  },
];
