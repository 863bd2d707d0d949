import { onLine } from '../places.js';
import { findPersonalData, type PersonalKind } from '../personal/find-personal-data.js';
import type { Rule } from '../rule.js';
import { say, type MessageId } from '../../messages/index.js';

/** The message for each kind of personal data, which names it. */
const MESSAGES = {
  'fi-identity-code': 'rule.personal-data.fi-identity-code',
  'se-personal-number': 'rule.personal-data.se-personal-number',
  iban: 'rule.personal-data.iban',
  phone: 'rule.personal-data.phone',
  email: 'rule.personal-data.email',
} as const satisfies Record<PersonalKind, MessageId>;

/** Contact details are worth a look; identity codes and bank accounts are worth a warning. */
const CONTACT = new Set<PersonalKind>(['phone', 'email']);

/**
 * `personal-data`: personal data in minutes that may be published. Identity codes (checked),
 * Swedish personal numbers (Luhn) and IBANs (mod 97) at the rule's severity, `warn` by default;
 * phone numbers and e-mail addresses of people as `info` unless the rule's severity is configured.
 * The message shows the data masked, never whole.
 */
export const personalData: Rule = {
  id: 'personal-data',
  severity: 'warn',
  description: 'Personal data in minutes to be published: Finnish identity codes, Swedish personal numbers, IBANs (warn); phone numbers and e-mail addresses of people (info).',
  example: '`Jäsen Anna Virtanen (131052-308T)`',
  check(context) {
    context.lines.forEach((line, index) => {
      for (const finding of findPersonalData(line)) {
        const { start, end } = onLine(index + 1, finding.from, finding.to);
        const reason = say(context.locale, MESSAGES[finding.kind], { masked: finding.masked });
        context.report(reason, start, end, CONTACT.has(finding.kind) ? 'info' : undefined);
      }
    });
  },
};
