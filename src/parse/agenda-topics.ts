import { bodyItem, cleanItemTitle, closeRanges, type AgendaDraft } from './agenda-draft.js';
import type { Line } from './types.js';

/**
 * A topic set in a chat log: MeetBot's `#topic Budget` and the W3C scribe's `Topic: Budget`,
 * after an optional time stamp and speaker (`[14:02] <alice> #topic Budget`).
 */
const TOPIC_LINE = /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s{1,8})?(?:<[^<>\s]{1,40}>\s{1,8}|[\w.-]{1,40}:\s{1,8})?(?:#topic\s|topic:)\s*(\S.{0,199})$/iu;

/**
 * The topics of IRC minutes (MeetBot `#topic`, W3C scribes' `Topic:`): each line that sets one
 * starts an item that runs to the next. Empty unless two topics are set.
 */
export function chatTopics(lines: readonly Line[]): AgendaDraft[] {
  const found: AgendaDraft[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'paragraph' && line.kind !== 'code') return;
    const match = TOPIC_LINE.exec(line.text);
    const title = cleanItemTitle(match?.[1] ?? '');
    if (title !== '' && /\p{L}{2}/u.test(title)) found.push(bodyItem(lines, index, null, title));
  });
  return found.length >= 2 ? closeRanges(found, lines.length) : [];
}

/**
 * The stamp MeetBot closes each line of its summary with: who wrote it and when (`(dgilmore,
 * 16:31:30)`). Nick without blanks or brackets, a comma, the time; nothing after it.
 */
const BOT_STAMP = /\(\s?[^\s(),]{1,40},\s{1,4}\d{1,2}:\d{2}(?::\d{2})?\s?\)$/u;

/** A line of the summary that logs a note under a topic (`ACTION: ...`, `LINK: ...`, `AGREED: ...`): in capitals before a colon. */
const NOTE_KIND = /^[A-Z]{2,12}:/u;

/**
 * The topics of a MeetBot summary written out as text (`Meeting summary` / `* Budget  (alice,
 * 14:02:11)` / `  * AGREED: ...  (bob, 14:05:40)`): the list entries of the outer level that end in
 * the bot's stamp and log no note of their own, each an item, its stamp left out. An entry the bot
 * wrapped goes on in the lines of its list item. Empty unless two topics are so written.
 */
export function summaryTopics(lines: readonly Line[]): AgendaDraft[] {
  const found: AgendaDraft[] = [];
  const outer = lines.reduce((least, l) => (l.kind === 'listItem' ? Math.min(least, l.listDepth) : least), Infinity);
  lines.forEach((line, index) => {
    if (line.kind !== 'listItem' || !line.itemStart || line.listDepth !== outer) return;
    const parts = [line.text];
    for (let j = index + 1; j < lines.length && (lines[j] as Line).block === line.block && !(lines[j] as Line).itemStart; j++) parts.push((lines[j] as Line).text);
    const text = parts.join(' ').trim();
    const stamp = BOT_STAMP.exec(text);
    if (stamp === null || NOTE_KIND.test(text)) return;
    const title = cleanItemTitle(text.slice(0, stamp.index));
    if (/\p{L}{2}/u.test(title)) found.push(bodyItem(lines, index, null, title));
  });
  return found.length >= 2 ? closeRanges(found, lines.length) : [];
}
