import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Minutes that open with a sentence of record name the meeting in it: its name is the title. */

const title = (text: string) => parseMinutes(text).title;

describe('a sentence of record at the top', () => {
  it('gives the meeting it names, without the phrase of holding, the date and the article', () => {
    expect(title('Minutes of the Allotment Society committee meeting held on Tuesday 4 March 2025 at 7pm in the pavilion.\n\n1. Apologies\n\nNone.\n')).toBe('Allotment Society committee meeting');
  });

  it('ends the name at a comma (Swedish) or at the date (Dutch)', () => {
    expect(title('Protokoll fört vid Roddklubbens årsmöte 2025, tisdagen den 4 mars 2025 klockan 19.00 i klubbhuset.\n\n§ 1 Mötets öppnande\n\nMötet öppnades.\n')).toBe('Roddklubbens årsmöte 2025');
    expect(title('Notulen van de jaarvergadering van 4 maart 2025 om 20.00 uur in het clubhuis.\n\n1. Opening\n\nDe voorzitter opent.\n')).toBe('jaarvergadering');
  });

  it('reads nothing from a first sentence that is no record of the meeting', () => {
    expect(title('The minutes of the last meeting were approved.\n\nAnn will send the invoice.\n')).toBeNull();
  });
});
