import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading a seventh round of real Dutch and Flemish minutes (council decision pages,
 * a provincial executive's decision record, volunteer evenings, a researchers' workgroup). Every
 * example here is written for the test; none is a line of those minutes.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('Dutch titles and abbreviations end no sentence', () => {
  it('keeps `dhr.` with the name after it inside one decision', () => {
    const text = '# Raadsvergadering 3 maart 2025\n\n## 2. Toelating\n\nDe raad besluit om, na het advies van de commissie, dhr. Pieter Smit toe te laten tot de raad.\n';
    expect(decisions(text)).toEqual(['De raad besluit om, na het advies van de commissie, dhr. Pieter Smit toe te laten tot de raad.']);
  });

  it('still ends a sentence at a full stop after an ordinary word', () => {
    const text = '# Raadsvergadering 3 maart 2025\n\n## 2. Toelating\n\nDe raad besluit de agenda vast te stellen. Mevr. Jansen is afwezig.\n';
    expect(decisions(text)).toEqual(['De raad besluit de agenda vast te stellen.']);
  });
});

describe('a decision formula over numbered resolutions decides each of them', () => {
  const head = '# Vergadering college 14 mei 2024\n\n';

  it('gives each numbered te-clause after `besluiten:` a decision of its own', () => {
    const text = `${head}## 05 Fietsplan\n\nBESLUIT:\n\nHet college besluit:\n\n1. het fietsplan 2024 vast te stellen;\n2. de subsidie aan de fietsersbond te verlengen;\n3. de raad hierover per brief te informeren.\n`;
    expect(decisions(text)).toEqual([
      'Het college besluit: het fietsplan 2024 vast te stellen',
      'Het college besluit: de subsidie aan de fietsersbond te verlengen',
      'Het college besluit: de raad hierover per brief te informeren',
    ]);
  });

  it('reads a single numbered resolution and a bulleted list as one decision', () => {
    const one = `${head}## 5. Fietsplan\n\nHet college besluit:\n\n1. het fietsplan 2024 vast te stellen.\n`;
    expect(decisions(one)).toEqual(['Het college besluit: het fietsplan 2024 vast te stellen']);
    const bullets = `${head}## 5. Fietsplan\n\nHet college besluit:\n\n- het fietsplan 2024 vast te stellen;\n- de subsidie te verlengen.\n`;
    expect(decisions(bullets)).toEqual(['Het college besluit: het fietsplan 2024 vast te stellen; de subsidie te verlengen']);
  });

  it('splits an English resolution numbered the same way', () => {
    const text = '# Board meeting 2 June 2024\n\n## 4. Budget\n\nThe board resolved:\n\n1. to adopt the budget for 2025;\n2. to raise the membership fee by five euros.\n';
    expect(decisions(text)).toEqual(['The board resolved: to adopt the budget for 2025', 'The board resolved: to raise the membership fee by five euros']);
  });
});

describe('a council register lists its members a group a line, the office after the names', () => {
  const names = (text: string) => parseMinutes(text).participants.filter((p) => p.present !== false).map((p) => p.name);

  it('reads every name of a line closed by the group they form, and no group as a person', () => {
    const text = [
      '# Gemeenteraad 3 maart 2025',
      '',
      'Aanwezig: Els Peeters, voorzitter gemeenteraad',
      'Tom Claes, burgemeester',
      'Ann Wouters, Jan De Smet, Sara Maes, Luc Janssens, Katrien Van Dyck, schepenen',
      'Bart Willems, Inge Mertens, Pieter Goossens, Evi Jacobs, An Hermans, gemeenteraadsleden',
      'Wim Aerts, algemeen directeur',
      '',
      '## 1. Goedkeuring verslag',
      '',
      'Het verslag wordt goedgekeurd.',
    ].join('\n');
    const meeting = parseMinutes(text);
    expect(names(text)).toEqual(['Els Peeters', 'Tom Claes', 'Ann Wouters', 'Jan De Smet', 'Sara Maes', 'Luc Janssens', 'Katrien Van Dyck', 'Bart Willems', 'Inge Mertens', 'Pieter Goossens', 'Evi Jacobs', 'An Hermans', 'Wim Aerts']);
    expect(meeting.participants.find((p) => p.name === 'Els Peeters')?.roles).toContain('chair');
  });

  it('reads a capitalised group word the same way, in English too', () => {
    const text = '# Council meeting 3 March 2025\n\nPresent: Ann Lee, Chair\nBo Chan, Cy Dee, Di Eve, Ed Fox, Flo Gray, Councillors\n\n## 1. Minutes\n\nThe minutes were approved.\n';
    expect(names(text)).toEqual(['Ann Lee', 'Bo Chan', 'Cy Dee', 'Di Eve', 'Ed Fox', 'Flo Gray']);
  });

  it('leaves a line of prose after the register out of it', () => {
    const text = '# Gemeenteraad 3 maart 2025\n\nAanwezig: Els Peeters, voorzitter\nTom Claes, burgemeester\nJan Peters, Piet de Boer en de andere raadsleden kwamen later binnen, rond negen uur\n\n## 1. Opening\n\nWelkom.\n';
    expect(names(text)).toEqual(['Els Peeters', 'Tom Claes']);
  });
});

describe('topics set in bold on the first line of their notes', () => {
  const agenda = (text: string) => parseMinutes(text).agenda.map((a) => a.title);
  const head = 'Notulen bestuursvergadering 12 maart 2024\n\nAanwezig: Anna de Vries, Bram Jansen, Carla Bos\n\n';

  it('reads a bold line that opens its paragraph over notes not in bold as a topic', () => {
    const text = `${head}**Opening**\nDe voorzitter opent de vergadering.\n\n**Kascommissie**\nDe kas is in orde bevonden.\n\n**Zomerfeest**\nHet feest is op 6 juli.\n\n**Rondvraag**\nGeen vragen.\n`;
    expect(agenda(text)).toEqual(['Opening', 'Kascommissie', 'Zomerfeest', 'Rondvraag']);
  });

  it('takes no bold line inside a paragraph, nor a bold title over two lines, for a topic', () => {
    const text = `${head}De voorzitter opent.\n**Let op de datum**\nHet feest is op 6 juli.\n\n**Notulen van de**\n**bestuursvergadering**\nDe kas is in orde.\n\nDe penningmeester meldt weinig.\n**Zomerfeest**\nHet feest gaat door.\n`;
    expect(agenda(text)).toEqual([]);
  });
});

describe('`Ad 1` over the notes refers to the item the agenda listed under 1', () => {
  const items = (text: string) => parseMinutes(text).agenda.map((a) => `${a.number ?? '-'} ${a.title}`);
  const head = 'Notulen ledenvergadering 12 maart 2024\n\nAanwezig: Anna de Vries, Bram Jansen, Carla Bos\n\n';
  const agenda = '1. Opening\n2. Verslag kascommissie\n3. Zomerfeest\n4. Rondvraag en sluiting\n\n';

  it('takes each item\'s title from the agenda list at the head', () => {
    const text = `${head}${agenda}Ad 1\nDe voorzitter opent de vergadering.\n\nAd 2.\nDe kas is in orde bevonden.\n\nAd 3\nBesloten wordt het feest op 6 juli te houden.\n\nAd 4\nGeen vragen.\n`;
    expect(items(text)).toEqual(['1 Opening', '2 Verslag kascommissie', '3 Zomerfeest', '4 Rondvraag en sluiting']);
    expect(parseMinutes(text).decisions.map((d) => d.item)).toEqual(['3']);
  });

  it('gives no title where the number was listed nowhere', () => {
    const text = `${head}Ad 1\nDe voorzitter opent de vergadering.\n\nAd 2\nDe kas is in orde bevonden.\n\nAd 3\nHet feest wordt op 6 juli gehouden.\n`;
    expect(items(text).some((t) => /Opening|kascommissie/u.test(t))).toBe(false);
  });
});

describe('minutes typed in a table with no header row of its own', () => {
  const items = (text: string) => parseMinutes(text).agenda.map((a) => `${a.number ?? '-'} ${a.title}`);
  const head = '# Notulen bestuursvergadering 12 maart 2024\n\nAanwezig: Anna de Vries, Bram Jansen, Carla Bos\n\n';

  it('reads each row numbered 1, 2, 3 as an item, the first row too', () => {
    const text = `${head}| 1. | Opening | De voorzitter opent de vergadering. |\n|---|---|---|\n| 2. | Kascommissie | De kas is in orde bevonden. |\n| 3. | Zomerfeest | Besloten wordt het feest op 6 juli te houden. |\n| 4. | Rondvraag | Geen vragen. |\n`;
    expect(items(text)).toEqual(['1 Opening', '2 Kascommissie', '3 Zomerfeest', '4 Rondvraag']);
    expect(parseMinutes(text).decisions.map((d) => d.item)).toEqual(['3']);
  });

  it('leaves a table of tasks, or rows that do not count up, alone', () => {
    const tasks = `${head}## Actiepunten\n\n| 1 | Brief aan leden | Bram |\n|---|---|---|\n| 2 | Zaal reserveren | Carla |\n| 3 | Kas tellen | Anna |\n`;
    expect(items(tasks)).toEqual([]);
    const amounts = `${head}| 10 | Koffie | 12 euro |\n|---|---|---|\n| 25 | Zaalhuur | 80 euro |\n| 3 | Drukwerk | 40 euro |\n`;
    expect(items(amounts)).toEqual([]);
  });
});

describe('standing items of an agenda typed a topic a line', () => {
  const agenda = (text: string) => parseMinutes(text).agenda.map((a) => a.title);
  const head = 'Notulen bestuursvergadering 12 maart 2024\n\nAanwezig: Anna de Vries, Bram Jansen, Carla Bos\n\n';

  it('reads `Notulen vorige vergadering` and `Rondvraag` over a short note as topics', () => {
    const text = `${head}Opening\nDe voorzitter opent de vergadering om 20.00 uur.\n\nNotulen vorige vergadering\nDe notulen worden ongewijzigd goedgekeurd.\n\nZomerfeest\nHet feest wordt gehouden op zaterdag 6 juli in de tuin.\n\nRondvraag en sluiting\nGeen vragen.\n`;
    expect(agenda(text)).toEqual(['Opening', 'Notulen vorige vergadering', 'Zomerfeest', 'Rondvraag en sluiting']);
  });

  it('makes no agenda of fewer than three such lines', () => {
    const text = `${head}Notulen vorige vergadering\nDe notulen worden ongewijzigd goedgekeurd.\n\nRondvraag\nGeen vragen.\n`;
    expect(agenda(text)).toEqual([]);
  });
});

describe('the algemeen directeur keeps the minutes of a Flemish council', () => {
  const roles = (text: string, name: string) => parseMinutes(text).participants.find((p) => p.name === name)?.roles ?? [];

  it('gives the algemeen directeur of the register the secretary\'s role', () => {
    const text = '# Gemeenteraad 3 maart 2025\n\nAanwezig: Els Peeters, voorzitter\nTom Claes, burgemeester\nWim Aerts, algemeen directeur\n\n## 1. Goedkeuring verslag\n\nHet verslag wordt goedgekeurd.\n';
    expect(roles(text, 'Wim Aerts')).toContain('secretary');
  });

  it('gives a director of another kind no role', () => {
    const text = '# Bestuursvergadering 3 maart 2025\n\nAanwezig: Els Peeters, voorzitter\nWim Aerts, directeur\nAn Maes, financieel directeur\n\n## 1. Opening\n\nWelkom.\n';
    expect(roles(text, 'Wim Aerts')).toEqual([]);
    expect(roles(text, 'An Maes')).toEqual([]);
  });
});
