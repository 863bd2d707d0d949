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

describe('a body of the organisation that is to do something takes the task, with no person as owner', () => {
  const tasks = (text: string) => parseMinutes(text).actions.map((a) => ({ text: a.text, owners: a.owners, cue: a.cue?.words }));
  const nl = (line: string) => `Notulen bestuursvergadering 3 maart 2024\n\n1. Opening\n\nDe voorzitter opent de vergadering.\n\n2. Ledenadministratie\n\nAnneke Visser licht de cijfers toe.\n\n${line}\n\n3. Rondvraag\n\nGeen vragen.\n`;
  const en = (line: string) => `Minutes of the board meeting, 3 March 2024\n\n1. Opening\n\nThe chair opened the meeting.\n\n2. Membership\n\nAnna Clarke presented the figures.\n\n${line}\n\n3. Any other business\n\nNone.\n`;

  it('reads a Dutch body with `zal`, after an article and an adjective or as initials', () => {
    expect(tasks(nl('Het bestuur zal de contributieregeling nader bekijken.'))).toEqual([{ text: 'Het bestuur zal de contributieregeling nader bekijken.', owners: [], cue: 'Het bestuur zal' }]);
    expect(tasks(nl('Het dagelijks bestuur zal het voorwerk voor de jaarvergadering doen.'))[0]?.cue).toBe('Het dagelijks bestuur zal');
    expect(tasks(nl('De MR zal de ouders per brief informeren.'))[0]?.cue).toBe('De MR zal');
    expect(tasks(nl('De kascommissie zal de boeken voor 1 mei controleren.'))[0]?.cue).toBe('De kascommissie zal');
  });

  it('reads a body with its future auxiliary in English, German and Swedish', () => {
    expect(tasks(en('The committee will review the parking policy.'))[0]?.cue).toBe('The committee will');
    const de = parseMinutes('Protokoll der Vorstandssitzung vom 3. März 2024\n\n1. Begrüßung\n\nDie Vorsitzende eröffnet die Sitzung.\n\n2. Finanzen\n\nJana Krause berichtet über den Haushalt.\n\nDer Vorstand wird die Beitragsordnung prüfen.\n\n3. Verschiedenes\n\nKeine.\n');
    expect(de.actions.map((a) => a.cue?.words)).toContain('Der Vorstand wird');
    const sv = parseMinutes('Protokoll från styrelsemöte 3 mars 2024\n\n§ 1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n§ 2 Ekonomi\n\nKarin Ek redogjorde för budgeten.\n\nStyrelsen kommer att undersöka saken.\n\n§ 3 Övriga frågor\n\nInga.\n');
    expect(sv.actions.map((a) => a.cue?.words)).toContain('Styrelsen kommer att');
  });

  it('gives no task where the meeting itself is the subject, or the body only reports or meets', () => {
    expect(tasks(nl('De vergadering gaat akkoord met de begroting.'))).toEqual([]);
    expect(tasks(nl('Het panel neemt de mededeling voor kennisgeving aan.'))).toEqual([]);
    expect(tasks(nl('De ouderraad gaat de taken alvast verdelen.'))).toEqual([]);
    expect(tasks(nl('Het bestuur zal op 5 mei weer vergaderen.'))).toEqual([]);
    expect(tasks(en('The committee will meet again in May.'))).toEqual([]);
    expect(tasks(nl('Het bestuur heeft de contributieregeling bekeken.'))).toEqual([]);
  });
});

describe('a list of people wrapped at a width goes on after the word for "and" and after a particle', () => {
  const body = '\n\n1. Opening\n\nDe voorzitter opent de vergadering.\n\n2. Mededelingen\n\nGeen.\n\n3. Rondvraag\n\nGeen vragen.\n';
  const present = (head: string) => parseMinutes(`Notulen ledenvergadering 3 maart 2024\n\n${head}${body}`).participants.filter((p) => p.present !== false).map((p) => p.name);

  it('joins the last name after a line that ends in the word for "and"', () => {
    expect(present('Aanwezig: Joris Bakker, Femke de Wit, Harm van Beek, Lotte Hendriks en\nNoor Jansen.')).toEqual(['Joris Bakker', 'Femke de Wit', 'Harm van Beek', 'Lotte Hendriks', 'Noor Jansen']);
    expect(present('Present: Alice Turner, Ben Castle, Clara Doyle, Daniel Evans, Fiona Grant and\nGeorge Hill.')).toEqual(['Alice Turner', 'Ben Castle', 'Clara Doyle', 'Daniel Evans', 'Fiona Grant', 'George Hill']);
  });

  it('joins a given name at a line end to a surname with a particle, or before the word for "and"', () => {
    expect(present('Aanwezig: Joris Bakker (voorzitter), Femke de Wit, Harm van Beek, Lotte\nvan der Heijden (secretaris), Noor Jansen.')).toEqual(['Joris Bakker', 'Femke de Wit', 'Harm van Beek', 'Lotte van der Heijden', 'Noor Jansen']);
    expect(present('Aanwezig: Joris Bakker, Femke de Wit, Harm van Beek, Ruud Smits, Lotte\nHendriks en Noor Jansen.')).toEqual(['Joris Bakker', 'Femke de Wit', 'Harm van Beek', 'Ruud Smits', 'Lotte Hendriks', 'Noor Jansen']);
  });

  it('does not take a sentence in lower case after the word for "and", nor a short line', () => {
    expect(present('Aanwezig: Joris Bakker, Femke de Wit, Harm van Beek, Lotte Hendriks en\nde leden van de kascommissie.')).toEqual(['Joris Bakker', 'Femke de Wit', 'Harm van Beek']);
    expect(present('Aanwezig: Joris Bakker en\nNoor Jansen\n\nDe vergadering begint om acht uur.')).not.toContain('Joris Bakker en Noor Jansen');
  });
});
