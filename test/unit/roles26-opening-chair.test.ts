import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// The chair named by the sentence that opens the meeting, and the member written by an initial and a surname. Invented minutes.

const people = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles]);
const holder = (text: string, role: string) => parseMinutes(text).participants.find((p) => p.roles.includes(role))?.name ?? null;

describe('the one who calls the meeting to order chairs it', () => {
  it('reads the present tense and the phrase without its article', () => {
    expect(holder('Club minutes 2/9/25\n\nCall to Order\nMiri calls the meeting to order at 6:15 pm\n\nDues\n- unchanged.\n', 'chair')).toBe('Miri');
    expect(holder('# Annual meeting 9 February 2025\n\n18:40 Oskar Brandt (Board Chair) called meeting to order - 31 members present\n\n## Dues\nUnchanged.\n', 'chair')).toBe('Oskar Brandt');
  });

  it('reads the order turned round, the meeting after the phrase', () => {
    const text = 'Minutes of 9 February 2025\n\nCllr P Quill (Chair) called to order the monthly meeting of the council at 19.05\n\nPresent: Cllr P Quill; Cllr D Oakes\n';
    expect(holder(text, 'chair')).toBe('P Quill');
  });

  it('reads a form that gives the time of opening with a colon before the name', () => {
    const text = '# Committee meeting 9 February 2025\n\nPresent: Oskar Brandt, Vera Lind, Tove Ek\n\nMeeting opened at: 6:40 PM, by Vera Lind\n\n## Dues\nUnchanged.\n';
    expect(holder(text, 'chair')).toBe('Vera Lind');
  });

  it('reads who opened an annual general meeting', () => {
    expect(holder('Minutes 9/2/2025\n\nTreasurer report received.\n\nPresident Quill opened the AGM at 7:01pm.\n', 'chair')).toBe('Quill');
  });

  it('reads the member written in the chair, named by an initial and the surname', () => {
    const text = 'Council minutes 9 February 2025\n\nPRESENT: Cr Petra Quill, Cr Dev Oakes, Cr Ines Marr\n\nThe meeting commenced at 5.30pm with the Deputy Mayor, Cr D Oakes in the chair.\n\n1. Budget\nAdopted.\n';
    expect(people(text)).toEqual([['Petra Quill', []], ['Dev Oakes', ['chair']], ['Ines Marr', []]]);
  });
});

describe('a councillor written Cr', () => {
  it('keeps the title out of the name', () => {
    expect(people('Council minutes 9 February 2025\n\nPRESENT: Cr Petra Quill, Crs Dev Oakes and Ines Marr\n').map(([name]) => name)).toEqual(['Petra Quill', 'Dev Oakes', 'Ines Marr']);
  });

  it('reads CR in capitals before a surname as initials', () => {
    expect(people('# Parish council\n\nDate: 2026-05-11\nPresent: CR Jones, AB Lee, Bo Chan\nChair: Bo Chan\n').map(([name]) => name)).toEqual(['CR Jones', 'AB Lee', 'Bo Chan']);
  });
});

describe('an initial and a surname name the participant of that surname and first letter', () => {
  it('names no one when two participants fit', () => {
    const text = 'Council minutes 9 February 2025\n\nPRESENT: Cr Dev Oakes, Cr Dana Oakes\n\nThe meeting commenced at 5.30pm with Cr D Oakes in the chair.\n';
    expect(people(text).filter(([, roles]) => (roles as string[]).includes('chair')).map(([name]) => name)).not.toContain('Dev Oakes');
  });
});

describe('the phrases that open the meeting name no chair in other sentences', () => {
  const present = '# Club meeting\n\nDate: 2026-05-11\nPresent: Ann Lee, Bo Chan, Cal Diaz, Dee Fox\n\n';
  it('reads the chair of another body as no chair of the meeting', () => {
    expect(holder(`${present}Bo Chan in the chair of the hiring panel reported on the two interviews.\n`, 'chair')).toBeNull();
  });

  it('reads calling members to order as no opening', () => {
    expect(holder(`${present}Dee Fox called to order the two members who were talking over each other.\n`, 'chair')).toBeNull();
  });

  it('reads opening another meeting or a bottle as no opening of this one', () => {
    expect(holder(`${present}Bo Chan opens the meeting of the youth forum on 12 June.\nAnn Lee opened the discussion on parking.\nDee Fox opened the AGM bottle of wine after the vote.\n`, 'chair')).toBeNull();
  });
});

describe('a small word that opens the sentence is no part of the name before a phrase', () => {
  it('keeps the participants as listed', () => {
    const text = '# Council meeting\n\nDate: 2026-05-11\nPresent: Ann Lee, Bo Chan, Dee Fox\n\nWith Cllr Lee in the chair, the council considered the budget.\n';
    expect(people(text).map(([name]) => name)).toEqual(['Ann Lee', 'Bo Chan', 'Dee Fox']);
    expect(holder(text, 'chair')).toBe('Ann Lee');
  });
});
