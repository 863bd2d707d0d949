import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { readPeople } from '../../src/parse/read-people.js';
import { vocabularies } from '../../src/lang/index.js';

const council = (body: string) =>
  parseMinutes(`Minutes of the Village Council meeting held on 4 March 2025\n\nPresent: Cllr Ann Lee (Chair), Cllr Bo Chan\nIn attendance: Dan Fox (Clerk)\n\n1. Footpaths\n\n${body}\n`);
const tasks = (body: string) => council(body).actions.map((a) => ({ owners: a.owners, status: a.status }));

describe('an office in reported speech (`the Clerk would ...`)', () => {
  it('is the task of the one who holds the office, as a participant named so is', () => {
    expect(tasks('The Clerk would write to the highways department.')).toEqual([{ owners: ['Dan Fox'], status: 'open' }]);
    expect(tasks('The Chairman would ask the vicar about the hall.')).toEqual([{ owners: ['Ann Lee'], status: 'open' }]);
  });

  it('tells no deed before a state, a wish or a need', () => {
    expect(tasks('The Clerk would be away in May.')).toEqual([]);
    expect(tasks('The Clerk would like to thank the members for their help.')).toEqual([]);
    expect(tasks('The Treasurer would need more time for the accounts.')).toEqual([]);
  });

  it('is read in a that-clause after a verb of deciding, with or without `that`', () => {
    expect(tasks('It was agreed that the Clerk will order a new bench.')).toEqual([{ owners: ['Dan Fox'], status: 'open' }]);
    expect(tasks('It was agreed the Clerk would obtain three quotes for the fence.')).toEqual([{ owners: ['Dan Fox'], status: 'open' }]);
  });

  it('is done still where a short phrase of resolving tells it done (`resolved to everyone’s satisfaction`)', () => {
    expect(tasks("- Bo to fix the gate latch – resolved to everyone's satisfaction.")).toEqual([{ owners: ['Bo Chan'], status: 'done' }]);
  });

  it('stays open where the sentence opens with the body resolving it', () => {
    expect(tasks('It was resolved the Chair would write to the bus company.')).toEqual([{ owners: ['Ann Lee'], status: 'open' }]);
    expect(tasks('The Clerk would close the account.')).toEqual([{ owners: ['Dan Fox'], status: 'open' }]);
  });

  it('is no task in a clause of telling or asking, an election, a condition or a decision not taken', () => {
    expect(tasks('It was reported that the Treasurer will retire at the annual meeting.')).toEqual([]);
    expect(tasks('The Chair confirmed that the Clerk will retire in December.')).toEqual([]);
    expect(tasks('Cllr Chan was elected Chair to hold office until May.')).toEqual([]);
    expect(tasks('If the grant is refused, the Clerk would apply again in the autumn.')).toEqual([]);
    expect(tasks('It was not agreed the Clerk would write to the police.')).toEqual([]);
  });

  it('is no task in another language either after a verb of telling (`berättade att`, `meldt dat`, `teilt mit, dass`, `kertoi, että`)', () => {
    const told = (line: string, present: string) =>
      parseMinutes(`# Protokoll 4.3.2025\n\n${present}\n\n## 1. Ärenden\n\n- ${line}\n`).actions;
    expect(told('Anna berättade att kassören slutar i maj.', 'Närvarande: Anna Berg, Sara Lind (kassör)')).toEqual([]);
    expect(told('Pieter meldt dat de penningmeester verhuist.', 'Aanwezig: Pieter Bos, Kim Vos (penningmeester)')).toEqual([]);
    expect(told('Karin teilt mit, dass die Schriftführerin umzieht.', 'Anwesend: Karin Ott, Lena Roth (Schriftführerin)')).toEqual([]);
    expect(told('Aino kertoi, että sihteeri muuttaa kesällä.', 'Läsnä: Aino Aalto, Eero Ek (sihteeri)')).toEqual([]);
  });

  it('leaves a thing that would happen no task', () => {
    expect(tasks('It was agreed the footpath would be cleared in spring.')).toEqual([]);
    expect(tasks('The Clerk said the cost would rise next year.')).toEqual([]);
  });
});

describe('an office before a name in a list of people', () => {
  const en = [vocabularies.en];
  const people = (text: string, vocabs = en) => readPeople(text, false, vocabs).map((p) => [p.name, p.roles]);

  it('is the title of the name after it after `and` in English (`and Clerk Liz Atkinson`)', () => {
    expect(people('Cllr Ann Lee and Clerk Dan Fox')).toEqual([['Ann Lee', []], ['Dan Fox', ['secretary']]]);
    expect(people('Ann Lee, Cy Dee & Treasurer Bo Chan')).toEqual([['Ann Lee', []], ['Cy Dee', []], ['Bo Chan', ['treasurer']]]);
  });

  it('stays the office of the name before it after a comma or in lower case, as a line run on into the next sets it', () => {
    expect(people('Ann Lee, Chair Bo Chan')).toEqual([['Ann Lee', ['chair']], ['Bo Chan', []]]);
    expect(people('Ann Lee and chair Bo Chan')).toEqual([['Ann Lee', ['chair']], ['Bo Chan', []]]);
    expect(people('Aino Aalto, Puheenjohtaja Eero Ek', [vocabularies.fi])).toEqual([['Aino Aalto', ['chair']], ['Eero Ek', []]]);
  });
});
