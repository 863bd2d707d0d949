import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** The place from the sentence that says when the meeting was held, with the date before the place. */

const place = (text: string) => parseMinutes(text).location;

describe('the place after the date in a sentence about the meeting', () => {
  it('skips the word that leads into the date (Swedish `den`), which is no place', () => {
    expect(place('# Styrelsemöte\n\nMötet hölls den 1 mars 2024 i Folkets hus.\n\nNärvarande: Anna Berg, Olle Ek\n')).toBe('Folkets hus');
  });

  it('reads the preposition of place of each language after the date (`im`, `in het`)', () => {
    expect(place('# Vorstandssitzung\n\nDie Sitzung fand am 3. Mai 2024 im Gemeindehaus statt.\n\nAnwesend: Anna Berg, Otto Brandt\n')).toBe('Gemeindehaus');
    expect(place('# Bestuursvergadering\n\nDe vergadering werd gehouden op 3 mei 2024 in het buurthuis.\n\nAanwezig: Anna Berg, Otto Brandt\n')).toBe('het buurthuis');
  });

  it('still reads the place written before the date', () => {
    expect(place('# Styrelsemöte\n\nMötet hölls i Folkets hus den 1 mars 2024.\n\nNärvarande: Anna Berg, Olle Ek\n')).toBe('Folkets hus');
  });

  it('gives no place where the sentence names none', () => {
    expect(place('# Styrelsemöte\n\nMötet hölls den 1 mars 2024.\n\nNärvarande: Anna Berg, Olle Ek\n')).toBeNull();
  });
});

describe('the place beside the date on the line or heading that gives it', () => {
  const header = (text: string) => {
    const m = parseMinutes(`${text}\n\nPresent: Ann Lee, Bo Park\n`);
    return { title: m.title, location: m.location };
  };

  it('reads the place after a dash or a comma, and after the time in parentheses', () => {
    expect(header('# Garden Club\n\n### 20 June 2024 — Clubhouse').location).toBe('Clubhouse');
    expect(header('## Meeting 6 — 2025-03-04, 3:00–3:50 PM, Library Study Room 2').location).toBe('Library Study Room 2');
    expect(header('# Sync\n\n**2025-05-28, 15:00–16:10 CEST (Zoom)**').location).toBe('Zoom');
  });

  it('keeps the name before the date as the title, without the place after it', () => {
    expect(header('**Minutes of the Branch Meeting, 22 January 2025, 12:30–13:45, Room G14 and on Teams**')).toEqual({ title: 'Minutes of the Branch Meeting', location: 'Room G14 and on Teams' });
  });

  it('takes no status in parentheses after a date alone, nor a name after the date', () => {
    expect(header('# Board Meeting – March 3, 2024 (Approved)')).toEqual({ title: 'Board Meeting', location: null });
    expect(header('# 2024-03-04 – Board meeting')).toEqual({ title: 'Board meeting', location: null });
  });
});

describe('the place of a `held on` line', () => {
  const place = (line: string) => parseMinutes(`# Residents' Association\n\n${line}\n\nPresent: Ann Lee, Bo Park\n`).location;

  it('reads the place after the date and time of `held on`', () => {
    expect(place('Minutes of the meeting of the committee held on Monday 8th April 2024 at 7.30pm in the Scout Hut')).toBe('the Scout Hut');
  });

  it('reads a line that opens with the phrase as the meeting\'s own', () => {
    expect(place('Held on Wednesday 9 April 2025 at 7.30pm at the Old School Rooms.')).toBe('the Old School Rooms');
  });

  it('still wants the meeting or a body as the subject of a phrase inside a sentence', () => {
    expect(place('The fete was held on 9 April 2025 at the Old School Rooms.')).toBeNull();
  });
});

describe('the place the opening of the meeting names', () => {
  const place = (line: string) => parseMinutes(`# Rowing Club\n\n${line}\n\nPresent: Ann Lee, Bo Park\n`).location;

  it('reads `at` or `in` after the opening time, past a short `by` clause', () => {
    expect(place('The chair called the meeting to order at 7:30 PM at the Boathouse.')).toBe('the Boathouse');
    expect(place('Meeting called to order at 7:02 PM by Captain Ann Lee in the Clubroom.')).toBe('the Clubroom');
  });

  it('takes nothing from a clause that goes on past a comma, or from an opening without a place', () => {
    expect(place('Meeting called to order at 7:02 PM by the captain, who spoke in the name of the club.')).toBeNull();
    expect(place('The chair called the meeting to order at 7 pm.')).toBeNull();
  });
});

describe('a line that opens with a phrase of meeting but gives no date', () => {
  it('is a report, not the header: `Met with Ann to go through the icons` names no place', () => {
    expect(parseMinutes('# Design sync\n\nPresent: Ann Lee, Bo Park\n\n* Met with Ann to go through the icons\n').location).toBeNull();
  });
});

describe('a place in a case of place after the date (Finnish)', () => {
  const place = (line: string) => parseMinutes(`# Hallituksen kokous\n\n${line}\n\nLäsnä: Anna Virtanen, Olli Ek\n`).location;

  it('reads the words up to one in the inessive or adessive after the date and time', () => {
    expect(place('Kokous pidettiin 3.5.2024 nuorisotalolla.')).toBe('nuorisotalolla');
    expect(place('Kokous pidettiin 3.5.2024 klo 18 kirjaston kokoushuoneessa.')).toBe('kirjaston kokoushuoneessa');
  });

  it('reads nothing where no word in such a case follows', () => {
    expect(place('Kokous pidettiin 3.5.2024 kello 18.')).toBeNull();
    expect(place('Kokous pidettiin 3.5.2024, ja siihen osallistui viisi jäsentä.')).toBeNull();
  });
});

describe('the service a meeting held at a distance was held on', () => {
  const where = (text: string) => parseMinutes(`${text}\n\nPresent: Ann Lee, Bo Park, Cy Dunn\n`).location;

  it('reads the service after the time, past an adverb of holding it so (`remotely through`, `via a`)', () => {
    expect(where('Minutes of the Allotment Committee meeting held on 4 March 2021 at 7pm remotely through Zoom.')).toBe('Zoom');
    expect(where('Minutes of the Orchard Society meeting on Tuesday 9 June 2020 at 19:30 via a Microsoft Teams call')).toBe('Microsoft Teams');
  });

  it('reads it after the date, up to the words that lead into the time (`using Zoom starting at 7.30pm`)', () => {
    expect(where('Minutes of a meeting held on Friday 2 October 2020 using Zoom starting at 7.30pm')).toBe('Zoom');
  });

  it('takes the first sentence of holding on a run-on line, not a later one about a session', () => {
    expect(where('Minutes of the Harbour Board Meeting held virtually via Jitsi Meet on Friday, 12 June 2020. The meeting was held in closed session.')).toBe('Jitsi Meet');
  });

  it('gives no place where no service is named after the lead', () => {
    expect(where('Minutes of the Harbour Board meeting held on 3 May 2024 at 7pm via the back door.')).toBeNull();
  });
});
