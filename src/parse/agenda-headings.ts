import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { bodyItem, cleanItemTitle, listItem, type AgendaDraft } from './agenda-draft.js';
import { holdsNotes, namesAgenda } from './agenda-list.js';
import { opensTaskHeading } from './decision-markers.js';
import { cleanTitle, dateOnlyShape, type Header } from './read-header.js';
import { fieldOf, normalizeLabel } from './read-label.js';
import { resolvePerson } from './resolve-people.js';
import type { Line } from './types.js';

/** What a heading is to the agenda. */
export type HeadingRole =
  /** A topic of the meeting. */
  | 'topic'
  /** A heading that frames the topics under it: the title, `Minutes`, `Agenda`, a date. */
  | 'frame'
  /** A section of the document that holds no topics: attendees, actions, decisions, links. */
  | 'section';

/** Labelled headings that are topics all the same: the opening and the closing of the meeting. */
const TOPIC_FIELDS = new Set(['start', 'end']);

/** Labelled headings whose sections hold no topics, whatever their sub-headings say. */
const SECTION_FIELDS = new Set(['participants', 'absent', 'actions', 'decisions', 'proposal']);

/**
 * Tell topics from the rest by the vocabulary: a heading labelled as attendees, actions or
 * decisions is a section (and so is everything under it); the title, a date, a location and the
 * boilerplate headings (`Summary`, `Minutes`, `Agenda`) frame the topics under them; any other
 * heading with words besides a date is a topic (`Next meeting` too).
 */
export function headingRole(lines: readonly Line[], index: number, header: Header, vocabs: readonly Vocabulary[]): HeadingRole {
  const known = roles(header);
  let role = known.get(index);
  if (role === undefined) known.set(index, (role = roleOf(lines, index, header, vocabs)));
  return role;
}

/** The roles found so far for the headings of one document (its header stands for it). */
const roles = oncePer((_header: Header) => new Map<number, HeadingRole>());

function roleOf(lines: readonly Line[], index: number, header: Header, vocabs: readonly Vocabulary[]): HeadingRole {
  const line = lines[index] as Line;
  if (line.start.line === header.fields.title?.position.line) return 'frame';
  // A heading may start with an emoji or a mark (`## ✅ Action items`, `## 👥 Attendees`): the label is the words.
  const words = line.text.replace(LEADING_MARKS, '');
  const field = header.labels.get(index)?.field ?? (words !== line.text ? fieldOf(words, vocabs) : null);
  if ((field && SECTION_FIELDS.has(field)) || opensTaskHeading(words, vocabs, header.participants)) return 'section';
  if (field && !TOPIC_FIELDS.has(field)) return 'frame';
  if (header.consumed.has(index) && !field) return 'frame';
  // A heading that names the outcome of the meeting (`## Outcome`, `## Fazit`, `## Överenskommelser`) heads what was decided, a section like `## Decisions`.
  if (outcomeHeadings(vocabs).has(normalizeLabel(words))) return 'section';
  if (boilerplate(vocabs).has(normalizeLabel(words)) || namesAgenda(line, vocabs) || !/\p{L}{2}/u.test(line.text) || (dateOnlyShape(line.text) && cleanTitle(line.text, vocabs) === null)) return 'frame';
  return 'topic';
}

/** Emoji, symbols and marks before a heading's first word or number. */
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;

const outcomeHeadings = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.outcomeLabels)));

const boilerplate = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.boilerplate)));

/** Every topic heading of the document, at any level. */
export function topicHeadings(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): number[] {
  const out: number[] = [];
  lines.forEach((line, index) => {
    if (line.kind === 'heading' && line.quoteDepth === 0 && headingRole(lines, index, header, vocabs) === 'topic') out.push(index);
  });
  return out;
}

interface Node {
  index: number;
  depth: number;
  role: HeadingRole;
  children: Node[];
}

/**
 * The topics as the document's outline shows them: the topic headings that no other topic holds
 * (a frame such as the title or `## Minutes` lets its sub-headings through, a section hides
 * them). Where that leaves a single topic, its sub-headings are the topics. Per-person reports (most
 * headings a participant's name) are no agenda.
 */
export function headingItems(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  let level = outlineTop(outline(lines, header, vocabs));
  while (level.length === 1 && (level[0] as Node).children.length > 0) {
    const only = level[0] as Node;
    // The opening of the meeting stays an item of its own when the rest sits under it.
    const opening = TOPIC_FIELDS.has(header.labels.get(only.index)?.field ?? '');
    level = [...(opening ? [{ ...only, children: [] }] : []), ...outlineTop(only.children)];
  }
  if (level.length < 2) return [];
  const titles = level.map((node) => headingTitle(lines, node.index, header, vocabs));
  if (titles.filter((t) => resolvePerson(t, header.participants) !== null).length * 2 >= titles.length) return [];
  return level.flatMap((node, k) => {
    const item = { ...bodyItem(lines, node.index, null, titles[k] as string), to: sectionEnd(lines, node.index, level[k + 1]?.index) };
    return header.labels.get(node.index)?.field === 'start' ? [item, ...openingTopics(lines, item.from, item.to)] : [item];
  });
}

/**
 * The topics under the opening of the meeting when the headings are only its frame (`## Mötets
 * öppnande`, `## Övrigt`, `## Mötet avslutas`) and the business is a list of points with notes
 * under them: the points of that list, at least three, most holding notes.
 */
function openingTopics(lines: readonly Line[], from: number, to: number): AgendaDraft[] {
  const points: number[] = [];
  for (let j = from + 1; j < to; j++) {
    const line = lines[j] as Line;
    if (line.kind === 'heading') break;
    if (line.kind === 'listItem' && line.itemStart && line.listDepth === 1 && line.text !== '') points.push(j);
  }
  if (points.length < 3 || points.filter((j) => holdsNotes(lines, j)).length * 2 < points.length) return [];
  return points.map((j) => listItem(lines, j, null, cleanItemTitle((lines[j] as Line).text)));
}

/** A heading's title; the opening or closing of the meeting without its time (`Mötets öppnande 12:15`). */
function headingTitle(lines: readonly Line[], index: number, header: Header, vocabs: readonly Vocabulary[]): string {
  const title = cleanItemTitle((lines[index] as Line).text);
  return TOPIC_FIELDS.has(header.labels.get(index)?.field ?? '') ? (cleanTitle(title, vocabs) ?? title) : title;
}

/** The heading tree of the document. */
function outline(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'heading' || line.quoteDepth > 0) return;
    const node: Node = { index, depth: line.depth, role: headingRole(lines, index, header, vocabs), children: [] };
    while (stack.length > 0 && (stack[stack.length - 1] as Node).depth >= node.depth) stack.pop();
    (stack.length > 0 ? (stack[stack.length - 1] as Node).children : roots).push(node);
    stack.push(node);
  });
  return roots;
}

/** The topics among the nodes, looking through frames into their children. */
function outlineTop(nodes: readonly Node[]): Node[] {
  const out: Node[] = [];
  const walk = (list: readonly Node[]): void => {
    for (const node of list) {
      if (node.role === 'topic') out.push(node);
      else if (node.role === 'frame') walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/** Where a heading's section ends: at the next heading of its level or above, or at the next item. */
export function sectionEnd(lines: readonly Line[], index: number, next: number | undefined): number {
  const depth = (lines[index] as Line).depth;
  const limit = next ?? lines.length;
  for (let j = index + 1; j < limit; j++) {
    const line = lines[j] as Line;
    if (line.kind === 'heading' && line.depth <= depth && line.quoteDepth === 0) return j;
  }
  return limit;
}
