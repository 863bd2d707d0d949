import type { ActionRecord, ValidationMessage } from '../../src/report/types.js';

/** A small open action from `minutes/2025-03-03.md`, with fields replaced by `overrides`. */
export function actionRecord(overrides: Partial<ActionRecord> = {}): ActionRecord {
  return {
    id: 'a1',
    item: '3',
    owners: ['Anna Virtanen'],
    text: 'Send the budget draft to the board',
    due: { text: 'by Friday', start: '2025-03-07', end: '2025-03-07' },
    status: 'open',
    position: { line: 14, column: 3 },
    path: 'minutes/2025-03-03.md',
    meeting: { date: '2025-03-03', title: 'Board meeting' },
    itemTitle: 'Budget',
    history: [],
    overdue: false,
    ...overrides,
  };
}

/** A small validation error in `minutes/a.md`, with fields replaced by `overrides`. */
export function validationMessage(overrides: Partial<ValidationMessage> = {}): ValidationMessage {
  return {
    path: 'minutes/a.md',
    ruleId: 'date-missing',
    severity: 'error',
    message: 'Unexpected missing date, expected a meeting date',
    start: { line: 3, column: 1 },
    end: { line: 3, column: 11 },
    ...overrides,
  };
}
