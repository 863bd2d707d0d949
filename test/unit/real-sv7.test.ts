import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Swedish minutes of kinds not read before (annual meetings of
 * allotment and road associations and of local heritage societies, an EU programme's decision
 * group, a municipal committee). Every example here is written for the test; none is a line of
 * those minutes.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const roles = (text: string) => parseMinutes(text).participants.filter((p) => p.roles.length > 0).map((p) => [p.name, p.roles.join(',')]);

describe('a numbered minute that records its outcome without a full stop', () => {
  const text = 'Årsmöte Ekbackens koloniförening 2024-03-10\n\n§1 Ordföranden Eva Lund hälsade alla välkomna\n\n§2 Till mötesordförande valdes Per Ek\n\n§3 Verksamhetsberättelsen lästes upp och godkändes (se bilaga)\n\n§4 Val av revisorer\n\nOmval av Ida Berg.\n';

  it('reads `§2 Till mötesordförande valdes Per Ek` and a line closed by a bracket as decisions', () => {
    const found = decisions(text);
    expect(found.some((d) => d.includes('Till mötesordförande valdes Per Ek'))).toBe(true);
    expect(found.some((d) => d.includes('Verksamhetsberättelsen lästes upp och godkändes'))).toBe(true);
  });

  it('leaves a title that names a topic with a noun (`Val av revisorer`), and one with nothing decided', () => {
    const found = decisions(text);
    expect(found.some((d) => d.startsWith('§4') || d === 'Val av revisorer')).toBe(false);
    expect(found.some((d) => d.includes('hälsade alla välkomna'))).toBe(false);
  });

  it('leaves a title without a full stop in an agenda list', () => {
    const agendaList = 'Kallelse till årsmöte 2024-03-10\n\nDagordning\n\n1. Mötets öppnande\n2. Dagordningen fastställs\n3. Val av revisorer\n';
    expect(decisions(agendaList)).toEqual([]);
  });
});

describe('meeting officers chosen `som` an office, `att leda` the meeting, `att föra` or `att justera` the minutes', () => {
  it('reads `väljs som sekreterare` and two names before `valdes att justera protokollet`', () => {
    const text = 'Protokoll fört vid årsmöte 2024-03-10\n\n§4 Val av sekreterare\n\nEva Lund väljs som sekreterare av årsmötet.\n\n§5 Val av justerare\n\nPer Ek och Ida Berg väljs att justera protokollet.\n';
    expect(roles(text)).toEqual([['Eva Lund', 'secretary'], ['Per Ek', 'checker'], ['Ida Berg', 'checker']]);
  });

  it('reads `X valdes att leda förhandlingarna och Y att föra protokollet`', () => {
    const text = 'Protokoll fört vid årsmöte 2024-03-10\n\n1. Val av ordförande och sekreterare\n\nEva Lund valdes att leda förhandlingarna och Per Ek att föra protokollet.\n';
    expect(roles(text)).toEqual([['Eva Lund', 'chair'], ['Per Ek', 'secretary']]);
  });

  it('reads `Till protokollförare valdes`', () => {
    const text = 'Protokoll fört vid årsmöte 2024-03-10\n\n§3 Till protokollförare valdes Per Ek\n';
    expect(roles(text)).toEqual([['Per Ek', 'secretary']]);
  });

  it('reads the office spelt with the joining s (`protokollsförare`, `protokollsjusterare`)', () => {
    const text = 'Protokoll fört vid styrelsemöte 2024-03-10\n\nDeltagare: Eva Lund, Per Ek, Ida Berg\n\n§3 Till protokollsförare valdes Per\n\n§4 Till protokollsjusterare valdes Ida\n';
    expect(roles(text)).toEqual([['Per Ek', 'secretary']]);
    expect(roles('Styrelsemöte 2024-03-10\n\n§2 Ida Berg valdes till protokollsförare.\n')).toEqual([['Ida Berg', 'secretary']]);
  });

  it('gives no office to one who only wished to lead, or to a list of names before a verb of another kind', () => {
    const text = 'Protokoll fört vid årsmöte 2024-03-10\n\n§3 Övrigt\n\nPer Ek och Ida Berg lovade att justera staketet.\n\nEva Lund vill leda mötet nästa år.\n';
    expect(roles(text)).toEqual([]);
  });
});

describe('a section numbered through the year (`§ 63/20`)', () => {
  const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

  it('reads `§ 63/20 Title` and `§ 7/2024 Title` as items 63 and 7', () => {
    const text = 'Protokoll Kultur- och fritidsnämnden\n\nPlats och tid: Kommunhuset 2024-02-06 kl. 18.00-20.00\n\n§ 6/2024 Fastställande av dagordning\n\nNämnden fastställer dagordningen.\n\n§ 7/2024 Bidrag till föreningar\n\nNämnden beslutar att bevilja bidrag.\n';
    expect(agenda(text)).toEqual([['6', 'Fastställande av dagordning'], ['7', 'Bidrag till föreningar']]);
    const short = text.replace(/\/2024/g, '/24');
    expect(agenda(short)).toEqual([['6', 'Fastställande av dagordning'], ['7', 'Bidrag till föreningar']]);
  });

  it('leaves a day and month after the sign (`§ 4/5`) unread as an item of the year', () => {
    const text = 'Protokoll styrelsemöte 2024-05-06\n\n§ 4/5 kl. 18 i klubbstugan\n\nMötet öppnades.\n';
    expect(agenda(text).map(([number]) => number)).not.toContain('4');
  });
});

describe('the place the sentence of record names after the date and time of the meeting', () => {
  const where = (text: string) => parseMinutes(text).location;

  it('reads `… lördagen den 2 mars 2024 klockan 14.00 på Bygdegården` and `… 2024-10-20 i Stugan.`', () => {
    expect(where('Protokoll fört vid årsmöte med Ekby hembygdsförening lördagen den 2 mars 2024 klockan 14.00 på Bygdegården\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n')).toBe('Bygdegården');
    expect(where('Protokoll från höstmöte för Ekby hembygdsförening 2024-10-20 i Stugan.\n\n1. Val av ordförande\n\nEva Lund valdes.\n')).toBe('Stugan');
  });

  it('reads the German record `Protokoll der Mitgliederversammlung am 3. März 2024 um 19:00 im Vereinsheim`', () => {
    expect(where('Protokoll der Mitgliederversammlung am 3. März 2024 um 19:00 im Vereinsheim\n\nTOP 1 Begrüßung\n\nDer Vorsitzende begrüßt alle.\n')).toBe('Vereinsheim');
  });

  it('takes no place from a record line about the next meeting, or from a sentence that is no record', () => {
    expect(where('Protokoll från styrelsemöte 2024-03-04\n\nNästa möte 2024-04-08 i Stugan.\n')).toBeNull();
    expect(where('Styrelsemöte 2024-03-04\n\nEva berättade om resan 2024-03-01 i Berlin.\n')).toBeNull();
  });
});

describe('a bold topic line over its notes with no blank line between', () => {
  const titles = (text: string) => parseMinutes(text).agenda.map((a) => a.title);

  it('reads `**Ekonomi**` / `Kassören redogjorde ...` (a soft line break) as topics', () => {
    const text = 'Protokoll styrelsemöte Brf Eken\n\nDatum: 2024-03-04\n\n**Mötets öppnande**\nOrdföranden öppnade mötet.\n\n**Ekonomi**\nKassören redogjorde för ekonomin.\n\n**Fasaden**\nStyrelsen beslutade att anlita en målare.\n\n**Övriga frågor**\nInga övriga frågor.\n';
    expect(titles(text)).toEqual(['Mötets öppnande', 'Ekonomi', 'Fasaden', 'Övriga frågor']);
  });

  it('reads the same in English minutes', () => {
    const text = 'Board meeting, 4 March 2024\n\n**Welcome**\nThe chair opened the meeting.\n\n**Budget**\nThe treasurer presented the budget.\n\n**Garden**\nWe agreed to plant trees.\n';
    expect(titles(text)).toEqual(['Welcome', 'Budget', 'Garden']);
  });

  it('leaves bold lines inside prose and paragraphs set all in bold', () => {
    const inside = 'Protokoll styrelsemöte 2024-03-04\n\nKassören redogjorde för ekonomin.\n**Viktigt**\nAvgiften höjs.\n\nStyrelsen diskuterade fasaden.\n**Obs**\nMålaren kommer i maj.\n\nStyrelsen diskuterade gården.\n**Notera**\nTräden planteras.\n';
    expect(titles(inside)).toEqual([]);
    const allBold = 'Protokoll styrelsemöte 2024-03-04\n\n**Ekonomi**\n**Kassören redogjorde.**\n\n**Fasaden**\n**Målaren kommer.**\n\n**Gården**\n**Träden planteras.**\n';
    expect(titles(allBold)).not.toEqual(['Ekonomi', 'Fasaden', 'Gården']);
  });
});

describe('an office in its definite form (`Ordföranden`, `Sekreteraren`, `Kassören`) is no name', () => {
  const people = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles.join(',')]);

  it('adds nobody for `Ordföranden öppnade mötet.`', () => {
    const text = 'Protokoll styrelsemöte 2024-03-04\nNärvarande: Eva Lund, Per Ek\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n';
    expect(people(text)).toEqual([['Eva Lund', ''], ['Per Ek', '']]);
  });

  it('still reads the name after it (`Ordföranden Eva Lund öppnade mötet.`)', () => {
    const text = 'Protokoll styrelsemöte 2024-03-04\nNärvarande: Eva Lund, Per Ek\n\n1. Mötets öppnande\n\nOrdföranden Eva Lund öppnade mötet.\n';
    expect(people(text)).toEqual([['Eva Lund', 'chair'], ['Per Ek', '']]);
  });
});

describe('a task the meeting hands to a group (`ger i uppdrag åt`, `gav i uppdrag till`, `uppdrog åt`)', () => {
  const parsed = (body: string) => parseMinutes(`Protokoll fört vid årsmöte 2024-03-10\nNärvarande: Eva Lund, Per Ek\n\n§4 Ekonomi\n\n${body}\n`);

  it('reads `Årsmötet gav i uppdrag till styrelsen att …` as a decision and the board’s task', () => {
    const minutes = parsed('Årsmötet gav i uppdrag till styrelsen att se över avgifterna.');
    expect(minutes.decisions.map((d) => d.text)).toEqual(['Årsmötet gav i uppdrag till styrelsen att se över avgifterna.']);
    expect(minutes.actions.map((a) => [a.owners, a.text])).toEqual([[[], 'Årsmötet gav i uppdrag till styrelsen att se över avgifterna.']]);
  });

  it('reads `Styrelsen ger i uppdrag åt FK att …` and `Mötet gav styrelsen i uppdrag att …` as tasks of a group', () => {
    expect(parsed('Styrelsen ger i uppdrag åt FK att ta fram en plan.').actions.map((a) => a.owners)).toEqual([[]]);
    expect(parsed('Mötet gav styrelsen i uppdrag att undersöka taket.').actions.map((a) => a.owners)).toEqual([[]]);
  });

  it('reads `Mötet uppdrog åt Per Ek att …` as a decision with Per Ek’s task, and `tog beslut om att` as deciding', () => {
    const minutes = parsed('Mötet uppdrog åt Per Ek att kontakta kommunen.');
    expect(minutes.decisions).toHaveLength(1);
    expect(minutes.actions.map((a) => a.owners)).toEqual([['Per Ek']]);
    expect(parsed('De närvarande tog beslut om att mötet kan genomföras.').decisions).toHaveLength(1);
  });

  it('leaves a standing duty, a report of information, and a hand-over to one not named a group', () => {
    expect(parsed('Per Ek har i uppdrag att sköta hemsidan sedan i fjol.').decisions).toEqual([]);
    expect(parsed('Styrelsen ger information om läget.').decisions).toEqual([]);
    expect(parsed('Kommunen gav oss i uppdrag att städa parken förra året.').actions.filter((a) => a.owners.length === 0)).toEqual([]);
  });
});

describe('an election recorded by its noun (`Omval på X`, `Nyval av Y`, `Fyllnadsval av Z`)', () => {
  const found = (body: string) => decisions(`Protokoll fört vid årsmöte 2024-03-10\n\n§7 Val av styrelse\n\n${body}\n`);

  it('reads `Omval på Eva Lund och Per Ek. Nyval på Ida Berg.` as two decisions', () => {
    expect(found('Styrelseledamöter: Omval på Eva Lund och Per Ek. Nyval på Ida Berg.')).toEqual(['Styrelseledamöter: Omval på Eva Lund och Per Ek.', 'Nyval på Ida Berg.']);
  });

  it('leaves the nomination committee’s proposal and a note that no election was held', () => {
    expect(found('Valberedningen föreslår omval av Eva Lund.')).toEqual([]);
    expect(found('Ordföranden påminde om att val av revisor sker nästa år.')).toEqual([]);
  });
});

describe('a word of deciding after a verb of proposing is what was proposed', () => {
  it('leaves `The nominating committee proposed that Ann be elected treasurer.`', () => {
    const text = 'Minutes of the board meeting 2024-03-04\n\n1. Officers\n\nThe nominating committee proposed that Ann be elected treasurer.\n';
    expect(parseMinutes(text).decisions).toEqual([]);
  });

  it('still reads `Enligt valberedningens förslag omvaldes Eva Lund.` (a noun of proposing)', () => {
    const text = 'Protokoll fört vid årsmöte 2024-03-10\n\n§7 Val av styrelse\n\nEnligt valberedningens förslag omvaldes Eva Lund.\n';
    expect(decisions(text)).toEqual(['Enligt valberedningens förslag omvaldes Eva Lund.']);
  });
});
