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

describe('the passive infinitive with its agent (`to be cut by ...`)', () => {
  const head = '# Elmford Village Hall Committee\n\nDate: 12 March 2026\n\nPresent: Rosa Penn, Tom Bright\n\n## 4. Maintenance\n\n';

  it('reads no task where another body is the doer: that is news', () => {
    expect(tasks(`${head}New parking rules to be introduced by the county from April.\n`)).toEqual([]);
    expect(tasks(`${head}Footpath signs to be replaced by the highways authority.\n`)).toEqual([]);
  });

  it('keeps the task where the doer is a participant or a role of the meeting, or the agent is a time', () => {
    expect(tasks(`${head}The verge is to be cut by Tom Bright before the fair.\n`)).toEqual([[['Tom Bright'], 'The verge is to be cut by Tom Bright before the fair.']]);
    expect(tasks(`${head}A letter to be sent by the secretary to the school.\n`)).toEqual([[[], 'A letter to be sent by the secretary to the school.']]);
    expect(tasks(`${head}The hedge is to be trimmed by the end of May.\n`)).toEqual([[[], 'The hedge is to be trimmed by the end of May.']]);
    expect(tasks(`${head}The boiler is to be serviced by Friday.\n`)).toEqual([[[], 'The boiler is to be serviced by Friday.']]);
  });
});
