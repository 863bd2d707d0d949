import type { DecisionRecord } from './decision-record.js';
import { escapeMarkdown } from './escape-markdown.js';
import { groupByMeeting, type MeetingGroup } from './group-by-meeting.js';

/**
 * Format decisions as a Markdown register grouped by meeting (see `groupByMeeting`), ready to
 * paste into a wiki: a `## 2019-11-08 — Title` heading for each meeting (no date part without a
 * date, `(untitled meeting)` without a title), then one list item a decision:
 * `- **§ 2 Item title:** decision — [path:line](path#Lline)` (no item part outside a numbered
 * item). Text from the minutes is put on one line and its Markdown punctuation escaped; the link
 * target has each path segment percent-encoded, so no file name can break out of it.
 */
export function formatDecisionsMarkdown(records: readonly DecisionRecord[]): string {
  return groupByMeeting(records)
    .map((group) => `## ${heading(group)}\n\n${group.records.map(toItem).join('\n')}\n`)
    .join('\n');
}

function heading({ meeting }: MeetingGroup): string {
  const title = meeting.title === null ? '(untitled meeting)' : escapeMarkdown(meeting.title);
  return meeting.date === null ? title : `${meeting.date} — ${title}`;
}

/** One list item: the agenda item in bold, the decision, and a link to its line. */
function toItem(record: DecisionRecord): string {
  const item = record.item === null ? '' : `**§ ${escapeMarkdown([record.item, record.itemTitle].filter((part) => part !== null).join(' '))}:** `;
  const line = record.position.line;
  const link = `[${escapeMarkdown(`${record.path}:${line}`)}](${linkTarget(record.path)}#L${line})`;
  return `- ${item}${escapeMarkdown(record.text)} — ${link}`;
}

/** A half of a surrogate pair without its other half, which `encodeURIComponent` refuses. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A path as a link target: each segment percent-encoded (spaces, parentheses, `#` and the like), the slashes kept. */
function linkTarget(path: string): string {
  return path
    .replace(loneSurrogate, '\uFFFD')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
}
