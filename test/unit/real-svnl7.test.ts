import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading a seventh round of real Swedish and Dutch minutes (road associations,
 * local heritage societies, parents' committees, neighbourhood councils). Every example here is
 * written for the test; none is a line of those minutes.
 */

const tasks = (text: string) => parseMinutes(text).actions.map((a) => ({ text: a.text, owners: a.owners, cue: a.cue?.words }));

const sv = (line: string) =>
  `Protokoll fört vid styrelsemöte med Strandvägens vägförening 3 mars 2025\n\nNärvarande: Maja Lind, ordförande; Olle Berg, sekreterare; Stina Holm, kassör\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Vägen\n${line}\n\n3. Nästa möte\nNästa möte hålls i maj.\n`;

describe('a present passive of a deed is a task in Swedish, wherever the verb stands', () => {
  it('reads a deed passive after the fronted subject, nobody named', () => {
    expect(tasks(sv('Kontakt tas med kommunen angående belysningen.'))).toEqual([
      { text: 'Kontakt tas med kommunen angående belysningen.', owners: [], cue: 'Kontakt tas' },
    ]);
    expect(tasks(sv('Nya skyltar beställs till sommaren.'))[0]?.cue).toBe('beställs');
  });

  it('names the doer after the preposition of the agent, in the genitive or as a role', () => {
    expect(tasks(sv('Grus beställs genom Stina Holms försorg.'))[0]?.owners).toEqual(['Stina Holm']);
    expect(tasks(sv('Offert på snöröjning infordras genom ordföranden.'))[0]?.owners).toEqual(['Maja Lind']);
    expect(tasks(sv('Bommen lagas av Olle Berg.'))[0]?.owners).toEqual(['Olle Berg']);
  });

  it('gives no task for a negated deed, the meeting bringing up a matter, or a report', () => {
    expect(tasks(sv('Nya skyltar beställs inte i år.'))).toEqual([]);
    expect(tasks(sv('Frågan om belysning tas upp på årsmötet.'))).toEqual([]);
    expect(tasks(sv('Medlemmarna informeras om vägavgiften.'))).toEqual([]);
  });

  it('gives no task where a word of none or a negation stands anywhere in the clause', () => {
    expect(tasks(sv('Ingen ny gräsklippare köps in i år.'))).toEqual([]);
    expect(tasks(sv('Inget nytt virke beställs till hösten.'))).toEqual([]);
    expect(tasks(sv('Förra sommaren lagades bommen, men i år lagas ingenting.'))).toEqual([]);
  });

  it('gives no task for a routine described', () => {
    expect(tasks(sv('Stugan bokas via föreningens webbsida.'))).toEqual([]);
    expect(tasks(sv('Medlemsregistret uppdateras automatiskt varje vecka.'))).toEqual([]);
    expect(tasks(sv('Posten hämtas som vanligt hos kassören.'))).toEqual([]);
  });

  it('gives no task for a passive inside a proposal, a question, a relative clause or a title', () => {
    expect(tasks(sv('Stina föreslog att bussen bokas till utflykten.'))).toEqual([]);
    expect(tasks(sv('Olle undrade om kvittot skickas till kassören.'))).toEqual([]);
    expect(tasks(sv('Det diskuterades om salt beställs till vintern.'))).toEqual([]);
    expect(tasks(sv('Vad som lagas först avgörs i april.'))).toEqual([]);
    expect(tasks(sv('En lista över det som köps in till städdagen finns hos Olle Berg.'))).toEqual([]);
  });

  it('reads no doer from a genitive before the verb, and every role joined after it', () => {
    expect(tasks(sv('Ett exemplar av kassörens rapport skickas till revisorerna.'))[0]?.owners).toEqual([]);
    expect(tasks(sv('En sammanfattning av Olle Bergs förslag mejlas till medlemmarna.'))[0]?.owners).toEqual([]);
    expect(tasks(sv('Inbjudan ska skickas av ordförande och kassör.'))[0]?.owners).toEqual(['Maja Lind', 'Stina Holm']);
  });

  it('reads a genitive after the preposition as the doer only before a noun of care', () => {
    expect(tasks(sv('Inbjudan ska skickas genom kassörens adresslista.'))[0]?.owners).toEqual([]);
    expect(tasks(sv('Inbjudan ska skickas genom Olle Bergs adresslista.'))[0]?.owners).toEqual([]);
    expect(tasks(sv('Inbjudan ska skickas genom kassörens försorg.'))[0]?.owners).toEqual(['Stina Holm']);
  });
});

describe('the roles joined after a preposition of the agent are all the doers', () => {
  it('reads every role of an English or Dutch agent list', () => {
    const en = 'Minutes of the Committee Meeting, 3 March 2025\n\nPresent: Ann Lee (chair), Tom Hart (secretary), Bea Wong (treasurer)\n\n1. Grant\nThe form is to be signed by the secretary and the treasurer.\n';
    expect(parseMinutes(en).actions[0]?.owners).toEqual(['Tom Hart', 'Bea Wong']);
    const nl = 'Verslag bestuursvergadering 3 maart 2025\n\nAanwezig: Mirjam de Boer (voorzitter), Koen Vermeer (secretaris), Lotte Jansen (penningmeester)\n\n1. Subsidie\nHet formulier moet worden getekend door de secretaris en de penningmeester.\n';
    expect(parseMinutes(nl).actions[0]?.owners).toEqual(['Koen Vermeer', 'Lotte Jansen']);
  });
});

describe('a subject of none with a modal says what nobody is to do: no task', () => {
  const nl = (line: string) =>
    `Verslag bestuursvergadering 3 maart 2025\n\nAanwezig: Mirjam de Boer (voorzitter), Koen Vermeer (secretaris), Lotte Jansen\n\n1. Opening\nDe voorzitter opent de vergadering.\n\n2. Zaalhuur\n${line}\n\n3. Rondvraag\nGeen vragen.\n`;

  it('gives no task for a Swedish or Dutch sentence opening with a word of none', () => {
    expect(tasks(sv('Inga nya skyltar ska beställas i år.'))).toEqual([]);
    expect(tasks(sv('Ingen behöver adjungeras.'))).toEqual([]);
    expect(tasks(nl('Niemand zal de zaal afhuren.'))).toEqual([]);
    expect(tasks(nl('Geen van de leden moet de sleutel ophalen.'))).toEqual([]);
  });

  it('keeps the task of a clause after a comma, and a sentence with no modal is left to the other rules', () => {
    expect(tasks(sv('Inga invändningar, Olle ska skicka brevet.'))[0]?.owners).toEqual(['Olle Berg']);
    expect(tasks(sv('Nya skyltar ska beställas i år.'))).toHaveLength(1);
  });

  it('ends the clause of none at a word that joins a second main clause', () => {
    expect(tasks(sv('Ingen av oss kan i juni och Olle ska därför ringa kommunen.'))[0]?.owners).toEqual(['Olle Berg']);
    expect(tasks(nl('Niemand heeft tijd in mei en Koen zal daarom de gemeente bellen.'))[0]?.owners).toEqual(['Koen Vermeer']);
  });
});
