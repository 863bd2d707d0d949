import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading a tenth round of real Dutch minutes (advisory councils, student unions,
 * councils' records flattened from PDF, parish boards). Every example here is written for the
 * test; none is a line of those minutes.
 */

const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present !== false).map((p) => p.name);

describe('a roster of one person a paragraph goes on through a group and its members', () => {
  const head = 'Notulen ALV Roeivereniging De Spaarne\n\nDatum: 3 juni 2024\n\nAanwezigen:\n\n';
  const body = '\n\n1. Opening\n\nDe voorzitter opent de vergadering.\n\n2. Mededelingen\n\nGeen.\n\n3. Rondvraag\n\nGeen vragen.\n';

  it('reads the names after a group line with a number or a term in its name, and the names after it', () => {
    const text = `${head}Dagelijks bestuur: Karin Smit en Pieter de Groot\n\nBestuur 12: 2023/2024: Ans Bakker, Joost van Dam en Lotte ter Horst.\n\nWillem de Vries\n\nFenna Kuipers (gast)${body}`;
    expect(present(text)).toEqual(['Karin Smit', 'Pieter de Groot', 'Ans Bakker', 'Joost van Dam', 'Lotte ter Horst', 'Willem de Vries', 'Fenna Kuipers']);
  });

  it('reads a group line in the middle of the roster', () => {
    const text = `${head}Willem de Vries\n\nKascommissie 2024: Ans Bakker en Joost van Dam\n\nLotte ter Horst${body}`;
    expect(present(text)).toEqual(['Willem de Vries', 'Ans Bakker', 'Joost van Dam', 'Lotte ter Horst']);
  });

  it('stops at a paragraph that is a sentence with a colon, not a group', () => {
    const text = `${head}Willem de Vries\n\nLotte ter Horst\n\nOpmerking: de zaal was te klein voor Ans Bakker en Joost van Dam.\n\nAns Bakker${body}`;
    expect(present(text)).toEqual(['Willem de Vries', 'Lotte ter Horst']);
  });
});

describe('a list run together from a PDF is cut before each form of address', () => {
  const body = '\n\n1. Opening\nDe voorzitter opent.\n2. Mededelingen\nGeen.\n3. Rondvraag\nGeen.\n';

  it('reads each `de heer` / `mevrouw` as the start of a name when no comma parts them', () => {
    const text = `Notulen van de vergadering van de raad van Zandhoven, gehouden op 3 maart 2024\n\nAanwezig: de heer J. Jansen de heer P. de Vries mevrouw A. Bakker-Smit de heer dr. K. van Dam (VVD)${body}`;
    expect(present(text)).toEqual(['J. Jansen', 'P. de Vries', 'A. Bakker-Smit', 'K. van Dam']);
  });

  it('leaves a list parted by commas as it was, one form of address a name', () => {
    const text = `Notulen van de vergadering van de raad van Zandhoven, gehouden op 3 maart 2024\n\nAanwezig: dhr. J. Jansen, mw. A. Bakker-Smit, K. van Dam${body}`;
    expect(present(text)).toEqual(['J. Jansen', 'A. Bakker-Smit', 'K. van Dam']);
  });
});

describe('a comma between the date and the place of the sentence of record', () => {
  const body = '\n\n1. Opening\nDe voorzitter opent de vergadering.\n2. Mededelingen\nGeen.\n3. Rondvraag\nGeen.\n';

  it('reads the place after `gehouden op DATE, in ...`', () => {
    const text = `NOTULEN ALGEMENE LEDENVERGADERING VAN DE HISTORISCHE KRING ZANDHOVEN gehouden op 12 maart 2024, in zaal De Linde te Zandhoven.${body}`;
    expect(parseMinutes(text).location).toBe('zaal De Linde te Zandhoven');
  });

  it('reads no place where the words after the comma are no place', () => {
    const text = `NOTULEN ALGEMENE LEDENVERGADERING VAN DE HISTORISCHE KRING ZANDHOVEN gehouden op 12 maart 2024, de voorzitter opent om 20.00 uur.${body}`;
    expect(parseMinutes(text).location).toBeNull();
  });
});
