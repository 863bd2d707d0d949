import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { readDue } from '../../src/parse/read-due.js';
import { readHeader } from '../../src/parse/read-header.js';
import { splitAgenda } from '../../src/parse/split-agenda.js';
import { toBlocks } from '../../src/parse/to-blocks.js';
import { chunkTrees } from '../../src/parse/to-tree.js';
import { toUnits } from '../../src/parse/to-units.js';

// Our own minutes in the layouts association minutes are written in (Dutch notulen, Swedish protokoll,
// German Protokoll): numbered items with their notes on the next lines, no blank line between.

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ item: a.item, owners: a.owners, text: a.text, due: a.due?.end ?? null }));
/** The units the finders read, as `parseMinutes` cuts them. */
function units(text: string): string[] {
  const lines = toBlocks(chunkTrees(text), text);
  const vocabs = [vocabularies.sv, vocabularies.en];
  const header = readHeader(lines, null, vocabs, text, null);
  const titles = new Set(splitAgenda(lines, header, vocabs).filter((d) => d.hasBody).map((d) => d.from));
  return toUnits(lines, header, vocabs, titles).map((u) => u.text);
}
const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

describe('an item title on the first line of its paragraph', () => {
  const SV = 'Protokoll styrelsemöte Roddklubben Åran\nDatum: 2023-09-14\n\nNärvarande: Vera Lind, Nils Åkesson, Tove Hed\n\n';

  it('is a unit of its own, so the task on the next line starts a sentence (§ items)', () => {
    const text = `${SV}§ 1 Mötets öppnande\nVera öppnade mötet.\n\n§ 2 Båthuset\nNils ansvarar för nycklarna till båthuset.\n`;
    expect(actions(text)).toEqual([{ item: '2', owners: ['Nils Åkesson'], text: 'Nils ansvarar för nycklarna till båthuset.', due: null }]);
  });

  it('is a unit of its own in a numbered list whose notes follow without indentation', () => {
    const text = `${SV}1. Mötets öppnande\nVera öppnade mötet.\n2. Båthuset\nTove skickar en offert på nya åror senast den 1 oktober.\n3. Mötets avslutande\n`;
    expect(actions(text)).toEqual([{ item: '2', owners: ['Tove Hed'], text: 'Tove skickar en offert på nya åror senast den 1 oktober.', due: '2023-10-01' }]);
  });

  it('stays joined to a next line in lower case, which goes on with the same sentence', () => {
    const text = `${SV}§ 1 Mötets öppnande\nVera öppnade mötet.\n\n§ 2 Val av\nsekreterare: Tove Hed valdes.\n`;
    expect(agenda(text)).toEqual([['1', 'Mötets öppnande'], ['2', 'Val av']]);
    expect(units(text)).toContain('§ 2 Val av sekreterare: Tove Hed valdes.');
    expect(units(text.replace('Val av\nsekreterare', 'Val av sekreterare\nTove'))).toContain('Tove: Tove Hed valdes.');
  });
});

describe('the next meeting', () => {
  const NL = 'Notulen bestuursvergadering Zwemclub De Golf\nDatum: 6 november 2023\n\nAanwezig: Ilse Brouwer, Daan Verhoeven\n\n';

  it('as a deadline (voor de volgende vergadering, till nästa möte, before the next meeting) leaves the task a task', () => {
    expect(actions(`${NL}Ilse stuurt het rooster rond voor de volgende vergadering.`)).toEqual([
      { item: null, owners: ['Ilse Brouwer'], text: 'Ilse stuurt het rooster rond voor de volgende vergadering.', due: null },
    ]);
    expect(actions('Datum: 2023-11-06\nNärvarande: Vera Lind, Nils Åkesson\n\nNils tar fram en budget till nästa möte.')).toEqual([
      { item: null, owners: ['Nils Åkesson'], text: 'Nils tar fram en budget till nästa möte.', due: null },
    ]);
    expect(actions('Date: 2023-11-06\nAttendees: Ruth Hale, Omar Said\n\nRuth will draft the budget before the next meeting.')).toEqual([
      { item: null, owners: ['Ruth Hale'], text: 'Ruth will draft the budget before the next meeting.', due: null },
    ]);
  });

  it('as the subject of a sentence is no task', () => {
    expect(actions(`${NL}De volgende vergadering zal plaatsvinden op 4 december.`)).toEqual([]);
    expect(actions('Datum: 2023-11-06\nNärvarande: Vera Lind, Nils Åkesson\n\nNästa möte ska hållas den 4 december.')).toEqual([]);
  });
});

describe('agenda items as Dutch and plain-text minutes number them', () => {
  const NL = 'Notulen ledenvergadering Schaakclub De Loper\nDatum: 9 oktober 2023\n\nAanwezig: Gert Mol, Yara Koster, Bram Pool\n\n';

  it('reads `Ad 1.` items, as Dutch notulen refer back to the agenda', () => {
    const text = `${NL}Ad 1. Opening\nGert opent de vergadering.\n\nAd 2. Toernooi\nYara stuurt de indeling rond.\n\nAd 3. Sluiting\n`;
    expect(agenda(text)).toEqual([['1', 'Opening'], ['2', 'Toernooi'], ['3', 'Sluiting']]);
    expect(actions(text)).toEqual([{ item: '2', owners: ['Yara Koster'], text: 'Yara stuurt de indeling rond.', due: null }]);
  });

  it('takes the items once where the agenda list is numbered again with the notes below it', () => {
    const text = `${NL}Agenda:\n1. Opening\n2. Toernooi\n3. Sluiting\n\n1. Opening\nGert opent de vergadering.\n\n2. Toernooi\nBram zal de klokken controleren.\n\n3. Sluiting\nGert sluit de vergadering.\n`;
    expect(agenda(text)).toEqual([['1', 'Opening'], ['2', 'Toernooi'], ['3', 'Sluiting']]);
    expect(actions(text)).toEqual([{ item: '2', owners: ['Bram Pool'], text: 'Bram zal de klokken controleren.', due: null }]);
  });

  it('reads numbers without a dot before a short title (`2 Toernooi`), as word processors write them', () => {
    const text = `${NL}1 Opening\nGert opent de vergadering.\n\n2 Toernooi\nDe zaal is geboekt.\n\n3 Sluiting\nGert sluit de vergadering.\n`;
    expect(agenda(text)).toEqual([['1', 'Opening'], ['2', 'Toernooi'], ['3', 'Sluiting']]);
  });

  it('takes a number without a dot before a sentence for no item', () => {
    const text = `${NL}1 Opening\nGert opent de vergadering.\n\n2 leden zijn afwezig.\n\n3 Sluiting\n`;
    expect(agenda(text).map(([n]) => n)).not.toContain('2');
  });
});

describe('deadlines written as day and month with a slash', () => {
  const due = (text: string, lang: 'sv' | 'en' | 'nl') => readDue(text, '2023-09-14', [vocabularies[lang], vocabularies.en]);

  it('reads `senast 15/10` and `till den 2/11` day first, `by 10/15` month first in English', () => {
    expect(due('Vera bokar hallen senast 15/10.', 'sv')).toMatchObject({ text: 'senast 15/10', end: '2023-10-15' });
    expect(due('Nils ordnar fika till den 2/11.', 'sv')).toMatchObject({ end: '2023-11-02' });
    expect(due('Ruth will book the hall by 10/15.', 'en')).toMatchObject({ end: '2023-10-15' });
    expect(due('Ilse stuurt de begroting vóór 1/10.', 'nl')).toMatchObject({ end: '2023-10-01' });
  });

  it('reads a cell holding only the date, and no fraction or score without a deadline word', () => {
    expect(due('15/10', 'sv')).toMatchObject({ end: '2023-10-15' });
    expect(due('Laget vann med 3/4 av rösterna.', 'sv')).toBeNull();
    expect(due('Two thirds (2/3) of the members voted.', 'en')).toBeNull();
  });
});

describe('names in attendance lists', () => {
  const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present !== false).map((p) => p.name);

  it('keeps lower-case particles inside a name (el, van der, ten)', () => {
    expect(present('Notulen bestuursvergadering 2 mei 2023\n\nAanwezig: Samira el Idrissi, Joris van der Meer, Lieke ten Brink\n')).toEqual(['Samira el Idrissi', 'Joris van der Meer', 'Lieke ten Brink']);
  });

  it('takes the name in parentheses after its initials (`RH (Ruth Hale)`), the initials as its alias', () => {
    const people = parseMinutes('# Board meeting, 2 May 2023\n\nAttendees: RH (Ruth Hale), OS (Omar Said, Parks Dept)\n').participants;
    expect(people.map((p) => [p.name, p.alias, p.organization])).toEqual([['Ruth Hale', 'RH', null], ['Omar Said', 'OS', 'Parks Dept']]);
  });
});

describe('attendance told in a sentence', () => {
  const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present !== false).map((p) => p.name);

  it('reads the names after an attendance word and the small words before them', () => {
    expect(present('# Garden club meeting, 2 May 2023\n\nThe meeting was attended by Ruth Hale, Omar Said and Lin Wu.\n')).toEqual(['Ruth Hale', 'Omar Said', 'Lin Wu']);
    expect(present('# Styrelsemöte 2023-05-02\n\nPå mötet deltog Vera Lind och Nils Åkesson.\n')).toEqual(['Vera Lind', 'Nils Åkesson']);
  });

  it('reads no names from a sentence that goes on about something else', () => {
    expect(present('# Garden club meeting, 2 May 2023\n\nEveryone who attended liked the new beds. Ruth Hale thanked them.\n')).toEqual([]);
  });
});

describe('an item title and its notes on one line', () => {
  const NL = 'Notulen ledenvergadering Schaakclub De Loper\nDatum: 9 oktober 2023\n\nAanwezig: Gert Mol, Yara Koster, Bram Pool\n\n';

  it('takes a numbered bold lead as the title and the rest of the line as its notes', () => {
    const text = `${NL}**1. Opening** Gert opent de vergadering.\n\n**2. Toernooi** Yara stuurt de indeling rond.\n\n**3. Sluiting** Gert sluit de vergadering.\n`;
    expect(agenda(text)).toEqual([['1', 'Opening'], ['2', 'Toernooi'], ['3', 'Sluiting']]);
    expect(actions(text)).toEqual([{ item: '2', owners: ['Yara Koster'], text: 'Yara stuurt de indeling rond.', due: null }]);
  });

  it('takes a `§` line up to its first full stop as the title when the notes follow on the line', () => {
    const text = 'Protokoll styrelsemöte\nDatum: 2023-09-14\n\nNärvarande: Vera Lind, Nils Åkesson\n\n§ 1. Mötets öppnande. Vera öppnade mötet.\n\n§ 2. Båthuset. Nils ansvarar för nycklarna.\n';
    expect(agenda(text)).toEqual([['1', 'Mötets öppnande'], ['2', 'Båthuset']]);
  });

  it('takes no marker word from a bold lead of another language for a number (`**Top 10 riskit**`)', () => {
    const text = 'Viikkopalaveri\nAika: 2.10.2023\n\n## 1 Avaus\n\nAvattiin.\n\n## 2 Riskit\n\n**Top 10 riskit** (päivitetty)\n\n## 3 Päättäminen\n';
    expect(agenda(text).map(([n]) => n)).toEqual(['1', '2', '3']);
  });
});

describe('tasks of two people and tasks after a marker', () => {
  it('reads a plural verb after two names in Dutch and German (`Noor en Ilse organiseren`, `Anna und Jonas klären`)', () => {
    expect(actions('Notulen bestuursvergadering\nDatum: 9 oktober 2023\n\nAanwezig: Gert Mol, Yara Koster, Bram Pool\n\nYara en Bram organiseren de barbecue.')).toEqual([
      { item: null, owners: ['Yara Koster', 'Bram Pool'], text: 'Yara en Bram organiseren de barbecue.', due: null },
    ]);
    expect(actions('Protokoll Vorstandssitzung\nDatum: 9.10.2023\n\nAnwesend: Anna Roth, Jonas Keller\n\nAnna und Jonas klären die Raumfrage bis Ende Oktober.')).toEqual([
      { item: null, owners: ['Anna Roth', 'Jonas Keller'], text: 'Anna und Jonas klären die Raumfrage bis Ende Oktober.', due: '2023-10-31' },
    ]);
  });

  it('takes no plural verb of saying or thinking for a task (`Yara en Bram vinden ...`)', () => {
    expect(actions('Notulen bestuursvergadering\nDatum: 9 oktober 2023\n\nAanwezig: Gert Mol, Yara Koster, Bram Pool\n\nYara en Bram vinden de zaal te klein.')).toEqual([]);
  });

  it('takes the participant who opens the sentence after a marker as its owner, whatever the verb', () => {
    expect(actions('Notulen bestuursvergadering\nDatum: 9 oktober 2023\n\nAanwezig: Gert Mol, Yara Koster, Bram Pool\n\nActiepunt: Bram vraagt offertes aan.').map((a) => a.owners)).toEqual([['Bram Pool']]);
  });
});

describe('duties named as being responsible', () => {
  it('reads `är ansvarig för`, `is verantwoordelijk voor`, `ist zuständig für` and a `Zuständig:` marker', () => {
    expect(actions('Protokoll styrelsemöte\nDatum: 2023-09-14\n\nNärvarande: Vera Lind, Nils Åkesson\n\nNils är ansvarig för grillen.').map((a) => a.owners)).toEqual([['Nils Åkesson']]);
    expect(actions('Notulen bestuursvergadering\nDatum: 9 oktober 2023\n\nAanwezig: Gert Mol, Yara Koster\n\nYara is verantwoordelijk voor de kantine.').map((a) => a.owners)).toEqual([['Yara Koster']]);
    expect(actions('Protokoll Vorstandssitzung\nDatum: 9.10.2023\n\nAnwesend: Anna Roth, Jonas Keller\n\nJonas ist zuständig für die Kasse.').map((a) => a.owners)).toEqual([['Jonas Keller']]);
    expect(actions('Protokoll Vorstandssitzung\nDatum: 9.10.2023\n\nAnwesend: Anna Roth, Jonas Keller\n\nFlyer drucken lassen.\nZuständig: Anna\n').map((a) => a.owners)).toContainEqual(['Anna Roth']);
  });
});

describe('the title line of a header block', () => {
  it('is the first line when a date, time or place label follows it in the same block', () => {
    expect(parseMinutes('Notulen bestuursvergadering Zwemclub De Golf\nDatum: maandag 6 november 2023\nLocatie: clubhuis\n').title).toBe('Notulen bestuursvergadering Zwemclub De Golf');
    expect(parseMinutes('Protokoll fört vid styrelsemöte i Roddklubben Åran\nTid: 2023-09-14 kl. 18.00\n').title).toBe('Protokoll fört vid styrelsemöte i Roddklubben Åran');
  });
});

describe('months whose full name has three letters', () => {
  it('reads `eind mei`, `i maj`, `im Mai` as deadlines, and no English `may` alone', () => {
    expect(readDue('Tijmen repareert het hek voor eind mei.', '2023-03-14', [vocabularies.nl, vocabularies.en])?.end).toBe('2023-05-31');
    expect(readDue('Vera ordnar lägret i maj.', '2023-03-14', [vocabularies.sv, vocabularies.en])?.end).toBe('2023-05-31');
    expect(readDue('Ruth may join later.', '2023-03-14', [vocabularies.en])).toBeNull();
  });
});

describe('a bare paragraph number on its own line', () => {
  it('takes its title from the next line, and the notes after that are sentences of the item', () => {
    const text = 'Protokoll styrelsemöte\nDatum: 2023-09-14\n\nNärvarande: Vera Lind, Nils Åkesson\n\n§ 1\nMötets öppnande\nVera öppnade mötet.\n\n§ 2\nBåthuset\nNils ansvarar för nycklarna.\n';
    expect(agenda(text)).toEqual([['1', 'Mötets öppnande'], ['2', 'Båthuset']]);
    expect(actions(text)).toEqual([{ item: '2', owners: ['Nils Åkesson'], text: 'Nils ansvarar för nycklarna.', due: null }]);
  });

  it('takes no sentence on the next line for a title', () => {
    const text = 'Protokoll styrelsemöte\nDatum: 2023-09-14\n\n§ 1\nVera öppnade mötet.\n';
    expect(agenda(text)).toEqual([]);
  });
});

describe('minutes written as a table, one row an item', () => {
  it('takes the rows of a table with a topic column (`Onderwerp`, `Ärende`) as the items, numbered by their number cell', () => {
    const text = 'Notulen bestuursvergadering\nDatum: 9 oktober 2023\n\nAanwezig: Gert Mol, Yara Koster\n\n| Nr | Onderwerp | Besluit |\n|---|---|---|\n| 1 | Opening | - |\n| 2 | Toernooi | Inschrijfgeld blijft 5 euro |\n| 3 | Sluiting | - |\n';
    expect(agenda(text)).toEqual([['1', 'Opening'], ['2', 'Toernooi'], ['3', 'Sluiting']]);
  });

  it('takes no items from such a table under an actions label', () => {
    const text = 'Notulen bestuursvergadering\nDatum: 9 oktober 2023\n\nActiepunten:\n\n| Onderwerp | Wie | Wanneer |\n|---|---|---|\n| Zaal boeken | Gert | 1 november |\n| Prijzen kopen | Yara | 15 november |\n';
    expect(agenda(text)).toEqual([]);
  });
});
