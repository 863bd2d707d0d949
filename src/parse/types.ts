import type { Position } from '../model/position.js';

/** What kind of block a line came from. */
export type LineKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'code' | 'html' | 'thematicBreak';

/**
 * One line of the document as a reader sees it: a heading, a line of a paragraph, the first line
 * of a list item, one table row, a segment of a glued bold run. The unit every later stage reads.
 */
export interface Line {
  /** Plain text, Markdown marks removed, whitespace collapsed at the ends. */
  text: string;
  kind: LineKind;
  /** Where the text starts and ends in the original file. */
  start: Position;
  end: Position;
  /** Heading level 1-6, or 0. */
  depth: number;
  /** Nesting of lists around the line: 0 outside lists. */
  listDepth: number;
  /** Whether the line is the first line of its list item. */
  itemStart: boolean;
  /** The number of an ordered list item as written, or null. */
  ordinal: number | null;
  /** A task-list checkbox: true done, false open, null none. */
  checked: boolean | null;
  /** The bold text the line starts with ("Aika:" in "**Aika:** ..."), or null. */
  lead: string | null;
  /** Whether the whole line is bold. */
  bold: boolean;
  /** Whether the line is struck through as a whole. */
  struck: boolean;
  /** Table cells of a table row; the header row has `header` true. */
  cells: string[] | null;
  header: boolean;
  /** Block quote nesting. */
  quoteDepth: number;
  /** Index of the block (paragraph, list item, heading...) the line belongs to. */
  block: number;
  /** The list item (by its `block` index) that holds this one, for nested lists; -1 outside. */
  parentItem: number;
}
