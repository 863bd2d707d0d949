import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// A full name, a colon and the person's office in a list of those present. Invented minutes.

const people = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles]);
const holder = (text: string, role: string) => parseMinutes(text).participants.find((p) => p.roles.includes(role))?.name ?? null;

describe('a name, a colon and the office', () => {
  it('reads each person of a list on one line, the office in parentheses too', () => {
    expect(people('Council Minutes 9 February 2025\n\nIn Attendance: Petra Quill: Guild President (Chair), Dev Oakes: Welfare Officer, Ines Marr: Treasurer\n\n1. Budget\nAdopted.\n').map(([name]) => name)).toEqual(['Petra Quill', 'Dev Oakes', 'Ines Marr']);
    expect(holder('Council Minutes 9 February 2025\n\nIn Attendance: Petra Quill: Guild President (Chair), Dev Oakes: Welfare Officer\n', 'chair')).toBe('Petra Quill');
  });

  it('reads a person a bullet under the label, in a plain-text file', () => {
    const bullets = 'Kort verslag bestuursvergadering 9 februari 2025\n\nAanwezig:\n  • Marit van Dijk: voorzitter\n  • Joost Brink: secretaris\n  • Wim Kok: penningmeester\n\n1. Opening\n';
    expect(people(bullets)).toEqual([['Marit van Dijk', ['chair']], ['Joost Brink', ['secretary']], ['Wim Kok', ['treasurer']]]);
  });

  it('still reads a group label before its names', () => {
    expect(people('Notes 9 February 2025\n\nPresent:\n- Board: Petra Quill, Dev Oakes\n').map(([name]) => name)).toEqual(['Petra Quill', 'Dev Oakes']);
  });
  it('reads an organisation before names as the group label it is, offices in parentheses or not', () => {
    const people = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles, p.present]);
    expect(people('# Partners meeting\n\nDate: 2026-05-11\nAttendees:\n- Green Valley School: Ann Lee (Principal), Bo Chan (Secretary)\n- City Library: Dee Fox (Director)\n')).toEqual([['Ann Lee', [], true], ['Bo Chan', ['secretary'], true], ['Dee Fox', ['director'], true]]);
    expect(people('# Partners meeting\n\nDate: 2026-05-11\nAttendees:\n- Hill Farm: Dee Fox (Treasurer)\n- River Bank: Eli Park, Gil Ray\n').map(([name]) => name)).toContain('Dee Fox');
    expect(people('# Partners meeting\n\nDate: 2026-05-11\nAttendees:\n- Sales Team: Ann Lee, Bo Chan (Director)\n- Design Team: Dee Fox\n').map(([name]) => name)).toEqual(['Ann Lee', 'Bo Chan', 'Dee Fox']);
    expect(people('# Partners meeting\n\nDate: 2026-05-11\nPresent:\nAcme Ltd: Ann Lee (CEO), Bo Chan (Treasurer)\nNorthside Trust: Dee Fox, Eli Park\n').map(([name]) => name)).toContain('Ann Lee');
    expect(people('# Staff meeting\n\nDate: 2026-05-11\nPresent: Ann Lee, Bo Chan, Dee Fox\nRegrets: Hill House: Eli Park (Secretary)\n').map(([name]) => name)).not.toContain('Hill House');
  });
});
