import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const header = (text: string) => {
  const m = parseMinutes(text);
  return { title: m.title, date: m.date, start: m.startTime, end: m.endTime, location: m.location };
};

describe('readHeader', () => {
  it('reads Finnish labels in glued bold runs', () => {
    expect(header('**Työryhmä****Aika: Pe 8.11.2019 klo 10.00 - 15.00****Paikka: Pääkirjasto, 4. krs**')).toEqual({
      title: 'Työryhmä', date: '2019-11-08', start: '10:00', end: '15:00', location: 'Pääkirjasto, 4. krs',
    });
  });

  it('reads English labels under a Markdown heading', () => {
    expect(header('# Board meeting\n\nDate: November 8, 2019 14:00–15:30 UTC\nLocation: Room 5\n')).toEqual({
      title: 'Board meeting', date: '2019-11-08', start: '14:00', end: '15:30', location: 'Room 5',
    });
  });

  it('reads Swedish section headings and times in headings', () => {
    expect(header('# Möte 2023-02-07\n\n## Plats\nStyrelserummet\n\n# Öppnar mötet 11:45\n\n## Avslutning\nAvslutar mötet 12:30\n')).toEqual({
      title: 'Möte', date: '2023-02-07', start: '11:45', end: '12:30', location: 'Styrelserummet',
    });
  });

  it('reads the Dutch and Swedish meeting-date and meeting-place labels of a header table', () => {
    const nl = header('# Notulen\n\n| Vergaderdatum en -tijd | 7-okt-2021 - 19:30-21:00 uur |\n| :--- | :--- |\n| Vergaderplaats | Dorpshuis De Linde |\n\n## 1. Opening\nDe voorzitter opent.\n');
    expect([nl.date, nl.start, nl.end, nl.location]).toEqual(['2021-10-07', '19:30', '21:00', 'Dorpshuis De Linde']);
    const sv = header('# Protokoll\n\nMötesdatum: 2021-10-07\nSammanträdeslokal: Bygdegården\n\n§ 1 Mötets öppnande\n');
    expect([sv.date, sv.location]).toEqual(['2021-10-07', 'Bygdegården']);
  });

  it('reads a two-column table and a tab after a bold label', () => {
    expect(header('# Sprint\n\n| | |\n|---|---|\n| Time | 8:00pm - 9:00pm |\n| Logistic | In-Person |\n')).toMatchObject({ start: '20:00', end: '21:00', location: 'In-Person' });
    expect(header('# VIIKKOPALAVERI 12\n\n**Aika**\tMaanantai 26.3.2019 klo 10.13 – 11.07\n\n**Paikka**\tRajakatu 35\n')).toEqual({
      title: 'VIIKKOPALAVERI 12', date: '2019-03-26', start: '10:13', end: '11:07', location: 'Rajakatu 35',
    });
  });

  it('takes the title from front matter when no heading leads, and the date from a line of its own', () => {
    expect(header("---\ntitle: 'Notulen bestuursvergadering 25 januari 2023'\n---\n\nSome text first.\n\n## Topic\n")).toMatchObject({ title: 'Notulen bestuursvergadering', date: '2023-01-25' });
    expect(header('Intro line.\n\n29.1.2024\n\nBody.')).toMatchObject({ date: '2024-01-29' });
  });

  it('reads an unmarked time label and a place label inside it', () => {
    expect(header('Lautakunta\n\nAika 08.01.2025, klo 17:00 - 19:28 Paikka Kaupungintalo, kokoushuone\n')).toMatchObject({
      date: '2025-01-08', start: '17:00', end: '19:28', location: 'Kaupungintalo, kokoushuone',
    });
  });

  it('leaves fields it cannot find null', () => {
    expect(header('Just some notes.')).toEqual({ title: null, date: null, start: null, end: null, location: null });
  });

  it('takes a date in American order and the title out of a heading that holds both, without dangling words', () => {
    expect(header('# Design Review for March 4, 2031\n\nDate: 3/4/2031\n')).toMatchObject({ title: 'Design Review', date: '2031-03-04' });
    expect(header('# Protokoll der Beiratssitzung vom 04.03.2031 (interne Fassung)\n\nText.\n')).toMatchObject({ title: 'Protokoll der Beiratssitzung', date: '2031-03-04' });
  });

  it('takes the date from the file name only when the text has none, and says so', () => {
    const meeting = parseMinutes('# Weekly sync\n\nWe talked.\n', { path: 'notes/sync_2031-04-23.md' });
    expect(meeting.date).toBe('2031-04-23');
    expect(meeting.fields.date?.text).toBe('sync_2031-04-23.md');
    expect(parseMinutes('# Sync 2.5.2031\n', { path: 'notes/2031-04-23.md' }).date).toBe('2031-05-02');
  });

  it('reads a meeting over two days written a day a line: endDate and the last day\'s closing time', () => {
    const meeting = parseMinutes('# Seminaari\n\nKeskiviikko 3.6.2031 klo 12.00 – 18.00\nTorstai 4.6.2031 klo 8.30 – 14.00\n');
    expect(meeting).toMatchObject({ date: '2031-06-03', endDate: '2031-06-04', startTime: '12:00', endTime: '14:00' });
    const apart = parseMinutes('# Board\n\nJune 3, 2031\nJune 20, 2031 is the deadline for the report.\n');
    expect(apart.date).toBe('2031-06-03');
    expect(apart.endDate).toBeUndefined();
  });

  it('keeps the words before a date in its field text, never part of a word', () => {
    expect(parseMinutes('# Design Review for March 4, 2031\n').fields.date?.text).toBe('Review for March 4, 2031');
    expect(parseMinutes('Päivämäärä: tiistai 4.3.2031\n').fields.date?.text).toBe('tiistai 4.3.2031');
  });

  it('never takes the next meeting\'s date for the meeting\'s own', () => {
    expect(header('# Hallitus\n\nSeuraava kokous 14.5.2031 klo 18.\n')).toMatchObject({ date: null });
    expect(header('# Board\n\n## Next meeting\n\nJune 3, 2031\n')).toMatchObject({ date: null });
  });

  it('reads a meeting over two days: the first day as date, the last as endDate', () => {
    const meeting = parseMinutes('# Seminaari\n\nAika:\nTiistai 7.10.2031 klo 10.00 – 16.00\nKeskiviikko 8.10.2031 klo 9.00 – 14.30\n');
    expect([meeting.date, meeting.endDate, meeting.startTime, meeting.endTime]).toEqual(['2031-10-07', '2031-10-08', '10:00', '14:30']);
    expect(parseMinutes('# Kokous\n\nAika: 7.10.2031 klo 18\n').endDate).toBeUndefined();
  });

  it('reads opening and closing times from sentences of each language', () => {
    expect(header('# Club\n\nThe meeting was called to order at 7:04 pm by the president.\n\nText.\n\nThe meeting adjourned at 8:50 pm.\n')).toMatchObject({ start: '19:04', end: '20:50' });
    expect(header('# Yhdistys\n\nPuheenjohtaja avasi kokouksen klo 18.03.\n\nPuheenjohtaja päätti kokouksen klo 19.41.\n')).toMatchObject({ start: '18:03', end: '19:41' });
    expect(header('# Förening\n\nMötet öppnades kl. 17.30\n\nMötet avslutades kl. 18.10\n')).toMatchObject({ start: '17:30', end: '18:10' });
    expect(header('# Verein\n\nDie Vorsitzende eröffnet die Sitzung um 19:05 Uhr.\n')).toMatchObject({ start: '19:05' });
    expect(header('# Lab\n\nTime: 18:00\n\nThe meeting was called to order at 18:07.\n')).toMatchObject({ start: '18:00' });
  });

  it('reads the place written after the time with a comma or a dot between them, but no sentence there', () => {
    expect(header('# Garden club\n\nApril 2, 2025, 7:15pm, Parish Rooms\n\n## Plots\n')).toMatchObject({ start: '19:15', location: 'Parish Rooms' });
    expect(header('# Garden club\n\nWednesday, April 2, 2025 · 7:15 pm · Tool shed and Zoom\n\n## Plots\n')).toMatchObject({ location: 'Tool shed and Zoom' });
    expect(header('# Garden club\n\nApril 2, 2025, 7:15pm, Maria opened the meeting\n\n## Plots\n')).toMatchObject({ location: null });
  });

  it('reads the place where the body met after the date and time of the sentence, and no weekday for a place', () => {
    expect(header('# Rowing club\n\nThe committee met on Tuesday 4 March 2025 at 8pm at the boathouse.\n\n## Boats\n')).toMatchObject({ location: 'the boathouse' });
  });

  it('reads the place from a sentence about the meeting and from a time line without a label', () => {
    expect(header('# Board\n\nThe meeting was held in the Old Library, at 6 pm on Monday.\n')).toMatchObject({ location: 'the Old Library' });
    expect(header('# Crew meeting 2031-04-23\n\n6:15 PM EST at the Harbour Hall (2nd floor).\n\n## Items\n')).toMatchObject({ start: '18:15', location: 'Harbour Hall (2nd floor)' });
    expect(header('# Daily\n\n- 09:00 - 09:15\n- Present\n  - Aino\n')).toMatchObject({ start: '09:00', end: '09:15' });
  });

  it('takes no link, metadata or section heading for the title, but a plain first line that names the meeting', () => {
    expect(header('# Attendees\n\n- Ann Lee\n')).toMatchObject({ title: null });
    expect(header('# General information\n\nText.\n')).toMatchObject({ title: null });
    expect(header('Agenda: [the doc](https://example.org/a)\n\n## Items\n')).toMatchObject({ title: null });
    expect(header('Kylätoimikunnan kokous 3.2.2031 klo 18\n\nAsialista:\n1. Avaus\n')).toMatchObject({ title: 'Kylätoimikunnan kokous', date: '2031-02-03' });
    expect(header('Muhoksen kunta\n\nYmpäristölautakunta\n\nPöytäkirja\n\n3.2.2031\n')).toMatchObject({ title: 'Ympäristölautakunta' });
  });

  it('skips a first line that only links elsewhere, and a labelled date of the next meeting', () => {
    expect(header('Agenda: [the doc](https://example.org/a)\n\n# Weekly sync 2031-01-07\n')).toMatchObject({ title: 'Weekly sync', date: '2031-01-07' });
    expect(header('# Board\n\nDate of next meeting: April 4, 2031\n\nHeld March 3, 2031.\n')).toMatchObject({ date: '2031-03-03' });
  });

  it('reads no time from a numbered item title that ends in an opening word', () => {
    expect(header('# Årsmöte\n\n§1 Mötets öppnande\n\nText.\n')).toMatchObject({ start: null });
    expect(header('# Kokous\n\n19.05 kokous avattiin\n')).toMatchObject({ start: '19:05' });
  });

  it('reads a range of days written as one date as the first day and endDate', () => {
    const days = (text: string) => { const m = parseMinutes(text); return [m.date, m.endDate ?? null]; };
    expect(days('# Seminaari\n\nAika: 12.–13.11.2031 klo 10–16\n')).toEqual(['2031-11-12', '2031-11-13']);
    expect(days('# Retreat\n\nDate: November 12-13, 2031\n')).toEqual(['2031-11-12', '2031-11-13']);
    expect(days('# Klausur\n\nDatum: 12.-13. November 2031\n')).toEqual(['2031-11-12', '2031-11-13']);
    expect(days('# Board\n\nDate: 12 November 2031\n')).toEqual(['2031-11-12', null]);
  });

  it('reads a place given as a link by its text, or by the video service it leads to', () => {
    expect(header('# Sync\n\nLocation: [Big room](https://example.org/rooms/7)\n')).toMatchObject({ location: 'Big room' });
    expect(header('# Sync\n\nWhere: https://example.zoom.us/j/123?pwd=x\n')).toMatchObject({ location: 'Zoom' });
    expect(header('# Sync\n\nPaikka: https://teams.microsoft.com/l/meetup-join/abc\n')).toMatchObject({ location: 'Teams' });
  });

  it('reads a time from the prose under an empty label but leaves that prose in the body', () => {
    const text = '# Board meeting\n\nDate: 2031-05-06\n\n## 1. Budget\n\nThe board approved the budget.\n\n### Adjournment\n\nMotion to adjourn by Ann, seconded by Bob. Carried. The meeting adjourned at 9:40 pm.\n';
    const meeting = parseMinutes(text);
    expect(meeting.endTime).toBe('21:40');
    expect(meeting.decisions.map((d) => d.text)).toContain('Motion to adjourn by Ann, seconded by Bob. — Carried.');
    // A value alone under its label is still the header's, not a line of the body.
    expect(parseMinutes('# Club evening\n\n## Adjournment\n\n9:40 pm\n').endTime).toBe('21:40');
  });

  it('reads the imperative agenda line of US minutes, `Adjourn: 8:15 pm`, as the end time', () => {
    const text = '# Garden club general meeting\n\nMarch 4, 2031\n\nCall to order: 7:02 pm\n\nTreasurer report given.\n\nAdjourn: 8:15 pm\n';
    expect(header(text)).toMatchObject({ start: '19:02', end: '20:15' });
    // Without a time the line is only the item's name: no end time is made up.
    expect(header('# Garden club general meeting\n\nMarch 4, 2031\n\nAdjourn\n\nThe president thanked everyone.\n').end).toBeNull();
  });
});

describe('the place from a sentence about the meeting', () => {
  it.each([
    ['de', '# Vorstandssitzung\n\nDatum: 12. Mai 2025\n\nDie Sitzung fand in der Alten Mühle statt.\n', 'Alten Mühle'],
    ['de', '# Vorstandssitzung\n\nDatum: 12. Mai 2025\n\nDie Sitzung findet im Bootshaus statt.\n', 'Bootshaus'],
    ['fi', '# Hallituksen kokous\n\nAika: 12.5.2025\n\nKokous pidettiin seurakuntatalon kerhohuoneessa.\n', 'seurakuntatalon kerhohuoneessa'],
    ['en', '# Committee meeting\n\nDate: 12 May 2025\n\nMeeting held at the Scout Hut, Mill Lane.\n', 'the Scout Hut, Mill Lane'],
  ])('%s: %s', (_language, text, place) => {
    expect(header(text).location).toBe(place);
  });

  it('takes no place of the next meeting', () => {
    expect(header('# Committee meeting\n\nDate: 12 May 2025\n\nThe next meeting will be held at the Scout Hut.\n').location).toBeNull();
  });
});

describe('the body alone at the top as the title', () => {
  it('takes a short line of its own whose last word is a body, or a compound ending in one', () => {
    expect(header('SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum\n2025-05-12\n\nKulturnämnden\n\nPlats: Stadshuset\n').title).toBe('Kulturnämnden');
    expect(header('Kaupunki\n\nRakennuslautakunta\n\nAika: 12.5.2025 klo 17\n').title).toBe('Rakennuslautakunta');
    expect(header('Oakfield Parish Council\n\nDate: 12 May 2025\n').title).toBe('Oakfield Parish Council');
  });

  it('takes no phrase that merely ends in a body for its name', () => {
    expect(header('SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum\n2025-05-12\n\nFrågor till nämnden\n\nPlats: Stadshuset\n').title).not.toBe('Frågor till nämnden');
  });
});

describe('two roles on one line', () => {
  const roles = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles.join('/')]);

  it('gives each role label in the value its own names', () => {
    expect(roles('# Board\n\nChair: Ida Marsh, Secretary: Hugo Fenn\n\nPresent: Ida Marsh, Hugo Fenn, Nora Quill\n')).toEqual([['Ida Marsh', 'chair'], ['Hugo Fenn', 'secretary'], ['Nora Quill', '']]);
    expect(roles('# Kokous\n\nPuheenjohtaja: Ilona Saari; sihteeri: Otto Kivi\n\nLäsnä: Ilona Saari, Otto Kivi\n')).toEqual([['Ilona Saari', 'chair'], ['Otto Kivi', 'secretary']]);
  });

  it('ends the role at a label it does not know', () => {
    expect(roles('# Kokous\n\nPuheenjohtaja: Ilona Saari, Ajanotto: Otto Kivi\n\nLäsnä: Ilona Saari, Otto Kivi\n')).toEqual([['Ilona Saari', 'chair'], ['Otto Kivi', '']]);
  });
});

describe('a role said with a verb of being', () => {
  const roles = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles.join('/')]);

  it('gives the role to the participant the sentence names', () => {
    expect(roles('# Styrelsemöte\n\nNärvarande: Greta Ahl, Ivar Moberg\n\nAtt: Ivar är sekreterare\n')).toEqual([['Greta Ahl', ''], ['Ivar Moberg', 'secretary']]);
    expect(roles('# Kokous\n\nLäsnä: Ilona Saari, Otto Kivi\n\nIlona on puheenjohtaja ja Otto toimii sihteerinä.\n')).toEqual([['Ilona Saari', 'chair'], ['Otto Kivi', 'secretary']]);
    expect(roles('# Meeting\n\nPresent: Ida Marsh, Hugo Fenn\n\nIda is the chair today.\n')).toEqual([['Ida Marsh', 'chair'], ['Hugo Fenn', '']]);
  });

  it("takes no role of another body", () => {
    expect(roles('# Meeting\n\nPresent: Ida Marsh, Hugo Fenn\n\nIda is secretary of the tennis club.\n')).toEqual([['Ida Marsh', ''], ['Hugo Fenn', '']]);
  });
});

describe('time labels: `Starting:`, `Sitzungsdauer:`', () => {
  it('reads the start after `Starting:`, also with no blank after the colon', () => {
    const parsed = header('# Orchard Club committee\n\nDate: 4 March 2031\nStarting:7:15 pm\nClosing:9pm\n\n1. Apologies\n');
    expect(parsed.start).toBe('19:15');
  });

  it('reads a German time range after `Sitzungsdauer:`', () => {
    const parsed = header('Niederschrift der Sitzung des Bauausschusses\n\nSitzungstag: 12.05.2031\nSitzungsdauer: 18:30 bis 20:10 Uhr\n\n1. Eröffnung\n');
    expect([parsed.start, parsed.end]).toEqual(['18:30', '20:10']);
  });

  it('reads no time from a sentence that opens with a start word and holds a number later', () => {
    expect(header('# Orchard Club\n\nPresent: Ann Bell, Cy Dorn\n\n## Fees\n\nStarting next month, dues rise to 12 euros.\n').start).toBeNull();
    expect(header('# Orchard Club\n\nPresent: Ann Bell, Cy Dorn\n\n## Fees\n\nStarted last month, dues rose to 12 euros.\n').start).toBeNull();
    expect(header('# Orchard Club\n\nPresent: Ann Bell, Cy Dorn\n\nStarted 7.05 pm with six members.\n').start).toBe('19:05');
  });
});
