import type { Vocabulary } from '../lang/types.js';
import type { Participant } from '../model/participant.js';
import type { Position } from '../model/position.js';
import type { Header } from './read-header.js';
import { valueLines } from './read-header.js';
import { normalizeLabel } from './read-label.js';
import { resolvePerson } from './resolve-people.js';
import type { Line } from './types.js';

/** An agenda item and the lines of its body: `from` is its own line, `to` the first line after it. */
export interface AgendaDraft {
  number: string | null;
  title: string;
  presenter: string | null;
  from: number;
  to: number;
  /** Whether the item owns the lines up to `to` (false for items of an agenda list). */
  hasBody: boolean;
  position: Position;
}

const NUMBERED = /^(?:§\s*)?(\d{1,3}(?:\.\d{1,3})*)(?:\s*§)?[.):]?(?:\s+|$)(\S.*)?$/u;

/**
 * Find the agenda items: numbered headings or bold lines (`1. Title / Presenter`, `§ 5`), else the
 * list under an agenda label, else the headings of the level that holds most topics.
 */
export function splitAgenda(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  const numbered = numberedItems(lines, header);
  const items = numbered.length >= 2 || (numbered.length === 1 && (lines[numbered[0]!.from] as Line).kind === 'heading') ? numbered : (listItems(lines, header) ?? headingItems(lines, header, vocabs));
  return items.map((item) => withPresenter(item, header.participants));
}

function numberedItems(lines: readonly Line[], header: Header): AgendaDraft[] {
  const found: AgendaDraft[] = [];
  lines.forEach((line, index) => {
    if (header.consumed.has(index) || line.quoteDepth > 0) return;
    const candidate = line.kind === 'heading' || (line.kind === 'paragraph' && line.bold);
    if (!candidate || (line.text.match(/§/g) ?? []).length > 1) return;
    const match = NUMBERED.exec(line.text);
    if (!match || (!line.text.includes('§') && (match[2] ?? '') === '' && line.kind !== 'heading')) return;
    let title = (match[2] ?? '').trim();
    if (title === '') title = followingTitle(lines, index);
    if (title === '' || /^\d/.test(title)) return;
    found.push({ number: match[1] ?? null, title, presenter: null, from: index, to: lines.length, hasBody: true, position: line.start });
  });
  const top = found.some((item) => !(item.number ?? '').includes('.')) ? found.filter((item) => !(item.number ?? '').includes('.')) : found;
  return closeRanges(top, lines.length);
}

function followingTitle(lines: readonly Line[], index: number): string {
  const next = lines[index + 1];
  return next && (next.kind === 'heading' || next.bold) && !NUMBERED.test(next.text) ? next.text : '';
}

function listItems(lines: readonly Line[], header: Header): AgendaDraft[] | null {
  for (const [index, label] of header.labels) {
    if (label.field !== 'agenda') continue;
    const inside = firstList(lines, valueLines(lines, index)).filter((j) => (lines[j] as Line).itemStart);
    const depth = Math.min(...inside.map((j) => (lines[j] as Line).listDepth));
    const top = inside.filter((j) => (lines[j] as Line).listDepth === depth && !/^[^:]{1,40}:\s*https?:\/\//.test((lines[j] as Line).text));
    if (top.length === 0) continue;
    return top.map((j) => {
      const line = lines[j] as Line;
      return { number: line.ordinal === null ? null : String(line.ordinal), title: line.text, presenter: null, from: j, to: j + 1, hasBody: false, position: line.start };
    });
  }
  return null;
}

/** The agenda list lines among `indices`: the first list, not the sections after it; or the lists under sub-headings when those come first. */
function firstList(lines: readonly Line[], indices: readonly number[]): number[] {
  const start = indices.findIndex((j) => (lines[j] as Line).kind === 'listItem');
  if (start < 0) return [];
  if (indices.slice(0, start).some((j) => (lines[j] as Line).kind === 'heading')) {
    return indices.filter((j) => (lines[j] as Line).kind === 'listItem');
  }
  const out: number[] = [];
  for (let k = start; k < indices.length; k++) {
    const j = indices[k] as number;
    const line = lines[j] as Line;
    if (line.kind === 'heading' || (line.listDepth === 0 && line.kind !== 'code')) break;
    if (line.kind === 'listItem') out.push(j);
  }
  return out;
}

function headingItems(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  const skip = new Set(vocabs.flatMap((v) => v.boilerplate));
  const titleLine = header.fields.title?.position.line;
  const topics = new Map<number, number[]>();
  lines.forEach((line, index) => {
    if (line.kind !== 'heading' || line.start.line === titleLine) return;
    const label = header.labels.get(index);
    if (label && !['actions', 'decisions', 'start', 'end'].includes(label.field)) return;
    if (header.consumed.has(index) && label?.field !== 'start' && label?.field !== 'end') return;
    if (skip.has(normalizeLabel(line.text)) || !/\p{L}{2}/u.test(line.text)) return;
    topics.set(line.depth, [...(topics.get(line.depth) ?? []), index]);
  });
  let best: number[] = [];
  for (const indices of topics.values()) if (indices.length > best.length) best = indices;
  if (best.length < 2) return [];
  const items = best.map((index) => {
    const line = lines[index] as Line;
    return { number: null, title: line.text.replace(/(?<![\s:#])[\s:#]+$/, ''), presenter: null, from: index, to: lines.length, hasBody: true, position: line.start };
  });
  return closeRanges(items, lines.length);
}

function closeRanges(items: AgendaDraft[], end: number): AgendaDraft[] {
  return items.map((item, i) => ({ ...item, to: items[i + 1]?.from ?? end }));
}

function withPresenter(item: AgendaDraft, participants: readonly Participant[]): AgendaDraft {
  const slash = /\s\/\s([^/]{2,60})$/.exec(item.title);
  if (slash) {
    const written = (slash[1] ?? '').trim();
    return { ...item, title: item.title.slice(0, slash.index).trim(), presenter: resolvePerson(written, participants) ?? written };
  }
  const handle = /\s\((@[\w.-]+)(?:[^()\w.-][^()]*)?\)$/.exec(item.title);
  if (handle) return { ...item, title: item.title.slice(0, handle.index).trim(), presenter: resolvePerson(handle[1] ?? '', participants) ?? handle[1] ?? null };
  return item;
}
