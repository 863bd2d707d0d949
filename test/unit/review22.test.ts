import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Review of the rules of session 22: each rule's false reading on ordinary minutes, written for the test. */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const tasks = (text: string) => parseMinutes(text).actions.map((a) => a.text);

describe('an English resolution opens with `That` only before its subject, never as the pronoun', () => {
  it('keeps the decision when the next entry opens with the pronoun `That`', () => {
    const text = '# Hall committee\n\nPresent: Ann Reed, Bob Stone\n\n## 4. Boiler\n\n- The committee agreed to replace the boiler in May\n- That is the second boiler in ten years\n';
    expect(decisions(text)).toEqual(['The committee agreed to replace the boiler in May']);
  });

  it('reads `That the ...` after a motion as its wording, and `That ended ...` as none', () => {
    const text = '# Parish council\n\nPresent: Cllr Reed, Cllr Stone\n\n## 5. Grants\n\nProposed by Cllr Reed, seconded by Cllr Stone and carried.\nThat the council grant 200 pounds to the youth club.\n';
    expect(decisions(text).join(' ')).toContain('That the council grant 200 pounds');
    const pronoun = '# Parish council\n\nPresent: Cllr Reed, Cllr Stone\n\n## 5. Grants\n\nProposed by Cllr Reed, seconded by Cllr Stone and carried.\nThat ended the business of the evening for all present.\n';
    expect(decisions(pronoun).join(' ')).not.toContain('That ended');
  });
});

describe('a title closed by a year and a stop', () => {
  it('ends at the stop after a year, and goes on after an ordinal', () => {
    expect(parseMinutes('Minutes of the Elm Street Chess Club AGM 2031. The chair welcomed everyone.\n').title).toBe('Elm Street Chess Club AGM 2031');
  });
});

describe('a reference number in the title is no date against the date the text writes', () => {
  it('keeps the date of the text', () => {
    const text = '# Town Council Minutes – Planning Application 230145\n\nThe meeting was held on Tuesday 11 March 2031 at 7 pm in the hall.\n\nPresent: Cllr Reed, Cllr Stone\n';
    expect(parseMinutes(text).date).toBe('2031-03-11');
  });
});

describe('the English passive infinitive is no task where it reports news or describes an application', () => {
  it('leaves told news and planning applications alone, and keeps the plain task', () => {
    const text =
      '# Village hall committee\n\nPresent: Ann Reed, Bob Stone\n\n## 3. Matters\n\nThe library is to be closed in June, the treasurer reported.\n\n' +
      'Application for a barn to be converted into a dwelling at Rye Lane.\n\nNew bins to be ordered for the car park.\n';
    expect(tasks(text)).toEqual(['New bins to be ordered for the car park.']);
  });
});

describe('a column of names under the title is read only where nothing else told who attended', () => {
  it('takes no letterhead for attendees when a label lists them', () => {
    const text = 'Elmford Parish Council\nMrs Jo Hale (Clerk)\nIvy Cottage\nRye Lane\nElmford\n\nMinutes of the meeting held on 3 March 2031.\n\nPresent: Cllr Ann Reed (Chair), Cllr Bob Stone\n\n1. Apologies\n\nNone.\n';
    const names = parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name);
    expect(names).not.toContain('Ivy Cottage');
    expect(names).not.toContain('Rye Lane');
  });
});

describe('a Swedish relative clause of deciding records no meeting', () => {
  it('reads the clause that closes a sentence', () => {
    const text = '# Styrelsemöte\n\nNärvarande: Eva Ek, Per Lund\n\n## 2. Protokoll\n\nGenomgång av föregående protokoll som godkändes.\n';
    expect(decisions(text)).toHaveLength(1);
  });
});

describe('minutes numbered with the year after a stop, against a programme of hours', () => {
  it('takes hours in a year ending 15 for times, not minutes', () => {
    const text = 'Away day of the Elmford trustees, 14 March 2015\n\n09.15 Arrival\n\nCoffee.\n\n10.15 Strategy session\n\nNotes.\n\n11.15 Budget\n\nNotes.\n\n12.15 Lunch\n\nSoup.\n';
    expect(parseMinutes(text).agenda.map((a) => a.number)).not.toContain('10.15');
  });
});
