import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('agreement told as the members agreeing', () => {
  it('reads a Dutch "we spraken af dat" as a decision', () => {
    expect(decisions('Bestuursvergadering 1 maart 2024\n\nAanwezig: Piet Bos, Ria Smit\n\n## Zondagopening\n\nWe spraken af dat de zondagopening in oktober vervalt.\n')).toEqual(['We spraken af dat de zondagopening in oktober vervalt.']);
  });

  it('reads a Swedish body or its members being agreed that as a decision', () => {
    const sv = 'Styrelsemöte 2024-03-01\n\nNärvarande: Anna Berg, Erik Lund\n\n## Remiss\n\n';
    expect(decisions(`${sv}Medlemmarna var överens om att skicka in synpunkter på remissen.`)).toEqual(['Medlemmarna var överens om att skicka in synpunkter på remissen.']);
    expect(decisions(`${sv}Styrelsen är enig om att höja avgiften.`)).toEqual(['Styrelsen är enig om att höja avgiften.']);
    expect(decisions(`${sv}Medlemmarna diskuterade remissen.`)).toEqual([]);
  });

  it('reads a German "wir waren uns einig"', () => {
    expect(decisions('Vorstandssitzung 01.03.2024\n\nAnwesend: Tim Berg, Eva Lutz\n\n## Rücklage\n\nWir waren uns einig, weiter 50 € im Monat zurückzulegen.\n')).toEqual(['Wir waren uns einig, weiter 50 € im Monat zurückzulegen.']);
  });
});

describe('a cue of deciding that closes a sentence of one clause', () => {
  const sv = 'Möte 2023-03-12\n\nNärvarande: Johan Ek, Sara Lind\n\n## Budget\n\n';
  it('reads a long subject before a Swedish passive, and a note without its auxiliary', () => {
    expect(decisions(`${sv}Budgeten på 500 kr för hosting under nästa år godkändes.`)).toEqual(['Budgeten på 500 kr för hosting under nästa år godkändes.']);
    expect(decisions('Meeting 2023-03-12\n\nPresent: Jan Ek, Eva Lutz\n\n## Budget\n\nNew hosting budget for the coming year approved.\n')).toEqual(['New hosting budget for the coming year approved.']);
  });

  it('reads no report, denial or second clause so', () => {
    expect(decisions(`${sv}Johan berättar att budgeten för hosting godkändes.`)).toEqual([]);
    expect(decisions(`${sv}Budgeten för hosting under nästa år har inte godkändes.`)).toEqual([]);
    expect(decisions(`${sv}Sara har frågat om budgeten för hosting godkändes.`)).toEqual([]);
  });
});

describe('a verdict or a consent that closes a note', () => {
  it('reads a Swedish note closed by its verdict and a German one closed by everyone in favour', () => {
    expect(decisions('Möte 2023-03-12\n\nNärvarande: Johan Ek, Sara Lind\n\n## Verkstaden\n\n- introkurs krävs innan man får köra själv — beslutat\n')).toHaveLength(1);
    expect(decisions('Möte 2023-03-12\n\nNärvarande: Johan Ek, Sara Lind\n\n## Flytten\n\n- vi kör på flyttfirman, bestämt\n')).toHaveLength(1);
    expect(decisions('Treffen 12.03.2023\n\nAnwesend: Jan Ek, Eva Lutz\n\n## Hackday\n\n- Hackday am Samstag im Makerspace, alle dafür\n')).toHaveLength(1);
  });
  it('reads no verdict where the word only stands inside the note', () => {
    expect(decisions('Möte 2023-03-12\n\nNärvarande: Johan Ek, Sara Lind\n\n## Flytten\n\n- det som bestämt ska göras är inte klart än\n')).toEqual([]);
  });
});
