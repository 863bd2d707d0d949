import { onLine } from '../places.js';
import { findPersonalData, type PersonalKind } from '../personal/find-personal-data.js';
import type { Rule } from '../rule.js';

const NAMES: Record<PersonalKind, string> = {
  'fi-identity-code': 'Finnish personal identity code',
  'se-personal-number': 'Swedish personal number',
  iban: 'IBAN',
  phone: 'phone number',
  email: 'e-mail address',
};

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
        const reason = `Unexpected ${NAMES[finding.kind]} \`${finding.masked}\`, expected no personal data in minutes to be published`;
        context.report(reason, start, end, CONTACT.has(finding.kind) ? 'info' : undefined);
      }
    });
  },
};
