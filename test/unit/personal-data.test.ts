import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/validate/personal/find-personal-data.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { formatMessageLine } from '../../src/validate/message-line.js';
import { rules } from '../../src/validate/rules/index.js';
import { validateMeeting } from '../../src/validate/validate-meeting.js';

const kinds = (line: string) => findPersonalData(line).map((f) => [f.kind, line.slice(f.from, f.to), f.masked]);

describe('findPersonalData', () => {
  it('finds Finnish identity codes whose check character holds, in every century', () => {
    expect(kinds('Jäsen (131052-308T), väärä 131052-308U, uusi 010101A123N')).toEqual([
      ['fi-identity-code', '131052-308T', '131052-****'],
      ['fi-identity-code', '010101A123N', '010101A****'],
    ]);
    expect(kinds('311352-308T 300252-308T')).toEqual([]);
  });

  it('finds Swedish personal numbers by Luhn, with a sign or all twelve digits', () => {
    expect(kinds('Medlem 811218-9876, 19811218-9876, fel 811218-9875, utan tecken 8112189876')).toEqual([
      ['se-personal-number', '811218-9876', '811218-****'],
      ['se-personal-number', '19811218-9876', '19811218-****'],
    ]);
  });

  it('finds IBANs whose mod-97 check holds, grouped or not', () => {
    expect(kinds('Tili FI21 1234 5600 0007 85, GB82WEST12345698765432, väärä FI21 1234 5600 0007 86')).toEqual([
      ['iban', 'FI21 1234 5600 0007 85', 'FI21 **************'],
      ['iban', 'GB82WEST12345698765432', 'GB82 ******************'],
    ]);
  });

  it('finds phone numbers but not dates, times, versions or amounts', () => {
    expect(kinds('Puh. +358 40 123 4567 tai 040-123 4567')).toEqual([
      ['phone', '+358 40 123 4567', '+358 ** *** ****'],
      ['phone', '040-123 4567', '040-*** ****'],
    ]);
    expect(kinds('Kokous 2019-11-08 klo 10.00–15.00, 3/17/2017, 1 000 000 €, versio 2.0.1, ISBN 978-951-0-12345-6')).toEqual([]);
  });

  it("finds people's e-mail addresses, not an organisation's mailbox or a handle", () => {
    expect(kinds('anna.virtanen@example.fi, info@yhdistys.fi, @handle, a@b')).toEqual([['email', 'anna.virtanen@example.fi', 'a***@example.fi']]);
  });

  it('stays linear on a long line of digits and at signs', () => {
    expect(findPersonalData(`${'1'.repeat(200_000)}-${'@a.'.repeat(100_000)}`)).toEqual([]);
  });
});

describe('personal-data rule', () => {
  const text = '# Hallitus\n\nAika: 5.3.2024\n\nUusi jäsen Anna Virtanen (131052-308T), puh. 040-123 4567.\n';
  const run = (severities: Record<string, 'error' | 'warn' | 'info' | 'off'> = {}) => {
    const rule = rules.find((r) => r.id === 'personal-data');
    if (!rule) throw new Error('no personal-data rule');
    return validateMeeting({ path: 'm.md', text, meeting: parseMinutes(text) }, { rules: [rule], severities }).map(formatMessageLine);
  };

  it('warns of an identity code and notes a phone number, each at its exact columns, masked', () => {
    expect(run()).toEqual([
      'm.md:5:27-5:38: warn personal-data Unexpected Finnish personal identity code `131052-****`, expected no personal data in minutes to be published',
      'm.md:5:46-5:58: info personal-data Unexpected phone number `040-*** ****`, expected no personal data in minutes to be published',
    ]);
    expect(run().join('\n')).not.toContain('308T');
  });

  it('takes a configured severity for every finding, and off turns it off', () => {
    expect(run({ 'personal-data': 'error' }).map((line) => line.split(' ')[1])).toEqual(['error', 'error']);
    expect(run({ 'personal-data': 'off' })).toEqual([]);
  });
});
