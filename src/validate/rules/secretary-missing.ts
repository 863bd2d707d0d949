import { checkRole } from '../role-missing.js';
import type { Rule } from '../rule.js';

/** `secretary-missing`: participants are listed but nobody took the minutes. */
export const secretaryMissing: Rule = {
  id: 'secretary-missing',
  severity: 'warn',
  description: 'Participants are listed but nobody is marked as secretary (checked only when participants are listed).',
  example: '`Läsnä: Anna Virtanen (pj.), Mikko Laine`',
  check(context) {
    checkRole(context, 'secretary', 'rule.secretary-missing');
  },
};
