import type { Position } from '../model/position.js';
import { isBlank, trimEndWhere } from './trim.js';
import type { Line } from './types.js';

/**
 * An agenda item and the lines of its body: `from` is its own line, `to` the first line after it.
 * An item that shares its line with other text (a table row, `Agenda: a, b, c`) has `to` equal to
 * `from`: it owns no line, and the line stays in the notes.
 */
export interface AgendaDraft {
  number: string | null;
  title: string;
  presenter: string | null;
  from: number;
  to: number;
  /** Whether the item owns the lines up to `to` (false for items of an agenda list). */
  hasBody: boolean;
  position: Position;
  /** A case or file reference beside the item's number (`Dnr BUN 2025/88`). */
  reference?: string;
}

/** An item that owns the lines from its own line up to the next item's (or the end). */
export function bodyItem(lines: readonly Line[], index: number, number: string | null, title: string): AgendaDraft {
  return { number, title, presenter: null, from: index, to: lines.length, hasBody: true, position: (lines[index] as Line).start };
}

/** An item of an agenda list: its own line only. */
export function listItem(lines: readonly Line[], index: number, number: string | null, title: string): AgendaDraft {
  return { number, title, presenter: null, from: index, to: index + 1, hasBody: false, position: (lines[index] as Line).start };
}

/** Items in document order, each ending where the next begins (the last at `end`). */
export function closeRanges(items: readonly AgendaDraft[], end: number): AgendaDraft[] {
  return items.map((item, i) => ({ ...item, to: items[i + 1]?.from ?? end }));
}

/** A title without link addresses, a trailing Pandoc attribute (`{#anchor}`), colons, hashes and blanks. */
export function cleanItemTitle(text: string): string {
  let title = text;
  const brace = title.lastIndexOf(' {#');
  if (brace >= 0 && title.endsWith('}') && title.indexOf('}', brace) === title.length - 1) title = title.slice(0, brace);
  // A link's address is kept in the line's text (`Roadmap <https://...>`); a title is the words.
  if (title.includes(' <http')) title = title.replace(/ <https?:\/\/[^\s<>]*>/gu, '');
  return trimEndWhere(title, (code) => isBlank(code) || code === 0x3a || code === 0x23).trim();
}

interface OrderedList {
  items: number[];
  ordinals: number[];
}

/**
 * The number each ordered list item shows when the Markdown is rendered: a list written `1.`
 * `1.` `1.` shows 1, 2, 3 (its first number counts up); a list whose numbers differ keeps them as
 * written. Keyed by line index; one pass, and a line ends only the lists it cannot continue.
 */
export function displayedOrdinals(lines: readonly Line[]): Map<number, number> {
  const open = new Map<string, OrderedList>();
  const done: OrderedList[] = [];
  const close = (key: string): void => {
    const list = open.get(key);
    if (list) done.push(list);
    open.delete(key);
  };
  const closeDeeper = (depth: number): void => {
    for (const key of [...open.keys()]) if (Number(key.slice(0, key.indexOf(':'))) > depth) close(key);
  };
  lines.forEach((line, index) => {
    if (line.kind !== 'listItem' || !line.itemStart) {
      // A paragraph inside an item continues the lists at its depth; one outside every list ends them all.
      closeDeeper(line.listDepth === 0 ? -1 : line.listDepth);
      return;
    }
    const key = `${line.listDepth}:${line.parentItem}`;
    closeDeeper(line.listDepth);
    if (line.ordinal === null) {
      close(key);
      return;
    }
    const list = open.get(key);
    if (list) {
      list.items.push(index);
      list.ordinals.push(line.ordinal);
    } else open.set(key, { items: [index], ordinals: [line.ordinal] });
  });
  for (const key of [...open.keys()]) close(key);
  const out = new Map<number, number>();
  for (const list of done) {
    const first = list.ordinals[0] as number;
    const same = list.ordinals.every((n) => n === first);
    list.items.forEach((index, k) => out.set(index, same ? first + k : (list.ordinals[k] as number)));
  }
  return out;
}
