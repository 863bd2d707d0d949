import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Actions of unseen minutes (act5): the British passive infinitive of a task nobody is named for.
// Pinned with minutes of our own.

const tasks = (text: string) => parseMinutes(text).actions.map((a) => [a.owners, a.text]);

describe('the passive infinitive of a task nobody is named for (`Letter to be sent`)', () => {
  const head = '# Elmford Village Hall Committee\n\nPresent: Rosa Penn, Tom Bright\n\n## 4. Maintenance\n\n';

  it('reads a subject and a passive infinitive of a deed as a task with no owner', () => {
    expect(tasks(`${head}A letter to be sent to the brewery about the cellar door.\n`)).toEqual([[[], 'A letter to be sent to the brewery about the cellar door.']]);
    expect(tasks(`${head}Quotes for the new boiler to be obtained.\n`)).toEqual([[[], 'Quotes for the new boiler to be obtained.']]);
    expect(tasks(`${head}The stage curtains are to be cleaned before the pantomime.\n`)).toEqual([[[], 'The stage curtains are to be cleaned before the pantomime.']]);
  });

  it('reads no task from a need, a rule, news awaited, a described noun or a state', () => {
    expect(tasks(`${head}The gutters need to be cleared one day.\n`)).toEqual([]);
    expect(tasks(`${head}The insurer requires the wiring to be tested.\n`)).toEqual([]);
    expect(tasks(`${head}Date of the quiz night to be confirmed.\n`)).toEqual([]);
    expect(tasks(`${head}The draft plan, to be approved in May, was read out.\n`)).toEqual([]);
    expect(tasks(`${head}The fete is nearly ready with only one stall to be booked.\n`)).toEqual([]);
    expect(tasks(`${head}Meetings to be fully open to residents.\n`)).toEqual([]);
  });
});

describe('the passive infinitive with a deadline (`by the end of May`)', () => {
  const head = '# Elmford Village Hall Committee\n\nDate: 12 March 2026\n\nPresent: Rosa Penn, Tom Bright\n\n## 4. Maintenance\n\n';

  it('reads English May after a word leading to a month as the deadline of the task', () => {
    expect(parseMinutes(`${head}The hedge is to be trimmed by the end of May.\n`).actions.map((a) => [a.text, a.due?.text])).toEqual([['The hedge is to be trimmed by the end of May.', 'by the end of May']]);
  });
});
