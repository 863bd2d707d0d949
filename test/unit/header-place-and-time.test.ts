import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const when = (line: string) => {
  const m = parseMinutes(`# Protokoll 2024-03-01\n\n${line}\n\nAnwesend: Ann Lee, Bo Park\n\n## 1. Opening\nText.\n`);
  return [m.startTime, m.endTime, m.location];
};

describe('a place label whose value holds the time too', () => {
  it('reads the time from its parts and the place from the rest', () => {
    expect(when('Waar: Jitsi, 16:00–16:40')).toEqual(['16:00', '16:40', 'Jitsi']);
    expect(when('Ort: im Vereinshaus, Beginn 15:00 Uhr')).toEqual(['15:00', null, 'im Vereinshaus']);
    expect(when('Plats: Föreningslokalen, kl. 18.00')).toEqual(['18:00', null, 'Föreningslokalen']);
  });

  it('keeps a place whose parts hold a floor or a number, no time', () => {
    expect(when('Paikka: Kirjasto, 2. krs')).toEqual([null, null, 'Kirjasto, 2. krs']);
    expect(when('Location: Room 4, Building 12')).toEqual([null, null, 'Room 4, Building 12']);
  });
});

describe('the place beside the date and time on their line', () => {
  const line = (text: string) => {
    const m = parseMinutes(`# Protokoll\n\n${text}\n\nAnwesend: Ann Lee, Bo Park\n\n## 1. Opening\nText.\n`);
    return [m.date, m.startTime, m.endTime, m.location];
  };
  it('reads one led by a preposition of place, or in lower case after the time', () => {
    expect(line('Lördag 2023-06-17 kl 10.00-11.30, i föreningshuset')).toEqual(['2023-06-17', '10:00', '11:30', 'föreningshuset']);
    expect(line('do 8 februari 2024, 15:45-17:00, lokaal B2.05')).toEqual(['2024-02-08', '15:45', '17:00', 'lokaal B2.05']);
  });
  it('reads no sentence there as a place', () => {
    expect(line('2024-05-28, 15:00–16:10, approved by the board')[3]).toBeNull();
  });
});
