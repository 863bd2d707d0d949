import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** When an event is held (a date for the next meeting, a party in April) is nobody's task. */

const tasks = (heading: string, people: string, body: string) =>
  parseMinutes(`# ${heading}\n\n${people}\n\n## 1. Övrigt\n\n${body}\n`).actions.map((a) => a.text);

describe('a sentence that says when an event is held', () => {
  it('gives no task in Swedish, Finnish, Dutch or German', () => {
    expect(tasks('Styrelsemöte 2025-03-04', 'Närvarande: Lena Ek, Olof Berg', 'Vårstädningen ska hållas i april.')).toEqual([]);
    expect(tasks('Hallituksen kokous 4.3.2025', 'Läsnä: Aino Salo, Eero Laine', 'Seuraava kokous pidetään 8.4.2025 klo 18.')).toEqual([]);
    expect(tasks('Hallituksen kokous 4.3.2025', 'Läsnä: Aino Salo, Eero Laine', 'Kerhoillat pidetään joka kuun toinen keskiviikko.')).toEqual([]);
    expect(tasks('Bestuursvergadering 4 maart 2025', 'Aanwezig: Sanne de Wit, Joris Bakker', 'De jaarvergadering zal op 12 mei plaatsvinden.')).toEqual([]);
    expect(tasks('Vorstandssitzung 4. März 2025', 'Anwesend: Jana Roth, Felix Maier', 'Das Sommerfest soll am 5. Juli abgehalten werden.')).toEqual([]);
  });

  it('still gives the task of another passive in the same sentence', () => {
    expect(tasks('Hallituksen kokous 4.3.2025', 'Läsnä: Aino Salo, Eero Laine', 'Aika, jolloin kevätretki pidetään toukokuussa, sovitaan 20.3.2025 mennessä.')).toHaveLength(1);
  });

  it('keeps a passive task of keeping something in a state, which names no time', () => {
    expect(tasks('Styrelsemöte 2025-03-04', 'Närvarande: Lena Ek, Olof Berg', 'Medlemsregistret ska hållas uppdaterat.')).toHaveLength(1);
  });

  it('keeps a task with a doer whatever it holds', () => {
    expect(tasks('Styrelsemöte 2025-03-04', 'Närvarande: Lena Ek, Olof Berg', 'Lena bokar lokalen där årsmötet hålls den 12 mars.')).toHaveLength(1);
  });
});
