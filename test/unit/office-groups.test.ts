import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const people = (line: string) =>
  parseMinutes(`# Board meeting\n\nMarch 3, 2025\n\n${line}\n\n## 1. Opening\n\nText.\n`).participants.map((p) => [p.name, p.organization, p.roles]);

describe('attendance in groups under plural offices', () => {
  it('gives each name of a group the office of its plural, the groups parted by semicolons', () => {
    expect(people('Present: Trustees Hall, Ortiz, Kemp and Walsh; Director Moore')).toEqual([
      ['Hall', null, ['director']],
      ['Ortiz', null, ['director']],
      ['Kemp', null, ['director']],
      ['Walsh', null, ['director']],
      ['Moore', null, ['director']],
    ]);
  });

  it('reads full names under an office plural and an office of one after it', () => {
    expect(people('Present: Directors Rita Hall, Omar Ortiz and Kay Kemp; Treasurer Will Walsh')).toEqual([
      ['Rita Hall', null, ['director']],
      ['Omar Ortiz', null, ['director']],
      ['Kay Kemp', null, ['director']],
      ['Will Walsh', null, ['treasurer']],
    ]);
  });

  it('reads a group under a word of attendance beside people with their details', () => {
    expect(people('Present: Rita Hall, Chair; Omar Ortiz, Acme; Guests Kay Kemp')).toEqual([
      ['Rita Hall', null, ['chair']],
      ['Omar Ortiz', 'Acme', []],
      ['Kay Kemp', null, []],
    ]);
  });

  it('leaves a list parted by semicolons with no group word as it was read', () => {
    expect(people('Present: Rita Hall, Chair; Omar Ortiz, Acme')).toEqual([
      ['Rita Hall', null, ['chair']],
      ['Omar Ortiz', 'Acme', []],
    ]);
  });
});

describe('the treasurer of a Finnish association', () => {
  it('reads rahastonhoitaja beside a name as the role, and gives the task of the role to its holder', () => {
    const m = parseMinutes('# Hallituksen kokous\n\n5.3.2024\n\nLäsnä: Aino Kallio (pj), Eero Salo (rahastonhoitaja), Ilona Nurmi (sihteeri)\n\n## 1. Talous\n\nRahastonhoitaja maksaa salivuokran.\n');
    expect(m.participants.map((p) => [p.name, p.organization, p.roles])).toEqual([
      ['Aino Kallio', null, ['chair']],
      ['Eero Salo', null, ['treasurer']],
      ['Ilona Nurmi', null, ['secretary']],
    ]);
    expect(m.actions.map((a) => a.owners)).toEqual([['Eero Salo']]);
  });
});
