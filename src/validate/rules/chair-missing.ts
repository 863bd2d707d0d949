import { checkRole } from '../role-missing.js';
import type { Rule } from '../rule.js';

/** `chair-missing`: participants are listed but none of them chaired. */
export const chairMissing: Rule = {
  id: 'chair-missing',
  severity: 'warn',
  description: 'Participants are listed but nobody is marked as chair (checked only when participants are listed).',
  example: '`Present: Anna Virtanen, Mikko Laine (secretary)`',
  check(context) {
    checkRole(context, 'chair', 'rule.chair-missing');
  },
};
