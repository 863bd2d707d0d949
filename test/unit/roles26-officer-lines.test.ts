import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// An office and its holder on a line of their own in the header. Invented minutes.

const people = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles]);

describe('an office and its holder on a line of their own', () => {
  it('gives the listed person the office, in Finnish and English', () => {
    const fi = '# Hallituksen kokous 9.2.2025\n\nLäsnä: Aila Pelkonen, Onni Rautio, Veera Salo\n\nPuheenjohtaja Aila Pelkonen\nSihteeri Onni Rautio\n\n## 1. Avaus\nKokous avattiin.\n';
    expect(people(fi)).toEqual([['Aila Pelkonen', ['chair']], ['Onni Rautio', ['secretary']], ['Veera Salo', []]]);
  });

  it('names no one who is not listed: a heading is no officer', () => {
    const text = '# Board meeting 9 February 2025\n\nPresent: Petra Quill, Dev Oakes\n\n## Chair Report\nFine.\n\nSecretary Update\n';
    expect(people(text)).toEqual([['Petra Quill', []], ['Dev Oakes', []]]);
  });
});

describe('officers listed for another purpose are no officers of the meeting', () => {
  it('reads next year\'s board and the officers an annual meeting elects as no meeting roles', () => {
    const fi = '# Yhdistyksen vuosikokous\n\nAika: 11.5.2026 klo 18\nLäsnä: Aino Aho, Eero Salo, Pekka Virta, Liisa Koski\n\n1. Kokouksen avaus\nEero Salo avasi kokouksen.\n\n2. Hallitus vuodelle 2027\nPuheenjohtaja Aino Aho\nSihteeri Liisa Koski\n';
    expect(people(fi).filter(([name]) => name === 'Aino Aho' || name === 'Liisa Koski')).toEqual([['Aino Aho', []], ['Liisa Koski', []]]);
    const en = '# Annual general meeting\n\nDate: 2026-05-11\nPresent: Ann Lee, Bo Chan, Dee Fox, Eli Park\n\n1. Opening\nBo Chan welcomed everyone.\n\n2. Election of officers for 2027\n- President Ann Lee\n- Secretary Dee Fox\n';
    expect(people(en)).toEqual([['Ann Lee', []], ['Bo Chan', []], ['Dee Fox', []], ['Eli Park', []]]);
  });

  it('reads an item about the report as no office', () => {
    const nl = '# Ledenvergadering\n\nDatum: 11 mei 2026\nAanwezig: Jan de Vries, Els Bakker, Piet Smit\nVoorzitter: Jan de Vries\n\nAgenda\n1. Opening\n2. Verslag Els Bakker\n3. Rondvraag\n';
    expect(people(nl)).toEqual([['Jan de Vries', ['chair']], ['Els Bakker', []], ['Piet Smit', []]]);
  });

  it('still reads the meeting\'s officers under the item that elects them', () => {
    const fi = '# Kevätkokous 9.2.2025\n\nLäsnä: Aila Pelkonen, Onni Rautio, Veera Salo\n\n1. Kokouksen avaus\nAvattiin.\n\n2. Kokouksen puheenjohtajan ja sihteerin valinta\nPuheenjohtaja Aila Pelkonen\nSihteeri Onni Rautio\n';
    expect(people(fi)).toEqual([['Aila Pelkonen', ['chair']], ['Onni Rautio', ['secretary']], ['Veera Salo', []]]);
  });
});
