import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading a fifth round of real Swedish minutes: hackerspace and computer-club
 * meetings, a scout group, a party board, an NGO board, a sports club's annual meeting, a heritage
 * society. Every example here is written for the test; none is a line of those minutes.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('a paragraph written one statement a line, with no full stops', () => {
  it('reads each line as a sentence of its own', () => {
    const text = '# Styrelsemöte 3 mars 2025\n\nPsalmen sjöngs\nAnna Berg valdes till ordförande\nOlle Ek valdes till sekreterare\nFöregående anteckningar lästes upp\n';
    expect(decisions(text)).toEqual(['Anna Berg valdes till ordförande', 'Olle Ek valdes till sekreterare']);
  });

  it('keeps a wrapped paragraph one sentence where its lines fill up to the margin', () => {
    const text =
      '# Styrelsemöte 3 mars 2025\n\nStyrelsen diskuterade hur föreningen ska ordna vårens städdag och om\n' +
      'Kommunen kan låna ut containrar till gården som tidigare år, men inget\n' +
      'Beslut fattades om datum.\n';
    expect(parseMinutes(text).decisions).toHaveLength(0);
  });

  it('keeps the lines after a colon with the sentence the colon opens', () => {
    const text = '# Committee meeting 3 March 2025\n\nTwo new members were approved by a vote of 4-0:\nAnna Berg\nOlle Ek\nKim Lo\n';
    expect(decisions(text)).toEqual(['Two new members were approved by a vote of 4-0: Anna Berg Olle Ek Kim Lo']);
  });
});

describe('a `§` that opens a line inside a paragraph opens an item', () => {
  const agenda = (text: string) => parseMinutes(text).agenda.map((a) => `${a.number} ${a.title}`);

  it('reads `§ 7 Ekonomi:` after a line that ends a sentence as the next item, with no blank line between', () => {
    const text = '# Styrelsemöte 3 mars 2025\n\n§ 1 Mötet öppnades.\n\n§ 2 Post:\nEtt brev från kommunen. Lisa svarar.\n§ 3 Ekonomi:\nKassan är god.\n§ 4 Övrigt.\nInget.\n';
    expect(agenda(text)).toEqual(['1 Mötet öppnades.', '2 Post', '3 Ekonomi', '4 Övrigt.']);
  });

  it('leaves a `§` that a wrapped sentence runs onto inside its sentence', () => {
    const text = '# Styrelsemöte 3 mars 2025\n\n§ 1 Mötet öppnades.\n\n§ 2 Stadgar\nStyrelsen läste igenom reglerna om röstning enligt\n§ 7 i stadgarna och fann dem tydliga.\n\n§ 3 Övrigt\nInget.\n';
    expect(agenda(text)).toEqual(['1 Mötet öppnades.', '2 Stadgar', '3 Övrigt']);
  });
});

describe('the word for the document in the minutes’ language is no label of another language', () => {
  const roleOf = (text: string, role: string) => parseMinutes(text).participants.find((p) => p.roles.includes(role as never))?.name ?? null;

  it('reads a Swedish `Protokoll` line over the title as the document, not as the German minute-taker label', () => {
    const text = 'Protokoll\n\nStyrelseprotokoll - 2025-03-03\n\n§ 1 Mötet öppnades av Kalle.\n\n§ 2 Till sekreterare valdes Lisa.\n\n§ 3 Dagordningen godkändes.\n';
    expect(roleOf(text, 'secretary')).toBe('Lisa');
  });

  it('still reads `Protokoll: name` in German minutes as the minute-taker', () => {
    const text = '# Vorstandssitzung 3. März 2025\n\nProtokoll: Anna Schmidt\nAnwesend: Anna Schmidt, Bernd Roth\n\n## TOP 1 Begrüßung\n\nBernd begrüßt alle.\n';
    expect(roleOf(text, 'secretary')).toBe('Anna Schmidt');
  });
});

describe('a numbered minute written as a short passive sentence records a decision', () => {
  it('reads `§ 2 Dagordningen godkändes.` and `§ 3 Till sekreterare valdes Lisa.` as decisions', () => {
    const text = '# Styrelsemöte 3 mars 2025\n\n§ 1 Mötet öppnades av Kalle.\n\n§ 2 Dagordningen godkändes.\n\n§ 3 Till sekreterare valdes Lisa.\n\n§ 4 Ekonomi\n\nKassan är god.\n';
    expect(decisions(text)).toEqual(['§ 2 Dagordningen godkändes.', '§ 3 Till sekreterare valdes Lisa.']);
  });

  it('leaves a short title that opens with the noun for a decision a title (`§ 4 Beslut om budget.`)', () => {
    const text = '# Styrelsemöte 3 mars 2025\n\n§ 1 Mötet öppnades av Kalle.\n\n§ 2 Beslut om budget.\n\nKassören presenterade läget.\n';
    expect(decisions(text)).toEqual([]);
  });
});

describe('Swedish `samt` joins the last name of a list as `och` does', () => {
  const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present !== false).map((p) => p.name);

  it('reads `Närvarande: A, B samt C` as three people', () => {
    const text = '# Styrelsemöte 2025-03-03\n\nNärvarande: Jan Lind, Eva Berg samt Nils Kade\n\n## 1. Mötets öppnande\n\nMötet öppnas.\n';
    expect(present(text)).toEqual(['Jan Lind', 'Eva Berg', 'Nils Kade']);
  });

  it('keeps `samt` inside parentheses with the detail it joins', () => {
    const text = '# Styrelsemöte 2025-03-03\n\nNärvarande: Jan Lind (kultur samt fritid), Eva Berg\n\n## 1. Mötets öppnande\n\nMötet öppnas.\n';
    expect(present(text)).toEqual(['Jan Lind', 'Eva Berg']);
  });
});

describe('a § item whose title names the tasks heads a list of tasks', () => {
  const actions = (text: string) => parseMinutes(text).actions.map((a) => `${a.owners.join('+')}: ${a.text}`);
  const head = '# Styrelsemöte 2024-03-03\n\nNärvarande: Anna Svensson, Per Olsson\n\n§ 6 Ekonomi\nKassan är god.\n\n';

  it('reads the entries under `§ 7 Att göra` as tasks, and keeps the item on the agenda', () => {
    const text = `${head}§ 7 Att göra\n- Anna: boka lokal för årsstämman\n- Per: beställa nycklar\n\n§ 8 Nästa möte\nDen 7 april.\n`;
    expect(actions(text)).toEqual(['Anna Svensson: Anna: boka lokal för årsstämman', 'Per Olsson: Per: beställa nycklar']);
    expect(parseMinutes(text).agenda.map((a) => a.title)).toEqual(['Ekonomi', 'Att göra', 'Nästa möte']);
  });

  it('leaves the business under a numbered `5. Action Items` of a board agenda to the minutes', () => {
    const text = '# Board meeting March 3, 2024\n\nPresent: Ann Lee, Bo Chan\n\n### 4. Consent agenda\n\nApproved 5-0.\n\n### 5. Action Items\n\n**5.1 Budget report**\n\nMs. Lee presented the report.\n\n### 6. Adjournment\n\nAdjourned at 8 pm.\n';
    expect(actions(text).filter((a) => a.includes('presented'))).toEqual([]);
  });
});

describe('an owner’s label gives the full names written after it to the task before it', () => {
  const actions = (text: string) => parseMinutes(text).actions.map((a) => `${a.owners.join('+')}: ${a.text}`);
  const head = '# Styrelsemöte 2024-03-03\n\nNärvarande: Anna Svensson, Olle Vik\n\n§ 4 Fasad\nOlle redogjorde för offerterna.\n';

  it('reads `Ansvarig: Olle Vik` on the line after `Åtgärd: …` as the task’s owner', () => {
    const text = `${head}Åtgärd: Kontakta målerifirman.\nAnsvarig: Olle Vik\n\n§ 5 Nästa möte\nDen 7 april.\n`;
    expect(actions(text)).toEqual(['Olle Vik: Åtgärd: Kontakta målerifirman.']);
  });

  it('leaves a task without an owner’s label with no owner', () => {
    const text = `${head}Åtgärd: Kontakta målerifirman.\nFirman har lång väntetid.\n\n§ 5 Nästa möte\nDen 7 april.\n`;
    expect(actions(text)).toEqual([': Åtgärd: Kontakta målerifirman.']);
  });
});

describe('an item that elects a role of the meeting names who holds it', () => {
  const roles = (text: string) => parseMinutes(text).participants.filter((p) => p.roles.length > 0).map((p) => `${p.name}: ${p.roles.join(',')}`);

  it('reads the name under `Val av mötesordförande` and `Val av mötessekreterare`', () => {
    const text = '# Vårmöte 2025-02-20\n\n## 1. Mötets öppnande\n\nMötet öppnas 19.05.\n\n## 2. Val av mötesordförande\n\nKarin Dahl föreslås och väljs.\n\n## 3. Val av mötessekreterare\n\nJonas Ek\n';
    expect(roles(text)).toEqual(['Karin Dahl: chair', 'Jonas Ek: secretary']);
  });

  it('claims nothing for a chair of the association elected at an annual meeting, or for a vice chair', () => {
    const text = '# Årsmöte 2025-02-20\n\n## 1. Mötets öppnande\n\nMötet öppnas.\n\n## 9. Val av ordförande\n\nKarin Dahl väljs för ett år.\n\n## 10. Val av vice mötesordförande\n\nJonas Ek väljs.\n';
    expect(roles(text)).toEqual([]);
  });
});

describe('a resolution that hands a task to a person or a role, in the infinitive of an att-sats', () => {
  const actions = (text: string) => parseMinutes(text).actions.map((a) => `${a.owners.join('+')}: ${a.text}`);
  const head = '# Styrelsemöte 2025-03-03\n\nNärvarande: Anna Berg (ordförande), Olle Ek (sekreterare), Kalle Lund\n\n§ 6 Motioner\n\n';

  it('gives `att ge … uppdrag till sekreteraren att`, `att ge Kalle i uppdrag att` and `att uppdra åt ordföranden att` to their doers', () => {
    const text = `${head}Styrelsen beslöt\natt ge redaktionellt uppdrag till sekreteraren att dela upp förslaget.\natt ge Kalle i uppdrag att boka lokalen.\natt uppdra åt ordföranden att svara kommunen.\n`;
    expect(actions(text)).toEqual([
      'Olle Ek: att ge redaktionellt uppdrag till sekreteraren att dela upp förslaget.',
      'Kalle Lund: att ge Kalle i uppdrag att boka lokalen.',
      'Anna Berg: att uppdra åt ordföranden att svara kommunen.',
    ]);
  });

  it('gives no task for a commission to someone outside the meeting', () => {
    const text = `${head}Uppdraget till kommunen att bygga vägen är försenat.\n`;
    expect(actions(text)).toEqual([]);
  });

  it('reads a role in lower case after an English verb of handing over (`directed the treasurer to`)', () => {
    const text = '# Board meeting March 3, 2025\n\nPresent: Ann Lee (chair), Bo Chan (treasurer)\n\n## 4. Budget\n\nThe board directed the treasurer to file the annual report.\n';
    expect(actions(text)).toEqual(['Bo Chan: The board directed the treasurer to file the annual report.']);
  });
});

describe('the noun for a decision after a preposition speaks of decisions taken elsewhere', () => {
  const head = '# Styrelsemöte 2025-03-03\n\nNärvarande: Anna Berg, Olle Ek\n\n## 1. Föregående protokoll\n\n';

  it('reads `Uppföljning av beslut i föregående protokoll` as no decision', () => {
    expect(decisions(`${head}Uppföljning av genomförandet av beslut i föregående protokoll.\n`)).toEqual([]);
  });

  it('still reads a decision that opens with the noun or takes it as object', () => {
    expect(decisions(`${head}Beslut: Protokollet läggs till handlingarna.\n\nMötet fattade beslut om att köpa en projektor.\n`)).toEqual([
      'Beslut: Protokollet läggs till handlingarna.',
      'Mötet fattade beslut om att köpa en projektor.',
    ]);
  });
});

describe('the chair and the secretary of an annual meeting elected for it', () => {
  const roles = (text: string) => parseMinutes(text).participants.filter((p) => p.roles.length > 0).map((p) => `${p.name}: ${p.roles.join(',')}`);

  it('reads `Till ordförande för årsmötet valdes X` and `Y valdes till sekreterare för årsmötet`', () => {
    const text = '# Årsmöte 2025-03-20\n\nNärvarande: Eva Lind, Bo Holm, Ida Sten\n\n1. Mötets öppnande. Ordföranden hälsade välkomna.\n2. Till ordförande för årsmötet valdes Bo Holm.\n3. Ida Sten valdes till sekreterare för årsmötet.\n';
    expect(roles(text)).toEqual(['Bo Holm: chair', 'Ida Sten: secretary']);
  });

  it('ends a name before a capitalised stop word where a sentence runs on without its full stop', () => {
    const text = '# Årsmöte 2025-03-20\n\nNärvarande: Eva Lind, Bo Holm, Ida Sten\n\n1. Mötets öppnande.\n2. Till ordförande för årsmötet valdes Bo Holm Till sekreterare valdes Ida Sten.\n';
    expect(roles(text)).toEqual(['Bo Holm: chair', 'Ida Sten: secretary']);
  });

  it('claims no chair of the meeting for the association’s chair elected for a year', () => {
    const text = '# Årsmöte 2025-03-20\n\nNärvarande: Eva Lind, Bo Holm, Ida Sten\n\n1. Mötets öppnande.\n11. Till ordförande på ett år valdes Eva Lind.\n';
    expect(roles(text)).toEqual([]);
  });
});

describe('names that a sentence closes with their presence, in the minutes’ own words', () => {
  const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present !== false).map((p) => p.name);
  const frame = (sentence: string) => `# Vårmöte 2025-02-20\n\n## 1. Mötets öppnande\n\nMötet öppnas.\n\n## 2. Röstlängd\n\n${sentence}\n\n## 3. Övrigt\n\nInget.\n`;

  it('reads `A, B och C var närvarande.` as the people present', () => {
    expect(present(frame('Anna Berg, Bo Holm och Ida Sten var närvarande.'))).toEqual(['Anna Berg', 'Bo Holm', 'Ida Sten']);
  });

  it('reads no person from the board being present', () => {
    expect(present(frame('Styrelsen var närvarande.'))).toEqual([]);
  });
});

describe('a member who is considering something has taken on no task', () => {
  it('reads `X funderar på att …` and `X överväger att …` as no task, `X ska …` as one', () => {
    const text = '# Styrelsemöte 2025-03-03\n\nNärvarande: Elis Ax, Erik Wel\n\n## Workshops\n\n- Elis funderar på att bjuda in andra grupper.\n- Erik överväger att hålla en kurs.\n- Elis ska boka lokalen.\n';
    expect(parseMinutes(text).actions.map((a) => a.text)).toEqual(['Elis ska boka lokalen.']);
  });
});

describe('the opening sentence of the record, wrapped over lines, dates the meeting', () => {
  it('reads the date and time that the wrap cut off the line of `Protokoll fört vid …`', () => {
    const text = 'Protokoll fört vid Båtklubbens vårmöte 2025, torsdagen\nden 6:e mars klockan 19.00 i klubbhuset.\n\n## 1. Mötets öppnande\n\nMötet öppnas.\n';
    const meeting = parseMinutes(text);
    expect([meeting.date, meeting.startTime]).toEqual(['2025-03-06', '19:00']);
  });

  it('takes no date from an opening sentence that goes on about the next meeting', () => {
    const text = 'Protokoll fört vid Båtklubbens möte 2025. Nästa möte hålls torsdagen\nden 6:e mars i klubbhuset.\n\n## 1. Mötets öppnande\n\nMötet öppnas.\n';
    expect(parseMinutes(text).date).toBeNull();
  });
});
