import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Who chairs, moderates or keeps the minutes of the meeting holds a role in it: no task of theirs. */

const tasks = (text: string) => parseMinutes(text).actions.map((a) => `${a.owners.join('+')}: ${a.text}`);

describe('duties of the meeting itself are no tasks', () => {
  it('English: will facilitate, to take notes, is going to chair', () => {
    const text = ['# Team sync', '', 'Present: Ryan Cole, Mark Dean, Ann Lee', '', 'Ryan will facilitate.', 'Mark to take notes.', 'Ann is going to chair today.', '', '1. Budget', '', 'Ann will send the budget to the board by Friday.', ''].join('\n');
    expect(tasks(text)).toEqual(['Ann Lee: Ann will send the budget to the board by Friday.']);
  });

  it('Dutch: notuleert, zit de vergadering voor, zal notuleren', () => {
    const text = ['# Bestuursvergadering', '', 'Aanwezig: Johan de Vries, Els Bakker, Piet Smit', '', 'Johan notuleert.', '', '1. Opening', '', 'Els zit de vergadering voor. Piet zal de volgende keer notuleren.', '', '2. Kascommissie', '', 'Piet stuurt de stukken naar de leden.', ''].join('\n');
    expect(tasks(text)).toEqual(['Piet Smit: Piet stuurt de stukken naar de leden.']);
  });

  it('Swedish, German and Finnish: för protokollet, führt Protokoll, toimii sihteerinä', () => {
    const sv = ['# Styrelsemöte', '', 'Närvarande: Eva Lind, Olle Berg', '', '§ 1 Mötets öppnande', '', 'Eva leder mötet och Olle för protokollet.', '', '§ 2 Ekonomi', '', 'Olle skickar budgeten till revisorn.', ''].join('\n');
    expect(tasks(sv)).toEqual(['Olle Berg: Olle skickar budgeten till revisorn.']);
    const de = ['# Vorstandssitzung', '', 'Anwesend: Jonas Weber, Lena Koch', '', 'TOP 1 Begrüßung', '', 'Jonas führt Protokoll.', '', 'TOP 2 Kasse', '', 'Lena klärt die Kontoführung mit der Bank.', ''].join('\n');
    expect(tasks(de)).toEqual(['Lena Koch: Lena klärt die Kontoführung mit der Bank.']);
    const fi = ['# Hallituksen kokous', '', 'Läsnä: Aino Aalto, Eero Esko', '', '1. Kokouksen avaus', '', 'Aino toimii sihteerinä.', '', '2. Talous', '', 'Eero hoitaa tilavaraukset.', ''].join('\n');
    expect(tasks(fi)).toEqual(['Eero Esko: Eero hoitaa tilavaraukset.']);
  });

  it('keeps a task that only starts like a duty', () => {
    const text = ['# Team sync', '', 'Present: Ryan Cole, Mark Dean', '', '1. Vendors', '', 'Mark will take notes on the vendor options and send them round.', ''].join('\n');
    expect(tasks(text)).toEqual(['Mark Dean: Mark will take notes on the vendor options and send them round.']);
  });
});

describe('officers listed beside their office are no tasks', () => {
  it('reads `Office - Name` lines of an election as no tasks, and a task with its owner after a dash still as one', () => {
    const text = ['# Annual general meeting', '', 'Present: Peter Reid, Chris Hall, Tony Marsh, Ian Stewart', '', '5. Election of officers', '', '- President - Peter', '- Vice-President - Chris', '- Treasurer - Tony', '- Secretary - Ian Stewart', '', '6. Website', '', '- Update the website - Chris', ''].join('\n');
    expect(tasks(text)).toEqual(['Chris Hall: Update the website - Chris']);
  });
});

describe('a marker and names after a dash', () => {
  it('hands the point before the dash to the names after the marker', () => {
    const text = ['# Committee meeting', '', 'Present: Andrew Lee, Gideon Hart, Tom Fry', '', '3. Outreach', '', '- Photo prizes still outstanding - Action: Andrew', '- Email templates – ACTION: Gideon and Tom', '- The stall went well - thanks to all', ''].join('\n');
    expect(tasks(text)).toEqual(['Andrew Lee: Photo prizes still outstanding - Action: Andrew', 'Gideon Hart+Tom Fry: Email templates – ACTION: Gideon and Tom']);
  });
});

describe('what the review of these rules found', () => {
  it('keeps a duty with an object or a deed of its own as a task', () => {
    const text = ['# Team sync', '', 'Present: Kim Holt, Ryan Cole, Tom Lind', '', '1. Plans', '', 'Kim will chair the hiring panel.', 'Ryan will take minutes and circulate them.', 'Tom will run the meeting with the landlord.', ''].join('\n');
    expect(tasks(text)).toEqual(['Kim Holt: Kim will chair the hiring panel.', 'Ryan Cole: Ryan will take minutes and circulate them.', 'Tom Lind: Tom will run the meeting with the landlord.']);
    const sv = ['# Styrelsemöte', '', 'Närvarande: Karin Ek, Olle Berg', '', '§ 1 Hyresgäster', '', 'Karin ska leda mötet med hyresgästerna.', ''].join('\n');
    expect(tasks(sv)).toEqual(['Karin Ek: Karin ska leda mötet med hyresgästerna.']);
  });

  it('reads no task from a keeper named after a dash, nor from an agenda entry, nor from a label that is no office', () => {
    const text = ['# Vorstandssitzung', '', 'Anwesend: Jonas Weber, Lena Koch', '', 'TOP 1 Zuständigkeiten', '', '- Website - Zuständig: Jonas', '- Presse - Verantwortlich: Lena', ''].join('\n');
    expect(tasks(text)).toEqual([]);
    const notes = ['# Team sync', '', 'Present: Kim Holt, Ryan Cole', '', '1. Next steps', '', '- Minutes - Ryan', ''].join('\n');
    expect(tasks(notes)).toEqual(['Ryan Cole: Minutes - Ryan']);
  });
});
