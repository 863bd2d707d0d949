import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** A column of names under the title, no label before it: the attendance of minutes that open with it. */

const people = (text: string) => parseMinutes(text).participants.map((p) => ({ name: p.name, roles: p.roles }));

describe('a column of names under the title', () => {
  it('reads one person a line where an office marks one of them', () => {
    const text = 'Steering Meeting\n12.06.2025\n\nAnna Berg\nTom Keller\nRita Moss\nPaul Hart (minutes)\n\n\n1. Roadmap\nWe agreed on the plan.\n';
    expect(people(text)).toEqual([
      { name: 'Anna Berg', roles: [] },
      { name: 'Tom Keller', roles: [] },
      { name: 'Rita Moss', roles: [] },
      { name: 'Paul Hart', roles: ['secretary'] },
    ]);
  });

  it('reads councillors by their courtesy titles under the sentence of record, up to the next label', () => {
    const text = 'Minutes of the Meeting of Oakby Parish Council held on Wednesday 4th June 2025 at the Village Hall.\n\nCllr Mr A Reed (Chair)\n\nCllr Mrs B Stone\n\nCllr Ms C Hale\n\nIn Attendance:\n\nOne member of the public\n\n25.01 To receive apologies for absence\n\nNone.\n';
    const names = people(text).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['A Reed', 'B Stone', 'C Hale']));
    expect(people(text).find((p) => p.name === 'A Reed')?.roles).toContain('chair');
  });

  it('reads lines of two people and more, a given name and a surname each', () => {
    const text = 'Minutes of Meeting\nHeld on Monday 2nd June 2025\nAnna Berg Tom Keller Rita Moss Paul Hart\nEva Lund Sam Price\n1. Apologies\nApologies from Lee Dunn\n';
    expect(people(text).map((p) => p.name)).toEqual(expect.arrayContaining(['Anna Berg', 'Tom Keller', 'Rita Moss', 'Paul Hart', 'Eva Lund', 'Sam Price']));
  });

  it('reads no column of topics, which no office or title marks', () => {
    const text = 'Weekly Sync\n2025-06-03\n\nBudget Review\nHiring Plan\nWebsite Update\n\nWe went through the numbers.\n';
    expect(people(text)).toEqual([]);
  });

  it('reads no lines of topics in pairs of capitalised words whose words the minutes also write in lower case', () => {
    const text = 'Meeting of the Elmford Village Hall Committee\nHeld on Monday 2nd June 2025\nSummer Fair Car Park\nVillage Hall Bus Shelter\n\nThe fair will need more parking this year and the shelter by the hall needs a new bus timetable.\n';
    expect(people(text)).toEqual([]);
    const names = 'Meeting of the Elmford Village Hall Committee\nHeld on Monday 2nd March 2026\nAnna Berg Will Carter Rita Moss\nEva Lund Sam Price\n\nThe committee will meet again in April; the price of oil has gone up.\n';
    expect(people(names).map((p) => p.name)).toEqual(['Anna Berg', 'Will Carter', 'Rita Moss', 'Eva Lund', 'Sam Price']);
  });

  it('reads no column of fewer than three names, nor one below a heading', () => {
    expect(people('Board Meeting\n\nAnna Berg (Chair)\nTom Keller\n\nWe met.\n')).toEqual([]);
    expect(people('# Board Meeting\n\n## Budget\n\nAnna Berg (Chair)\nTom Keller\nRita Moss\n\nWe met.\n')).toEqual([]);
  });
});

describe('a column of names in the body', () => {
  it('is no attendance below a paragraph of text: a board elected, a list of whom it speaks', () => {
    const text = 'Kokouksessa käsiteltiin sääntömääräiset asiat. Puheenjohtajaksi valittiin Aino Aalto ja sihteeriksi Pekka Berg, jotka hoitivat tehtävänsä koko kokouksen ajan ilman muutoksia.\n\nValittiin hallituksen jäsenet erovuoroisten tilalle ja todettiin hallituksessa jatkavat henkilöt. Hallituksen kokoonpano on\n\nAino Aalto (pj)\n\nLiisa Salo\n\nMatti Koski\n\nKokous päätettiin.\n';
    expect(people(text).map((p) => p.name)).not.toContain('Liisa Salo');
  });
});
