import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading a tenth round of real Swedish minutes (boat clubs, riding and sports clubs,
 * a tenants' association, a federation's annual meeting, a student section), many of them pages
 * flattened from PDF. Every example here is written for the test; none is a line of those minutes.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('a page flattened from PDF whose first item opens the text', () => {
  const page =
    '1 Protokoll fört vid Sjöviks seglarförbunds årsmöte Eva Lund öppnade mötet. 2 Inga fullmakter lämnades in. ' +
    'Tjugo röstberättigade var med på mötet och Per Holm lämnade mötet innan det var slut. ' +
    '3 Anna Berg och Nils Ek valdes till rösträknare för mötet. 4 Mötet ansågs behörigt utlyst och kallelsen hade gått ut i tid till alla föreningar. ' +
    '5 Verksamhetsberättelsen lästes upp av Per Holm och godkändes efter en mindre ändring. Kassören redovisade ekonomin. ' +
    '6 Följande poster valdes: Till kassör valdes Ulla Falk på 2 år.\n';

  it('counts the number at the start of the text: it opens the run the later numbers go on', () => {
    expect(agenda(page).map(([n]) => n)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('does not end an item written as a minute at a name after `och` or inside it', () => {
    expect(agenda(page)[2]).toEqual(['3', 'Anna Berg och Nils Ek valdes till rösträknare för mötet']);
    expect(decisions(page).some((d) => d.startsWith('Anna Berg och Nils Ek valdes till rösträknare'))).toBe(true);
  });

  it('leaves a paragraph that opens with a count and runs no count on whole', () => {
    const text = 'Styrelsemöte 2024-09-03\n\n' + `2 personer saknades vid mötet. ${'Styrelsen talade länge om lokalen och om hyran för hösten. '.repeat(8)}\n`;
    expect(agenda(text)).toEqual([]);
  });
});

describe('a flattened page that goes on the count of the page before', () => {
  const page1 =
    'Protokoll styrelsemöte Rydals ridklubb 3 mars 2024 i klubbstugan. Närvarande Eva Lund, Per Holm, Anna Berg. ' +
    '1 Mötets öppnande Eva Lund hälsade välkommen och förklarade mötet öppnat. ' +
    '2 Val av sekreterare Per Holm valdes att föra protokollet under mötet. ' +
    `3 Val av justerare Anna Berg valdes till justerare. ${'Styrelsen gick igenom hur protokollet justeras. '.repeat(6)}\n\n`;
  const page2 =
    `Protokollet justeras inom en vecka. 4 Godkännande av dagordning Dagordningen godkändes. 5 Verksamheten Stallet har fått två nya hästar och en ny ponny som börjar i vecka 5. Lektionerna går som vanligt. ${'Ridskolan har fullt i alla grupper. '.repeat(6)}` +
    '6 Övriga frågor Inga övriga frågor.\n';

  it('takes the numbers without a stop that go on the count, not a week number before a full stop', () => {
    expect(agenda(page1 + page2).map(([n]) => n)).toEqual(['1', '2', '3', '4', '5', '6']);
  });
});

describe('a decision in the second of two verbs joined by `och`', () => {
  const head = 'Årsmöte i Tallbackens båtklubb 2024-03-02\n\nNärvarande: Eva Lund, Per Holm\n\n## Verksamhetsberättelsen\n\n';

  it('reads `lästes upp av Eva Lund och godkändes` as the decision', () => {
    expect(decisions(`${head}Verksamhetsberättelsen lästes upp av Eva Lund och godkändes utan ändringar.\n`)).toEqual(['Verksamhetsberättelsen lästes upp av Eva Lund och godkändes utan ändringar.']);
  });

  it('reads the same in English (`were presented by Ann and approved`)', () => {
    const text = 'Annual meeting of the Harbour Rowing Club 2024-03-02\n\nPresent: Ann Lee, Tom Fry\n\n## Accounts\n\nThe accounts for last year were presented by Ann Lee and approved without changes.\n';
    expect(decisions(text)).toEqual(['The accounts for last year were presented by Ann Lee and approved without changes.']);
  });

  it('leaves a reported act after `att` out (`Eva berättade att ... diskuterades och godkändes`)', () => {
    expect(decisions(`${head}Eva Lund berättade att förbundets plan diskuterades på mötet i Borås och godkändes där.\n`)).toEqual([]);
  });
});

describe('numbered paragraphs of formal minutes: acts and topics with their notes after a colon', () => {
  const text =
    'Protokoll fört vid styrelsemöte med Tallbackens båtklubb den 4 maj 2021\n\n' +
    'Närvarande: Eva Lund, Per Holm, Ulla Berg och Nils Ek\n\n' +
    '1.  Ordföranden hälsade alla välkomna.\n\n' +
    '2.  Dagordningen godkändes.\n\n' +
    '3.  Till justerare valdes Ulla.\n\n' +
    '4.  Föregående protokoll kunde inte gås igenom.\n\n' +
    '5.  Bryggan: Flera plankor är trasiga och behöver bytas.\n\n' +
    '6.  Ekonomi: Kassan är god. Per skickar ut fakturorna.\n\n' +
    '7.  Övriga frågor: Nils tog upp frågan om parkering.\n\n' +
    '8.  Mötet avslutades.\n';

  it('reads the numbered paragraphs as the items, the topics by their titles', () => {
    expect(agenda(text)).toEqual([
      ['1', 'Ordföranden hälsade alla välkomna.'],
      ['2', 'Dagordningen godkändes.'],
      ['3', 'Till justerare valdes Ulla.'],
      ['4', 'Föregående protokoll kunde inte gås igenom.'],
      ['5', 'Bryggan'],
      ['6', 'Ekonomi'],
      ['7', 'Övriga frågor'],
      ['8', 'Mötet avslutades.'],
    ]);
  });

  it('does not take a numbered list of tasks, each `Name: task`, with no act, for the agenda', () => {
    const tasks =
      'Styrelsemöte 2021-05-04\n\nNärvarande: Eva Lund, Per Holm\n\nVi gick igenom vad som ska göras före sommaren.\n\n' +
      '1. Eva: ringer kommunen om bryggan.\n\n2. Per: skickar ut fakturorna.\n\n3. Ulla: beställer nya flytvästar.\n\n4. Nils: ordnar städdagen.\n';
    expect(agenda(tasks)).toEqual([]);
  });
});
