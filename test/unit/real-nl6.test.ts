import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading a sixth round of real Dutch minutes: school participation councils (MR),
 * parents' councils (ouderraad), neighbourhood councils (wijkraad) and sports clubs (ALV). Every
 * example here is written for the test; none is a line of those minutes.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

describe('a list item whose marker is padded to a tab stop', () => {
  it('reads `1.      Opening` (five blanks or more after the marker) as the item, not as code', () => {
    const text = 'Notulen MR 3 maart 2025\n\nAanwezig: Anna, Bert\n\n  1.      Opening\n\n  1. Vaststellen agenda\n\n     De agenda wordt vastgesteld.\n\n  1. Rondvraag\n\n     Geen vragen.\n';
    expect(agenda(text)).toEqual([['1', 'Opening'], ['2', 'Vaststellen agenda'], ['3', 'Rondvraag']]);
  });

  it('reads a padded marker under an indented one alike', () => {
    const text = 'Verslag wijkpanel 9 april 2025\n\n1. Opening\n\nDe voorzitter opent.\n\n2.      Mededelingen\n\nGeen.\n\n         3.        Rondvraag\n\nGeen vragen.\n';
    expect(agenda(text)).toEqual([['1', 'Opening'], ['2', 'Mededelingen'], ['3', 'Rondvraag']]);
  });

  it('keeps a fenced block in a list item as code', () => {
    const text = 'Notulen 3 maart 2025\n\n1. Opening\n2. Script\n\n   ```\n   npm run build\n   ```\n3. Rondvraag\n';
    expect(agenda(text).map(([, title]) => title)).not.toContain('npm run build');
  });
});

describe('a number alone on its line over the title of its item', () => {
  it('is no value of a label without one above it (`Notulen.` / `1.` / `Opening`)', () => {
    const text = 'Notulen 21-03-2025\n\nNotulen.\n\n1.\n\nOpening\ndoor de voorzitter.\n\n2.\n\nMededelingen\n\nGeen.\n\n3. Rondvraag\nGeen vragen.\n';
    expect(agenda(text)).toEqual([['1', 'Opening'], ['2', 'Mededelingen'], ['3', 'Rondvraag']]);
  });

  it('still reads the names listed under `Aanwezig:`', () => {
    const text = 'Notulen 21-03-2025\n\nAanwezig:\n\n1. Anna de Vries\n2. Bram Jansen\n\n## Opening\n\nDe voorzitter opent.\n';
    expect(parseMinutes(text).participants.map((p) => p.name)).toEqual(['Anna de Vries', 'Bram Jansen']);
  });
});

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const chair = (text: string) => parseMinutes(text).participants.find((p) => p.roles.includes('chair'))?.name ?? null;

describe('a pronoun that opens the sentence naming who opened the meeting', () => {
  it('is nobody\'s name: `Hij opent de vergadering` gives no chair', () => {
    expect(chair('Verslag wijkpanel 9 april 2025\n\n1. Opening\n\nHij opent de vergadering en heet iedereen welkom.\n\n2. Rondvraag\n\nGeen vragen.\n')).toBeNull();
  });

  it('is nobody\'s name in English either', () => {
    expect(chair('# Residents meeting 9 April 2025\n\n## Opening\n\nShe called the meeting to order at 7 pm.\n')).toBeNull();
  });

  it('still names the chair who opened the meeting', () => {
    expect(chair('Verslag wijkpanel 9 april 2025\n\nAanwezig: Jan Bos, Els Kok\n\n1. Opening\n\nJan Bos opent de vergadering en heet iedereen welkom.\n')).toBe('Jan Bos');
  });
});

describe('`voor kennisgeving aannemen`: taking note, not deciding', () => {
  const head = 'Notulen wijkpanel 9 april 2025\n\nAanwezig: Jan Bos, Els Kok\n\n';

  it('reads no decision in a letter taken for notice', () => {
    expect(decisions(`${head}1. Ingekomen post\n\nDe nieuwsbrief van de gemeente wordt voor kennisgeving aangenomen.\n\nHet panel neemt de brief over de bomenkap voor kennisgeving aan.\n`)).toEqual([]);
  });

  it('still reads a letter answered by a decision', () => {
    expect(decisions(`${head}1. Ingekomen post\n\nDe subsidieaanvraag wordt goedgekeurd.\n`)).toEqual(['De subsidieaanvraag wordt goedgekeurd.']);
  });
});

describe('a decision word between an article and its noun is an adjective', () => {
  it('reads no decision in `de besloten vergadering`', () => {
    expect(decisions('Notulen 14-05-2025\n\nNotulen van de besloten bestuursvergadering op 14 mei 2025.\n\n1. Opening\n\nDe voorzitter opent.\n')).toEqual([]);
  });

  it('reads no decision in `the approved budget`', () => {
    expect(decisions('# Board meeting 14 May 2025\n\n## Budget\n\n- The approved budget is on the website now.\n')).toEqual([]);
  });

  it('still reads a decision taken in a closed session', () => {
    expect(decisions('Notulen 14-05-2025\n\n1. Contributie\n\nHet bestuur heeft besloten de contributie te verhogen.\n')).toHaveLength(1);
  });

  it('still reads `het` as the object of `besloten`', () => {
    expect(decisions('Notulen 14-05-2025\n\n1. Contributie\n\nDe contributie gaat omhoog; de vergadering heeft het besloten.\n')).toHaveLength(1);
  });
});

const actions = (text: string) => parseMinutes(text).actions.map((a) => [a.owners, a.text]);

describe('an action marker and names on the line after a task hand that task out', () => {
  const head = 'Notulen ouderraad 3 september 2025\n\nAanwezig: Hennie Bos, Treja Kok, Rennie Smit\n\n1. Opening\n\nRennie opent.\n\n2. Financieel\n\n';

  it('gives `Actie: Treja` the task of the sentence above it', () => {
    expect(actions(`${head}De offerte voor de zandbak moet nog worden opgevraagd.\nActie: Treja\n`)).toEqual([[['Treja Kok'], 'De offerte voor de zandbak moet nog worden opgevraagd.']]);
  });

  it('reads a sentence with no task of its own above `ACTIE Rennie`, a blank line between', () => {
    expect(actions(`${head}Er moet een nieuwe kerstboom komen.\n\nACTIE Rennie\n`)).toEqual([[['Rennie Smit'], 'Er moet een nieuwe kerstboom komen.']]);
  });

  it('keeps the line after `ACTIE Hennie` apart, and reads `ACTIE OR` as the council\'s', () => {
    expect(actions(`${head}Hennie neemt dit mee naar het team.\nACTIE Hennie\nDe OR gaat hierover nadenken.\nACTIE OR\n`)).toEqual([
      [['Hennie Bos'], 'Hennie neemt dit mee naar het team.'],
      [[], 'De OR gaat hierover nadenken.'],
    ]);
  });

  it('does the same in English', () => {
    const text = '# Board 3 Sep 2025\n\nPresent: Bob Lee, Ann Kay\n\n## Finance\n\nThe quote for the roof still needs to be requested.\nAction: Bob\n';
    expect(actions(text)).toEqual([[['Bob Lee'], 'The quote for the roof still needs to be requested.']]);
  });

  it('leaves a marker with a task of its own as it is', () => {
    expect(actions(`${head}De begroting is besproken.\nActie: Treja belt de bank.\n`)).toEqual([[['Treja Kok'], 'Actie: Treja belt de bank.']]);
  });

  it('does not hand a task in one word (`Actie: Bellen`) to nobody', () => {
    expect(actions(`${head}De begroting is besproken.\nActie: Bellen\n`).map(([, text]) => text)).not.toContain('De begroting is besproken.');
  });
});

describe('a short word of another language is a name in a list of people', () => {
  const names = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.present]);

  it('reads Dutch Jos and Han (Finnish `jos`, Swedish `han`) as names', () => {
    expect(names('Notulen ALV 21 september 2025\n\nAanwezig: Jos, Anja, Harry\nAfwezig met bericht: Han, Karin\n\n1. Opening\n\nDe voorzitter opent.\n')).toEqual([
      ['Jos', true], ['Anja', true], ['Harry', true], ['Han', false], ['Karin', false],
    ]);
  });

  it('still leaves out a pronoun of the minutes\' own language', () => {
    expect(names('Notulen ALV 21 september 2025\n\nAanwezig: Anja, Harry, Iedereen\n\n1. Opening\n\nDe voorzitter opent.\n')).toEqual([['Anja', true], ['Harry', true]]);
  });
});

describe('a first line that only names the document and its date', () => {
  const title = (text: string) => parseMinutes(text).title;

  it('gives way to the meeting named on the next line (`Notulen 02072025` / `Bijzondere Algemene Ledenvergadering`)', () => {
    expect(title('Notulen 02072025\n\nBijzondere Algemene Ledenvergadering\n\nDatum: 2 juli 2025\n\n1. Opening\n\nDe voorzitter opent.\n')).toBe('Bijzondere Algemene Ledenvergadering');
  });

  it('gives way to a sentence of record on the next line, without its date', () => {
    expect(title('Notulen 21-03-2025\n\nNotulen van de wijkraadsvergadering op 21 maart 2025.\n\n1. Opening\n\nDe voorzitter opent.\n')).toBe('Notulen van de wijkraadsvergadering');
  });

  it('stays the title when the next line names no meeting', () => {
    expect(title('Notulen 21-03-2025\n\nAanwezig: Anna, Bert\n\n1. Opening\n\nDe voorzitter opent.\n')).toBe('Notulen');
  });

  it('stays the title when it names the meeting itself', () => {
    expect(title('Notulen bestuursvergadering 21-03-2025\n\nVerslag door Anna.\n\n1. Opening\n\nDe voorzitter opent.\n')).toBe('Notulen bestuursvergadering');
  });
});

describe('a sentence that opens with a condition says what would be done, not a task', () => {
  const texts = (text: string) => parseMinutes(text).actions.map((a) => a.text);

  it('reads no task in `Mocht dit niet helpen, dan zullen er ... worden genomen`', () => {
    expect(texts('Notulen wijkpanel 9 april 2025\n\n1. Verkeer\n\nEr komt een witte lijn. Mocht dit niet helpen, dan zullen er andere maatregelen worden genomen.\n')).toEqual([]);
  });

  it('reads no task in German `Falls ..., muss ... werden`', () => {
    expect(texts('# Vorstandssitzung 9. April 2025\n\n## Verkehr\n\nFalls das nicht reicht, muss ein Schild aufgestellt werden.\n')).toEqual([]);
  });

  it('still reads the task of a modal passive with no condition', () => {
    expect(texts('Notulen wijkpanel 9 april 2025\n\n1. Verkeer\n\nEr zal een bord gemaakt worden.\n')).toHaveLength(1);
  });
});
