import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading a ninth round of real Swedish minutes: a joint-property association, a
 * heritage federation, a staff association, a sports education federation, a regional council and
 * a municipal committee, most of them pages flattened from PDF. Every example here is written for
 * the test; none is a line of those minutes.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

describe('a page flattened from PDF whose item numbers lost their stop', () => {
  const page1 =
    'Protokoll fört vid Ekdalens tennisklubbs årsmöte i klubbstugan den 4 mars 2024 ' +
    'Närvarande Medlemmar Gäster Stina Berg, ordförande Olle Dahl, kassör Lena Ek, valberedningen ' +
    'Bilagor 1 Kallelse 2 Budget 3 Valberedningens förslag ' +
    '1 Mötets öppnande Klubbens ordförande Stina Berg hälsar alla välkomna och förklarar årsmötet öppnat. ' +
    'Lena Ek berättar att valberedningen har talat med alla i styrelsen under vintern. ' +
    '2 Val av mötesordförande Till ordförande för mötet väljs Stina Berg. Olle Dahl påpekar att 12 Frågor från medlemmarna ' +
    'tas upp under övriga frågor och att punkten om banavgifter flyttas sist.\n\n';
  const page2 = '2 Mötet godkänner valet. 3 Godkännande av dagordningen Dagordningen godkänns med ändringen.\n';

  it('reads a run of numbers going on the count as the items, and the next page goes on with the count', () => {
    expect(agenda(page1 + page2)).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Val av mötesordförande'],
      ['3', 'Godkännande av dagordningen'],
    ]);
  });

  it('drops the list of attachments given before the items, numbered from 1 like them', () => {
    const titles = agenda(page1 + page2).map(([, title]) => title);
    expect(titles).not.toContain('Kallelse');
    expect(titles).not.toContain('Budget');
  });

  it('leaves a long paragraph whole when its numbers before capitals are no count (`att 14 Val`, `10 Medlemmar`)', () => {
    const prose =
      'Styrelsen gick igenom höstens planering och konstaterade att 14 Val av nya ledamöter måste förberedas i god tid. ' +
      'Vid förra träffen deltog 10 Medlemmar från olika orter, och kassören påminde om att 3 Fakturor fortfarande är obetalda ' +
      'sedan i våras. Diskussionen fortsatte om lokalfrågan, där flera olika alternativ har undersökts under sommaren.\n';
    expect(agenda(`Styrelsemöte 2024-09-03\n\n${prose}`)).toEqual([]);
  });

  it('leaves a short paragraph whole: only a line the length of a page is a flattened page', () => {
    expect(agenda('Styrelsemöte 2024-09-03\n\nVi talade om 1 Ekonomi och 2 Lokaler men beslutade inget.\n')).toEqual([]);
  });
});

describe('a numbered list rendered with a bullet before each number', () => {
  const text =
    'Styrelsemöte 2024-03-12\n\n' +
    '  • 1 Mötet öppnas\n\nOrdföranden Eva Lund öppnar mötet.\n\n' +
    '  • 2 Föregående protokoll\n\nProtokollet godkänns och läggs till handlingarna.\n\n' +
    '  • 3 Ekonomi\n\nKassören redovisar läget.\n\n' +
    '  • 4 Nästa möte\n\nDen 9 april hos Per.\n';

  it('reads `• 1 Mötet öppnas` as item 1, its notes below it', () => {
    expect(agenda(text)).toEqual([
      ['1', 'Mötet öppnas'],
      ['2', 'Föregående protokoll'],
      ['3', 'Ekonomi'],
      ['4', 'Nästa möte'],
    ]);
  });

  it('reads no items from bullets that count votes or things (`• 5 Ja`, `• 2 Nej`)', () => {
    const votes = 'Styrelsemöte 2024-03-12\n\nOmröstning om budgeten:\n\n  • 5 Ja\n  • 2 Nej\n  • 1 Avstod\n\nBudgeten antogs.\n';
    expect(agenda(votes)).toEqual([]);
  });
});

describe('a register whose lines set a place or a body after each name, with no comma', () => {
  const people = (text: string) => parseMinutes(text).participants.map((p) => p.name);
  const text =
    'Protokoll från styrelsemöte i Björkby bygdegård 2024-10-02\n\n' +
    'Närvarande   Eva Lund Björkby\nPer Ek Medelby fornminnesförening\nAnna Berg via Teams\nOlle Dahl Åby\n\n' +
    '§1 Mötets öppnande\n\nOrdföranden Eva Lund öppnade mötet.\n';

  it('reads the name before a detail in lower case (`Per Ek Medelby fornminnesförening`, `Anna Berg via Teams`) and goes on', () => {
    expect(people(text)).toEqual(expect.arrayContaining([expect.stringMatching(/^Per Ek/u), 'Anna Berg', expect.stringMatching(/^Olle Dahl/u)]));
  });

  it('stops at a line that is a sentence (`Olle Dahl har skrivit till föreningen om bryggan`)', () => {
    const sentence = text.replace('Olle Dahl Åby', 'Olle Dahl har skrivit till föreningen om bryggan');
    expect(people(sentence)).not.toContainEqual(expect.stringMatching(/^Olle Dahl/u));
  });
});

describe('`Närv:`, the short form of `Närvarande`, labels the people present', () => {
  it('reads `Närv: Eva L, Per E, Anna B.` as three people present', () => {
    const text = 'Minnesanteckningar från styrelsens möte 2024-05-06\nNärv: Eva L, Per E, Anna B.\n\n• Vi diskuterade höstens program.\n';
    expect(parseMinutes(text).participants.map((p) => p.name)).toEqual(['Eva L', 'Per E', 'Anna B']);
  });
});

describe('what a flattened header line and a report of the meeting are not: a task', () => {
  const actions = (text: string) => parseMinutes(text).actions.map((a) => a.text);

  it('gives no task for a label whose last word is shaped as a verb (`AU ledamöter: ...`)', () => {
    const text = 'Protokoll fört vid förbundsstyrelsens sammanträde 2024-02-05\n\nNärvarande: Förhinder: Vid protokollet: AU ledamöter: Eva Lund (ordf), Per Ek, Anna Berg.\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n';
    expect(actions(text)).toEqual([]);
  });

  it('gives no task for a verb of the meeting\'s procedure in the present (`Per Ek föredrar ärendet`, `Eva Lund yrkar bifall`, `reserverar sig`)', () => {
    const text = 'Styrelsemöte 2024-02-05\n\nNärvarande: Per Ek, Eva Lund\n\n1. Budget\n\nPer Ek föredrar ärendet. Eva Lund yrkar bifall till förslaget. Per Ek reserverar sig mot beslutet.\n';
    expect(actions(text)).toEqual([]);
  });

  it('keeps the task of a present-tense verb of doing (`Per Ek skickar kallelsen`), and of signing up (`anmäler sig`)', () => {
    const text = 'Styrelsemöte 2024-02-05\n\nNärvarande: Per Ek, Eva Lund\n\n1. Årsmötet\n\nPer Ek skickar kallelsen till medlemmarna.\n';
    expect(actions(text)).toHaveLength(1);
    expect(actions(text.replace('skickar kallelsen till medlemmarna', 'anmäler sig frivilligt att sköta kaffet'))).toHaveLength(1);
  });
});

describe('the representative assembly and the congress decide as a board does', () => {
  it('reads `Representantskapet beslutar godkänna dagordningen` as a decision', () => {
    const text = 'Representantskapets möte 2024-05-04\n\n1. Dagordning\n\nRepresentantskapet beslutar godkänna dagordningen med ändringarna.\n';
    expect(parseMinutes(text).decisions.map((d) => d.text)).toEqual(['Representantskapet beslutar godkänna dagordningen med ändringarna.']);
  });

  it('reads no decision where the assembly only hears a report (`Representantskapet lyssnar på rapporten`)', () => {
    const text = 'Representantskapets möte 2024-05-04\n\n1. Rapporter\n\nRepresentantskapet lyssnar på kassörens rapport.\n';
    expect(parseMinutes(text).decisions).toEqual([]);
  });
});

describe('a council\'s paragraph: `§ N`, its case reference, its title, and the decision under `Beslut`', () => {
  const decisions = (text: string) => parseMinutes(text).decisions.map((d) => [d.item, d.text]);
  const text =
    'Kulturnämnden\nSammanträdesprotokoll 2024-04-09\n\n' +
    '§ 31\nDnr KN 2024/12\nBidrag till studieförbund\n' +
    'Ärendebeskrivning\nFörvaltningen har berett ansökningarna om bidrag för\nåret och föreslår en fördelning enligt bilaga.\n' +
    'Kulturnämndens beslut\nBidragen fördelas enligt förvaltningens förslag.\n' +
    'Reservation\nOlle Dahl (M) reserverar sig mot beslutet.\n\n' +
    '§ 32\nDnr KN 2024/19\nÖppettider på biblioteket\n' +
    'Ärendebeskrivning\nEtt medborgarförslag om längre öppettider har kommit in.\n' +
    'Beslut\nMedborgarförslaget avslås.\n\n' +
    '§ 33\nDnr KN 2024/20\nDelegationsbeslut\n' +
    'Beslut\nRedovisningen läggs till handlingarna.\n';

  it('takes the title from the line under the case reference, and keeps the reference', () => {
    const read = parseMinutes(text).agenda;
    expect(read.map((a) => [a.number, a.title])).toEqual([
      ['31', 'Bidrag till studieförbund'],
      ['32', 'Öppettider på biblioteket'],
      ['33', 'Delegationsbeslut'],
    ]);
    expect(read[0]?.reference).toBe('Dnr KN 2024/12');
  });

  it('reads the lines under `Beslut` or the body\'s `Kulturnämndens beslut` set inside a wrapped paragraph as the decision', () => {
    expect(decisions(text)).toEqual([
      ['31', 'Bidragen fördelas enligt förvaltningens förslag.'],
      ['32', expect.stringMatching(/Medborgarförslaget avslås\.$/u)],
      ['33', 'Redovisningen läggs till handlingarna.'],
    ]);
  });

  it('ends the decision at the next sub-heading (`Reservation`), and a reservation is no task', () => {
    expect(decisions(text).map(([, t]) => t)).not.toContainEqual(expect.stringMatching(/reserverar/u));
    expect(parseMinutes(text).actions).toEqual([]);
  });

  it('reads no decision under a line that only mentions a decision inside a sentence (`... ett\\nbeslut\\nom ...`)', () => {
    const wrapped =
      'Kulturnämnden\nSammanträdesprotokoll 2024-04-09\n\n§ 31\nDnr KN 2024/12\nBidrag till studieförbund\n' +
      'Förvaltningen har berett ärendet. Nämnden behöver fatta ett\nbeslut\nom fördelningen vid nästa sammanträde när underlaget är klart.\n';
    expect(decisions(wrapped)).toEqual([]);
  });

  it('takes a body\'s decision label only in the genitive of a body (`Förvaltningens förslag` heads no decision)', () => {
    const proposal = text.replace('Kulturnämndens beslut\nBidragen fördelas', 'Förvaltningens förslag\nBidragen fördelas');
    expect(decisions(proposal).map(([, t]) => t)).not.toContain('Bidragen fördelas enligt förvaltningens förslag.');
  });
});

describe('minutes wrapped by hand with no blank line, each `§ N` alone on its line over the item\'s title', () => {
  const text =
    'Protokoll styrelsemöte Björkby IF 2024-02-12\n\nNärvarande: Eva Lund, Per Ek, Anna Berg\n\n' +
    '§ 1\nMötets öppnande\nOrdföranden Eva Lund öppnade mötet.\n' +
    '§ 2\nVal av justerare\nTill justerare valdes Per Ek.\n' +
    '§ 3\nEkonomi\nKassören redovisade läget.\nBeslut\nStyrelsen köper nya bollar.\n' +
    '§ 4\nMötets avslutande\nOrdföranden avslutade mötet.\n';

  it('reads every `§ N` as an item: `Mötets öppnande` under `§ 1` is its title, not the label of the start time', () => {
    const read = parseMinutes(text);
    expect(read.agenda.map((a) => [a.number, a.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Val av justerare'],
      ['3', 'Ekonomi'],
      ['4', 'Mötets avslutande'],
    ]);
    expect(read.startTime).toBeNull();
  });

  it('ends the decision under `Beslut` at the next `§ N`', () => {
    expect(parseMinutes(text).decisions.map((d) => [d.item, d.text])).toEqual([
      ['2', 'Till justerare valdes Per Ek.'],
      ['3', 'Styrelsen köper nya bollar.'],
    ]);
  });

  it('still reads the start time from `Mötets öppnande` as a label of the header (`Mötets öppnande: kl. 18.30`)', () => {
    expect(parseMinutes('Styrelsemöte 2024-02-12\n\nMötets öppnande: kl. 18.30\n\n§ 1\nVal av justerare\nPer Ek valdes.\n').startTime).toBe('18:30');
  });
});
