import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Conventions of civic and association minutes (parish and town councils, school councils,
// student unions, boards of housing and sports associations) in English, Swedish and Dutch,
// found missing in a round of real minutes; each pinned with an example written for this test.

describe('minute references before the agenda number', () => {
  const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.reference ?? null, a.title]);

  it('number the item by its agenda number and keep the minute reference beside it (`P012/24   1.   APOLOGIES`)', () => {
    const text = 'Minutes of Elmfield Parish Council 4 March 2024\n\nPresent: Cllr Ann Lee, Cllr Bo Chan\n\nP012/24      1.      APOLOGIES FOR ABSENCE.\n\nNone were received.\n\nP013/24      2.      TO RECEIVE AND APPROVE THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 5 FEBRUARY 2024\n\nThe minutes were approved.\n';
    expect(agenda(text)).toEqual([
      ['1', 'P012/24', 'APOLOGIES FOR ABSENCE.'],
      ['2', 'P013/24', 'TO RECEIVE AND APPROVE THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 5 FEBRUARY 2024'],
    ]);
  });

  it('read no ratio as a minute reference (`### 50/50 raffle` among topic headings)', () => {
    const text = '# Parents association\n\n## Meeting\n\n### Sports day\n\nIce cream for everyone.\n\n### 50/50 raffle\n\nTickets go on sale in May.\n\n### Treasurer report\n\nThe balance is healthy.\n';
    expect(parseMinutes(text).agenda.map((a) => a.title)).toEqual(['Sports day', '50/50 raffle', 'Treasurer report']);
  });
});

describe('a name a paragraph under an attendance label', () => {
  const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present !== false).map((p) => [p.name, p.roles]);

  it('reads each paragraph of one person as the list going on (`PRESENT:` / `Cllr Ann Lee` / `Cllr Moss (Chair)`)', () => {
    const text = 'Minutes of Elmfield Parish Council\n\nPRESENT:\n\nCllr Ann Lee\n\nCllr Bo Chan\n\nCllr Moss (Chair)\n\nThe Chair welcomed everyone to the meeting.\n\n1. APOLOGIES\n\nNone.\n';
    expect(present(text)).toEqual([['Ann Lee', []], ['Bo Chan', []], ['Moss', ['chair']]]);
  });

  it('reads guests a paragraph below the members, each with a detail after a comma (`Närvarande:`)', () => {
    const text = 'Protokoll 2024-04-09\n\nNärvarande:\nEva Lind\nOla Berg\n\nKarin Holm, skolans rektor\n\n§1. Eva Lind förklarade mötet öppnat.\n';
    expect(present(text).map(([name]) => name)).toEqual(['Eva Lind', 'Ola Berg', 'Karin Holm']);
  });
});

describe('decision formulas of council and association minutes', () => {
  const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

  it('takes minutes received and noted as a decision (English councils)', () => {
    const text = 'Minutes of Elmfield Parish Council\n\nPresent: Cllr Ann Lee, Cllr Bo Chan\n\n7. TO RECEIVE THE MINUTES OF THE FOOTPATHS COMMITTEE\n\nMembers received and noted the minutes.\n\n8. CO-OPTION\n\nCllr Lee proposed that Tom Hale be co-opted, Cllr Chan seconded, unanimous approval.\n';
    expect(decisions(text)).toEqual(['Members received and noted the minutes.', 'Cllr Lee proposed that Tom Hale be co-opted, Cllr Chan seconded, unanimous approval.']);
  });

  it('takes the active past `beslöt` of a Swedish body as a decision, with the list it announces (`Styrelsen diskuterade och beslöt om följande:`)', () => {
    const text = 'Protokoll styrelsemöte 2024-03-12\n\nNärvarande: Eva Lind, Ola Berg, Karin Holm\n\n§ 4 Lokalen\n\nStyrelsen diskuterade och beslöt om följande:\n\n- Hyra lokalen även nästa termin\n- Byta lås på förrådet\n';
    expect(decisions(text)).toEqual(['Styrelsen diskuterade och beslöt om följande: Hyra lokalen även nästa termin; Byta lås på förrådet']);
  });

  it('takes an agenda left as it was as a decision (`Agenda blijft ongewijzigd`)', () => {
    const text = 'Notulen MR-vergadering 12 maart 2024\n\nAanwezig: Eva, Bram, Sanne\n\n1. Vaststellen agenda\n\nDe agenda blijft ongewijzigd.\n\n2. Begroting\n\nDe begroting wordt toegelicht.\n';
    expect(decisions(text)).toEqual(['De agenda blijft ongewijzigd.']);
  });
});

describe('the doer of a task written in the passive', () => {
  const actions = (text: string) => parseMinutes(text).actions.map((a) => [a.owners, a.text]);

  it('is named after `av` in Swedish (`Fika ska inhandlas av Eva och Ola`)', () => {
    const text = 'Protokoll styrelsemöte 2024-03-12\n\nNärvarande: Eva Lind, Ola Berg, Karin Holm\n\n§ 4 Vårfesten\n\nFika till vårfesten (4/5) ska inhandlas av Eva och Ola.\n';
    expect(actions(text)).toEqual([[['Eva Lind', 'Ola Berg'], 'Fika till vårfesten (4/5) ska inhandlas av Eva och Ola.']]);
  });

  it('is named after `door` in Dutch, and only a participant is a doer (`ska bokas av Folkets hus`)', () => {
    const nl = 'Notulen MR-vergadering 12 maart 2024\n\nAanwezig: Eva de Vries, Bram Smit\n\n1. Ouderavond\n\nDe zaal moet nog geregeld worden door Bram.\n';
    expect(actions(nl)).toEqual([[['Bram Smit'], 'De zaal moet nog geregeld worden door Bram.']]);
    const sv = 'Protokoll styrelsemöte 2024-03-12\n\nNärvarande: Eva Lind, Ola Berg\n\n§ 4 Vårfesten\n\nLokalen ska bokas av Folkets Hus.\n';
    expect(actions(sv).map(([owners]) => owners)).toEqual([[]]);
  });
});

describe('the chair named by office in the sentence that opens the meeting', () => {
  const chair = (text: string) => parseMinutes(text).participants.filter((p) => p.roles.includes('chair')).map((p) => p.name);

  it('takes the name after the role word (`Mötet öppnades kl. 18.05 av ordförande Lind`)', () => {
    expect(chair('Protokoll styrelsemöte 2024-03-12\n\nNärvarande: Eva Lind, Ola Berg, Karin Holm\n\nMötet öppnades kl. 18.05 av ordförande Lind.\n\n§ 2 Ekonomi\n\nKassan är god.\n')).toEqual(['Eva Lind']);
    expect(chair('Notulen MR-vergadering 12 maart 2024\n\nAanwezig: Eva de Vries, Bram Smit\n\nDe voorzitter, Bram Smit, opent de vergadering om 19.30 uur.\n\n1. Begroting\n\nDe begroting wordt besproken.\n')).toEqual(['Bram Smit']);
  });

  it('takes no name after a role word in a sentence that opens nothing', () => {
    expect(chair('Protokoll styrelsemöte 2024-03-12\n\nNärvarande: Eva Lind, Ola Berg, Karin Holm\n\n§ 2 Skrivelser\n\nEtt brev från ordförande Holm i grannföreningen lästes upp.\n')).toEqual([]);
  });
});

describe('agenda items all written `1.`, some in one list and some apart', () => {
  it('numbers them by their place, past the list Markdown ends at the first notes', () => {
    const text = 'Notulen MR-vergadering 12 maart 2024\n\nAanwezig: Eva, Bram, Sanne\n\n1. Opening\n\n1. Vaststellen agenda\n\n1. Mededelingen\n\n* De schoolfotograaf komt in mei.\n* Het schoolplein wordt in de zomer opgeknapt.\n\n1. Begroting\n\nDe MR gaat akkoord met de begroting.\n\n1. Rondvraag en sluiting\n';
    expect(parseMinutes(text).agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Opening'], ['2', 'Vaststellen agenda'], ['3', 'Mededelingen'], ['4', 'Begroting'], ['5', 'Rondvraag en sluiting']]);
  });
});

describe("the next meeting's agenda", () => {
  it('is not this meeting\'s: the topic headings are (`## Next meeting` / `#### Agenda` / `1. ...`)', () => {
    const text = '# Parents association\n\nPresent: Ann Lee, Bo Chan\n\n## Meeting\n\n### Sports day\n\nIce cream for everyone.\n\n### Library\n\nNew books arrived.\n\n### Treasurer report\n\nThe balance is healthy.\n\n## Next meeting\n\n### 18:00, 4 June 2024\n\n#### Agenda\n\n1. Sports day review\n2. Summer fair\n3. Any other business\n';
    expect(parseMinutes(text).agenda.map((a) => a.title)).toEqual(['Sports day', 'Library', 'Treasurer report', 'Next meeting']);
  });
});
