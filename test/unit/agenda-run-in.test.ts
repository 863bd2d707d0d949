import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Committee minutes typed in a word processor open each paragraph with its topic, run in with the notes. */

const titles = (text: string) => parseMinutes(text).agenda.map((a) => a.title);

describe('topics set as run-in headings', () => {
  it('reads headings in capitals that run into their sentence or stop at a mark', () => {
    const text = [
      'Minutes of the meeting of Lowfield Village Council held on 3rd March 2025 at 7.30 pm in the Reading Room.',
      '',
      'PRESENT were Mrs P Orme (Chair), Mr K Vale and Mr T Dunn.',
      '',
      'THE MINUTES of the last meeting were approved and signed.',
      '',
      'ROADS AND VERGES: The verge by the pond has been cut back.',
      '',
      'GRANTS. A request from the youth club was read out and will be discussed in April.',
      '',
      'PLAY AREA – The new swing seats have arrived.',
    ].join('\n');
    expect(titles(text)).toEqual(['THE MINUTES', 'ROADS AND VERGES', 'GRANTS', 'PLAY AREA']);
  });

  it('reads no topic in a dash-set insertion or an acronym opening a sentence', () => {
    const text = [
      'Minutes of the meeting held on Monday 2nd June 2025',
      '',
      'The Chair - who had been at the district forum - reported on the new grants.',
      '',
      'The pavilion gutter - mended in spring - is blocked again.',
      '',
      'The next meeting - if the hall is free - will be on 7 July.',
      '',
      'NATO funding for the old airfield was not discussed.',
      '',
      'OFSTED visited the village school in May.',
    ].join('\n');
    expect(titles(text)).toEqual([]);
  });

  it('reads headings in ordinary type set off by a dash from their notes', () => {
    const text = [
      'Minutes of the meeting held on Tuesday 4th March 2025',
      '',
      'Present were Nina Crowe, Omar Haddad and Pia Lund.',
      '',
      'Hall Bookings – The yoga group has booked every Monday until June.',
      '',
      'Boiler Repair - A second quote has been asked for. OH to chase.',
      '',
      'Summer Fete – The date was set for 12 July and stalls will be offered to members.',
    ].join('\n');
    expect(titles(text)).toEqual(['Hall Bookings', 'Boiler Repair', 'Summer Fete']);
  });

  it('takes no initials, figures or a few words after a dash for a topic', () => {
    const text = [
      'Notes of the call, 5 March 2025',
      '',
      'KBL: I think the release can wait a week.',
      '',
      'Minutes of 4/2/25 - accepted',
      '',
      'RFP review was done by Ana last week and went well.',
      '',
      'Budget 2025 – The figures were read out to the group.',
    ].join('\n');
    expect(titles(text)).toEqual([]);
  });

  it('needs three such paragraphs', () => {
    const text = 'Minutes of the meeting held on 6 March 2025\n\nFINANCE: The accounts were approved.\n\nPLANNING: No applications were received.\n';
    expect(titles(text)).toEqual([]);
  });
});
