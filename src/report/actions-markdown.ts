import { escapeMarkdown } from './escape-markdown.js';
import { groupByOwner } from './group-by-owner.js';
import type { ActionRecord } from './types.js';

/**
 * Format actions as a Markdown task list grouped by owner (see `groupByOwner`): a
 * `### Owner` heading (`### (unassigned)` last), then `- [ ] task (due YYYY-MM-DD) — date, path:line`
 * for each action (`- [x]` when done; no due part without a due date, no date without one).
 * Text from the minutes is put on one line and its Markdown punctuation escaped, so it cannot
 * end the item, start a heading, link, emphasis, HTML or a table.
 */
export function formatActionsMarkdown(records: readonly ActionRecord[]): string {
  return groupByOwner(records)
    .map((group) => {
      const heading = group.owner === null ? '(unassigned)' : escapeMarkdown(group.owner);
      return `### ${heading}\n\n${group.records.map(toItem).join('\n')}\n`;
    })
    .join('\n');
}

/** One task-list line. */
function toItem(record: ActionRecord): string {
  const box = record.status === 'done' ? '[x]' : '[ ]';
  const due = record.due === null ? '' : ` (due ${record.due.end})`;
  const place = `${escapeMarkdown(record.path)}:${record.position.line}`;
  const source = record.meeting.date === null ? place : `${record.meeting.date}, ${place}`;
  return `- ${box} ${escapeMarkdown(record.text)}${due} — ${source}`;
}
