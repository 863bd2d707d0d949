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
});
