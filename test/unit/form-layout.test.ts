import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';
import { readItemNumber } from '../../src/parse/agenda-number.js';
import { fieldOf } from '../../src/parse/read-label.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Minutes laid out as a form, as the text of a PDF or a word processor's form comes out: a label,
 * a gap for its column, then its value; labels that join date and place; a case reference beside
 * an item's number.
 */

const all = Object.values(vocabularies);
const people = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles.join('/'), p.organization]);

describe('a label and its value in two columns', () => {
  const form = [
    'Protokoll från nämndens sammanträde',
    '',
    'Datum         2025-09-04',
    '',
    'Ledamöter     Vera Holm (V), ordförande',
    '              Tor Sand (KD)',
    '              Ulla Fors (L)',
    '',
    'Tjänstemän    Nils Borg, ekonomichef',
    '              Maja Strand, sekreterare',
    '',
    'Utses att justera   Tor Sand',
    '',
  ].join('\n');

  it('reads a one-word label before a gap of blanks, and the lines under its value one person each', () => {
    expect(people(form)).toEqual([
      ['Vera Holm', 'chair', 'V'],
      ['Tor Sand', 'checker', 'KD'],
      ['Ulla Fors', '', 'L'],
      ['Nils Borg', '', 'ekonomichef'],
      ['Maja Strand', 'secretary', null],
    ]);
    expect(parseMinutes(form).date).toBe('2025-09-04');
  });

  it('reads a tab as the gap too', () => {
    expect(people('Asistentes:\n\nAnwesend\tKarl Ost, Lena Wirt\n')).toEqual([['Karl Ost', '', null], ['Lena Wirt', '', null]]);
  });

  it('reads a line of full names under the first as a list, not as one person with details', () => {
    const text = 'Närvarande    Vera Holm, Tor Sand\n              Ulla Fors, Nils Borg\n';
    expect(people(text).map(([name]) => name)).toEqual(['Vera Holm', 'Tor Sand', 'Ulla Fors', 'Nils Borg']);
  });

  it('takes no sentence typed with two blanks after its full stop for a column', () => {
    const meeting = parseMinutes('Location.  Vera Holm will book the hall.\n');
    expect(meeting.actions.map((a) => a.text)).toEqual(['Vera Holm will book the hall.']);
    expect(meeting.location).toBeNull();
  });

  it('needs the gap: a label word opening a sentence after one blank is no label', () => {
    expect(people('Ledamöter var överens om att Vera Holm leder arbetet.\n')).toEqual([]);
  });
});

describe('labels that join date and place', () => {
  it('names a date and place field, in each language, with its words for "and"', () => {
    for (const label of ['Aika ja paikka', 'Plats och tid', 'Ort und Zeit', 'Datum en plaats', 'Date, time and venue']) {
      expect(fieldOf(label, all)).toBe('dateAndPlace');
    }
    expect(fieldOf('Datum och tid', all)).toBe('date');
    expect(fieldOf('Tid och plats för justering', all)).toBeNull();
  });

  it('reads the date, the times and, from what is left between commas, the place', () => {
    const fi = parseMinutes('Hallituksen kokous\nAika ja paikka: 3.10.2025 klo 17.30–19.00, seurakuntatalon sali\n');
    expect([fi.date, fi.startTime, fi.endTime, fi.location]).toEqual(['2025-10-03', '17:30', '19:00', 'seurakuntatalon sali']);
    const de = parseMinutes('Sitzung des Vorstands\nOrt und Zeit: Bootshaus, 14.05.2025, 18 Uhr\n');
    expect([de.date, de.startTime, de.location]).toEqual(['2025-05-14', '18:00', 'Bootshaus']);
    const sv = parseMinutes('Nämndens sammanträde 2025-09-04\n\nPlats och tid      Rådhuset, sal B, kl. 09.00–11.30\n');
    expect([sv.startTime, sv.endTime, sv.location]).toEqual(['09:00', '11:30', 'Rådhuset, sal B']);
  });

  it('leaves the labelled lines under a heading that joins date and place to their own labels', () => {
    const text = '# Board meeting\n\n## Date and place\n\nDate: 9 October 2025\nPresent: Kim Lowe, Ada Park\n';
    const meeting = parseMinutes(text);
    expect(meeting.date).toBe('2025-10-09');
    expect(meeting.location).toBeNull();
    expect(meeting.participants.map((p) => p.name)).toEqual(['Kim Lowe', 'Ada Park']);
  });
});

describe('a case reference beside an item number', () => {
  it('is no title: the title is the next line', () => {
    expect(readItemNumber('§ 31    Dnr BUN 2025/88', all)).toMatchObject({ number: '31', title: '', reference: 'Dnr BUN 2025/88' });
    expect(readItemNumber('§ 4 Dnro 112/00.01/2025', all)?.title).toBe('');
    const item = (n: number, title: string) => `§ ${n}                Dnr BUN 2025/${n + 50}\n\n${title}\n\nNämnden beslutar att godkänna förslaget.\n\n`;
    const text = `Närvarande: Vera Holm\n\n${item(31, 'Skolskjuts i Norrby')}${item(32, 'Lokalbehov 2026')}`;
    expect(parseMinutes(text).agenda.map((a) => [a.number, a.title, a.reference])).toEqual([['31', 'Skolskjuts i Norrby', 'Dnr BUN 2025/81'], ['32', 'Lokalbehov 2026', 'Dnr BUN 2025/82']]);
  });

  it('needs a code: words in lower case make it a title', () => {
    expect(readItemNumber('3. Reference group 2026', all)?.title).toBe('Reference group 2026');
    expect(readItemNumber('§ 7 Kenmerken van de wijk', all)?.title).toBe('Kenmerken van de wijk');
  });
});

describe('a body\'s decision named on the line over it', () => {
  const item = 'Närvarande: Vera Holm, Tor Sand\n\n§ 4 Lokaler\n\n';

  it('reads the lines under `<body>s beslut` in its paragraph as the decision, without the label', () => {
    const text = `${item}Förslag till beslut\nNämnden föreslås besluta att hyra skolans aula.\n\nKulturnämndens beslut\nNämnden beslutar att hyra skolans aula.\n`;
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual(['Nämnden beslutar att hyra skolans aula.']);
    expect(fieldOf('Förslag till beslut', all)).toBe('proposal');
  });

  it('takes a heading that ends in a decision word for a topic, not for the label', () => {
    expect(fieldOf('Grants approved', all, true)).toBeNull();
    expect(fieldOf('Kulturnämndens beslut', all)).toBe('decisions');
  });
});
