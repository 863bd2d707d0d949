import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Swedish minutes of associations, housing and village societies and
 * community halls (round sv11): lists of people wrapped at a width, officers chosen in att-clauses,
 * minutes kept as one numbered list. Every example is written for the test; none is a line of
 * those minutes.
 */

const people = (text: string) => parseMinutes(text).participants.map((p) => p.name);
const roles = (text: string) => Object.fromEntries(parseMinutes(text).participants.flatMap((p) => p.roles.map((r) => [r, p.name])));
const agenda = (text: string) => parseMinutes(text).agenda.map((a) => `${a.number ?? '-'} ${a.title}`);

describe('a list of people wrapped at a width between a given name and its surname', () => {
  it('goes on where the next line holds the surname, "och" and the last name', () => {
    const text = 'Protokoll styrelsemöte 2024-03-05\n\nNärvarande: Tora Lindqvist, Holger Brandt, Maj Sundell, Einar\nVikström och Ulla-Stina Rehn.\n\n1. Mötets öppnande\n';
    expect(people(text)).toEqual(['Tora Lindqvist', 'Holger Brandt', 'Maj Sundell', 'Einar Vikström', 'Ulla-Stina Rehn']);
  });

  it('goes on in English with "and", and where the surname alone ends the list with a full stop', () => {
    expect(people('Board meeting 2024-03-05\n\nPresent: Ada Quinn, Brian Hollis, Carla Mendez, Dorian Pike and Edna\nFolsom.\n\n1. Opening\n')).toEqual(['Ada Quinn', 'Brian Hollis', 'Carla Mendez', 'Dorian Pike', 'Edna Folsom']);
    expect(people('Board meeting 2024-03-05\n\nPresent: Ada Quinn, Brian Hollis, Carla Mendez, Dorian Pike, Edna\nFolsom and Fay Grant.\n\n1. Opening\n')).toEqual(['Ada Quinn', 'Brian Hollis', 'Carla Mendez', 'Dorian Pike', 'Edna Folsom', 'Fay Grant']);
  });

  it('leaves a sentence under a short list alone, and a line that does not go on with "and" and a name', () => {
    const short = 'Protokoll styrelsemöte 2024-03-05\n\nNärvarande: Tora Lindqvist, Einar\nVikström och Ulla Rehn.\n\n1. Mötets öppnande\n';
    expect(people(short)).not.toContain('Ulla Rehn');
    const sentence = 'Protokoll styrelsemöte 2024-03-05\n\nNärvarande: Tora Lindqvist, Holger Brandt, Maj Sundell, Einar Vikström\nKassören och Ordföranden rapporterade.\n\n1. Mötets öppnande\n';
    expect(people(sentence)).toEqual(['Tora Lindqvist', 'Holger Brandt', 'Maj Sundell', 'Einar Vikström']);
  });
});

describe('officers of the meeting chosen in an att-clause', () => {
  it('reads the chair and the secretary named before `till ordförande för årsmötet` and `till sekreterare för mötet`', () => {
    const text = 'Årsmöte för Lindvikens byalag 2024-02-11\n\n1. Mötets öppnande\n\n2. Val av mötesordförande och sekreterare\n\nÅrsmötet beslutade\natt utse Tove Ek till ordförande för årsmötet samt Ola Berg till sekreterare för mötet.\n';
    expect(roles(text)).toMatchObject({ chair: 'Tove Ek', secretary: 'Ola Berg' });
  });

  it('reads `att välja ... till ordförande för mötet` too', () => {
    const text = 'Protokoll sektionsmöte 2024-02-11\n\n1. Formalia\n\nMötet beslutade att välja Ivar Strand till ordförande för mötet.\n';
    expect(roles(text)).toMatchObject({ chair: 'Ivar Strand' });
  });

  it('leaves an office of the association, not of the meeting, alone', () => {
    const text = 'Protokoll styrelsemöte 2024-02-11\n\n1. Mötets öppnande\n\nValberedningen föreslår Tove Ek till ordförande för föreningen.\n';
    expect(roles(text).chair).toBeUndefined();
  });
});

describe('minutes kept as one numbered list, opened and closed as a meeting is', () => {
  it('reads the list as the agenda where it holds the opening and `Mötet avslutades`', () => {
    const text = 'Protokoll styrelsemöte 2024-04-16\n\n 1. Mötets öppnande.\n 2. Vårstädningen genomfördes som planerat.\n  – Grillen ställs tillbaka i förrådet.\n 3. Staketet målas under sommaren.\n 4. Mötet avslutades.\n';
    expect(agenda(text)).toEqual(['1 Mötets öppnande.', '2 Vårstädningen genomfördes som planerat.', '3 Staketet målas under sommaren.', '4 Mötet avslutades.']);
  });

  it('reads `Val av justeringsman` and `Godkännande av dagordning` as standing items of the frame', () => {
    const text = 'Protokoll styrelsemöte 2024-04-16\n\n1. Val av justeringsman\nGun Ahl valdes att justera protokollet.\n2. Godkännande av dagordning\n3. Kassarapport\n4. Inkomna skrivelser\n5. Mötet avslutas\n';
    expect(agenda(text)).toEqual(['1 Val av justeringsman', '2 Godkännande av dagordning', '3 Kassarapport', '4 Inkomna skrivelser', '5 Mötet avslutas']);
  });

  it('leaves a numbered list of tasks with no standing item to the notes', () => {
    const text = 'Protokoll styrelsemöte 2024-04-16\n\n1. Boka lokal till sommarfesten.\n2. Skicka kallelse till medlemmarna.\n3. Köpa färg till staketet.\n';
    expect(agenda(text)).toEqual([]);
  });
});

describe('the title on the first line of plain text, with no blank line under it', () => {
  const title = (text: string) => parseMinutes(text).title;

  it('reads a first line that names the meeting, with no date and no label under it', () => {
    expect(title('Styrelsemöte i Ekbackens båtklubb\nTora Lindqvist öppnade mötet och hälsade alla välkomna.\nBryggan ska lagas i maj.\n')).toBe('Styrelsemöte i Ekbackens båtklubb');
    expect(title('Harbour Club board meeting\nAda Quinn opened the meeting at the clubhouse.\nThe jetty is to be repaired in May.\n')).toBe('Harbour Club board meeting');
  });

  it('leaves a first sentence, a label with its value and a line that does not name a meeting alone', () => {
    expect(title('Click here for the minutes: 2024-03-05 Board\nPresent: Ada Quinn, Brian Hollis\nWe met at the library.\n')).toBeNull();
    expect(title('Styrelsen möttes hemma hos Tora den 5 mars.\nNärvarande: Tora Lindqvist, Holger Brandt\n')).not.toBe('Styrelsen möttes hemma hos Tora den 5 mars.');
    expect(title('Ekbackens båtklubb\nNärvarande: Tora Lindqvist, Holger Brandt\nVi gick igenom bryggan.\n')).not.toBe('Ekbackens båtklubb');
  });
});
