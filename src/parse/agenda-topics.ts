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
