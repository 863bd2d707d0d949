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

describe('the document word alone over its sentence of record, under a page\'s chrome', () => {
  it('reads the two lines as one sentence, an ordinal number with its stop inside the name', () => {
    const text = 'Seiteninhalt\n\nNiederschrift\n\nder 7. Sitzung des Ortsbeirates am Dienstag, den 3. Juni 2025 im Bürgerhaus Lindenau.\n\nBeginn: 19:00 Uhr\n\n1. Eröffnung\n\nDer Vorsitzende eröffnet die Sitzung.\n';
    expect(title(text)).toBe('7. Sitzung des Ortsbeirates');
  });
});

describe('a first line that names only the page', () => {
  it('is a site\'s chrome: the sentence of record below it names the meeting', () => {
    const text = 'Documents\n\nMinutes of the Annual Meeting of Old Mill Parish Council held on Monday 12 May 2025 at the Village Hall.\n\nPresent: Cllr A Reed (Chair), Cllr B Stone\n\n1. Apologies\n\nNone.\n';
    expect(title(text)).toBe('Annual Meeting of Old Mill Parish Council');
  });

  it('is passed over for the document word and its sentence below it', () => {
    const text = 'Seiteninhalt\n\nProtokoll\nüber die Sitzung des Kulturausschusses Lindenau\nam Mittwoch, 4. Juni 2025\n\nAnwesend: Eva Brandt, Tom Keller\n\n1. Eröffnung\n';
    expect(title(text)).toBe('Sitzung des Kulturausschusses Lindenau');
  });

  it('stays the title where no sentence of record and no document word follow it', () => {
    expect(title('Meeting Minutes\n\nPresent: Ann Lee, Bob Hart\n\n1. Budget\n\nAgreed.\n')).toBe('Meeting Minutes');
  });

  it('is only a line of page words: a first line naming a body stays the title', () => {
    const text = 'Riverside Allotment Society\n\nMinutes of the committee meeting held on 3 June 2025.\n\n1. Apologies\n';
    expect(title(text)).not.toBe('committee meeting');
  });
});

describe('a first line that is no page chrome', () => {
  it('keeps initials or the document word alone, and a first line with the meeting\'s full date', () => {
    expect(title('WR\n\nMinutes of the meeting of the Ward Residents held on 3 June 2025.\n\n1. Apologies\n')).not.toBe('meeting of the Ward Residents');
    expect(title('Meeting Notes 2025-06-03\n\nFrom Elm Street Makers\n\nMeeting Minutes\n<< Meeting Notes 2025-05-27 >>\n\n1. Budget\n')).toBe('Meeting Notes');
  });

  it('keeps the page title where the sentence below names no more than a meeting', () => {
    expect(title('June 2025 Minutes\nMinutes of a meeting held on Thursday 5 June 2025 using Zoom\nPresent: Cllrs A Reed (Chair), B Stone\n')).toBe('June 2025 Minutes');
  });
});
