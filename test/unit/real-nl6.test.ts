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
