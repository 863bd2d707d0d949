import type { AgendaItem } from '../../model/agenda-item.js';
import { spanOf } from '../places.js';
import type { Rule, RuleContext } from '../rule.js';
import { say } from '../../messages/index.js';

/** `agenda-numbering`: agenda numbers with a gap, a repeat or a step back (1, 2, 4). */
export const agendaNumbering: Rule = {
  id: 'agenda-numbering',
  severity: 'warn',
  description: 'Numbered agenda items that skip a number, repeat one or go back; the first number may be any (`§ 45`).',
  example: '`1. Opening`, `2. Budget`, `4. Closing`',
  check(context) {
    const numbered = context.meeting.agenda.filter((item) => item.number !== null && /^\d+$/.test(item.number));
    if (isLazyList(numbered)) return;
    const seen = new Set<number>();
    let highest: number | null = null;
    for (const item of numbered) {
      const number = Number(item.number);
      if (highest !== null) {
        const expected = highest + 1;
        if (seen.has(number)) report(context, item, say(context.locale, 'rule.agenda-numbering.repeated', { number, expected }));
        else if (number < highest) report(context, item, say(context.locale, 'rule.agenda-numbering.back', { number, previous: highest, expected }));
        else if (number > expected) report(context, item, say(context.locale, 'rule.agenda-numbering.gap', { number, expected }));
      }
      seen.add(number);
      highest = highest === null ? number : Math.max(highest, number);
    }
  },
};

/** A Markdown list numbered `1.`, `1.`, `1.` (it renders as 1, 2, 3): not a mistake. */
function isLazyList(items: readonly AgendaItem[]): boolean {
  return items.length > 1 && items.every((item) => item.end === undefined && item.number === items[0]?.number);
}

function report(context: RuleContext, item: AgendaItem, reason: string): void {
  const { start, end } = spanOf(context.lines, item.position);
  context.report(reason, start, end);
}
