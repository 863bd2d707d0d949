import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Topics written without numbers or headings: bold lead-ins of paragraphs, and a list of points with notes beside a list of tasks. */

const titles = (text: string) => parseMinutes(text).agenda.map((a) => a.title);

describe('paragraphs that open with a bold label', () => {
  const text = [
    '# Allotment Society committee',
    '',
    'Present: Rosa Marsh, Ken Abbot, Priya Lal',
    '',
    '**Water supply:** The standpipe on the east side leaks again. Ken will call the plumber.',
    '',
    '**Plot inspections.** Six plots were found untidy; letters go out next week.',
    '',
    '**Shed**: The roof felt was replaced in March.',
    '',
    '**Any other business:** None.',
    '',
  ].join('\n');

  it('makes each label a topic, whether a colon or a full stop closes it', () => {
    expect(titles(text)).toEqual(['Water supply', 'Plot inspections', 'Shed', 'Any other business']);
  });

  it('takes no speaker and no label of a section for a topic', () => {
    const talk = '# Sync\n\nPresent: Rosa Marsh, Ken Abbot\n\n**Rosa:** The build is green.\n\n**Ken:** I will cut the release.\n\n**Rosa:** Thanks.\n\n**Action items:** Ken cuts the release.\n';
    expect(titles(talk)).toEqual([]);
  });

  it('needs three such paragraphs: one or two bold lead-ins are emphasis', () => {
    expect(titles('# Sync\n\nPresent: Rosa Marsh, Ken Abbot\n\n**Note:** the room changed.\n\nWe talked about the build.\n')).toEqual([]);
  });
});

describe('a list of topics with notes before a longer list of tasks', () => {
  it('takes the topics, though the list of tasks is longer', () => {
    const text = [
      '# Product weekly',
      '',
      'Attendees: Rosa Marsh, Ken Abbot',
      '',
      '* Onboarding',
      '  * Drop-off at step two is down to 30 %.',
      '* Billing',
      '  * Invoices go out on the 1st from now on.',
      '* Hiring',
      '  * Two interviews this week.',
      '',
      'Action items',
      '',
      '- [ ] Rosa to write up the onboarding numbers for the newsletter',
      '- [ ] Ken to move the invoice job to the first of the month',
      '- [ ] Rosa to book the interview room for Thursday afternoon',
      '- [ ] Ken to send the offer letter template to legal',
      '',
    ].join('\n');
    expect(titles(text)).toEqual(['Onboarding', 'Billing', 'Hiring']);
  });
});
