import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading an eleventh round of real Dutch minutes (parents' councils, sports clubs,
 * village councils, pages exported from Word or PDF). Every example here is written for the test;
 * none is a line of those minutes.
 */

describe('the line that names the meeting with its date dates it, not a dateline above it', () => {
  const body = '\n\n1. Opening\n\nDe voorzitter opent de vergadering.\n\n2. Mededelingen\n\nGeen.\n\n3. Rondvraag\n\nGeen vragen.\n';

  it('takes the date of the sentence naming the meeting under a club letterhead with its founding date', () => {
    const text = `ROEIVERENIGING DE SPAARNE\n\nOpgericht te Haarlem 3 april 1961\n\nNotulen van de Algemene Ledenvergadering, gehouden op dinsdag 12 maart 2024 in het botenhuis\n\nAanwezig: Karin Smit, Pieter de Groot${body}`;
    expect(parseMinutes(text).date).toBe('2024-03-12');
  });

  it('takes the meeting line under a letter dateline in German', () => {
    const text = `Protokoll der Mitgliederversammlung 2023\nKleingartenverein „Sonnenhang“ e. V. Lindenau 02.05.2023\n\nProtokoll über die Jahreshauptversammlung am 15.04.2023 im Vereinsheim\n\nAnwesend: Jana Krause, Tom Berger${body}`;
    expect(parseMinutes(text).date).toBe('2023-04-15');
  });

  it('keeps the first dated line when a line below only tells of the previous meeting', () => {
    const text = `Werkgroep Groen\n\nZandvoort, 5 maart 2024\n\nNotulen vorige vergadering van 6 februari 2024 worden goedgekeurd.${body}`;
    expect(parseMinutes(text).date).toBe('2024-03-05');
  });

  it('keeps the first dated line when the meeting line stands below the list of people', () => {
    const text = `Werkgroep Groen\n\nZandvoort, 5 maart 2024\n\nAanwezig: Karin Smit, Pieter de Groot\n\nDe vergadering van 20 februari 2024 heeft de begroting vastgesteld.${body}`;
    expect(parseMinutes(text).date).toBe('2024-03-05');
  });
});
