import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Conventions of English minutes found missing in a thirteenth round of real minutes: web pages of
// clubs, church councils and co-ops whose paragraphs arrive as lines with no blank line between
// them. Each pinned with minutes of our own.

const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name);
const absent = (text: string) => parseMinutes(text).participants.filter((p) => !p.present).map((p) => p.name);
const agenda = (text: string) => parseMinutes(text).agenda.map((a) => `${a.number ?? '-'} ${a.title}`);

describe('a web page of minutes typed as one paragraph: a topic a line, its notes under it', () => {
  const text = [
    'Minutes of Larkfield Bowls Club AGM, 3rd March 2019',
    'Present: Nora Quill, Eli Banner, Ivo Stamp, Rosa Fenn',
    'Apologies: Tom Wick',
    'Minutes of last year’s meeting',
    'These were approved.',
    'Captain’s Report',
    'Nora said the season had gone well and thanked the greenkeepers.',
    'Treasurer’s Report',
    'Subscriptions will stay at £40. The accounts were accepted.',
    'Fixtures',
    'The league has sent the draft list of fixtures for the summer.',
  ].join('\n');

  it('reads each short line between sentences as a topic', () => {
    expect(agenda(text)).toEqual(['- Minutes of last year’s meeting', '- Captain’s Report', '- Treasurer’s Report', '- Fixtures']);
  });

  it('still reads the labelled lines as the header', () => {
    expect(present(text)).toEqual(['Nora Quill', 'Eli Banner', 'Ivo Stamp', 'Rosa Fenn']);
    expect(absent(text)).toEqual(['Tom Wick']);
  });

  it('does not take a line of prose wrapped at a width, nor a short task line, for a topic', () => {
    const prose = [
      'Minutes of the Larkfield Bowls Club committee',
      'Present: Nora Quill, Eli Banner, Ivo Stamp',
      'The committee went through the accounts of the season, which closed with',
      'A small surplus that will go towards new mats and a repaired roller for the green.',
      'Nora will write to the league about the fixtures',
      'Eli will order the mats before the season starts.',
      'Ivo to ask the council about the car park',
      'The next meeting will be held in the pavilion at the start of May.',
      'Rosa to book the pavilion',
      'Nothing else was raised and the meeting closed at nine.',
    ].join('\n');
    expect(agenda(prose)).toEqual([]);
  });
});

describe('an attendance label alone on its line in a paragraph typed without blank lines', () => {
  const text = [
    'Hollin Supporters Trust board, 4 May 2021',
    'Present',
    'Nora Quill, Eli Banner, Ivo Stamp,',
    'Apologies',
    'Rosa Fenn, Tom Wick,',
    'Minutes',
    'The minutes of the April meeting were approved as a correct record.',
    'Finance',
    'The bank balance was reported and accepted by the board.',
    'Open Meetings',
    'It was agreed to hold an open meeting in June.',
    'Website',
    'Eli will refresh the fixtures page before the season starts.',
  ].join('\n');

  it('ends the names at the first sentence: the topic lines after it are no people', () => {
    expect(present(text)).toEqual(['Nora Quill', 'Eli Banner', 'Ivo Stamp']);
    expect(absent(text)).toEqual(['Rosa Fenn', 'Tom Wick']);
  });

  it('reads the topic lines as the agenda', () => {
    expect(agenda(text)).toContain('- Finance');
    expect(agenda(text)).toContain('- Open Meetings');
    expect(agenda(text)).toContain('- Website');
  });

  it('keeps reading names a line each under a label alone on its line when no sentence comes between', () => {
    const list = ['Hollin Supporters Trust board', '', 'Present', 'Nora Quill', 'Eli Banner', 'Ivo Stamp', '', 'The meeting opened at seven.'].join('\n');
    expect(present(list)).toEqual(['Nora Quill', 'Eli Banner', 'Ivo Stamp']);
  });
});

describe('a meeting held via a call or a video service', () => {
  const location = (text: string) => parseMinutes(text).location;

  it('reads the place after `held via` in the sentence of record', () => {
    expect(location('Minutes of the Finchley Road Tenants committee meeting held via Zoom on 9 March 2021\n\nPresent: Nora Quill, Eli Banner\n')).toBe('Zoom');
  });

  it('ends the place at the parenthesis the phrase was written in', () => {
    expect(location('Minutes of a meeting of the Parish Council, (held via telephone conference call), on 4 June 2020\n\nPresent: Nora Quill, Eli Banner\n')).toBe('telephone conference call');
  });

  it('reads nothing from `held via` where no meeting or body is the subject', () => {
    expect(location('Finchley Road Tenants committee, 9 March 2021\n\nPresent: Nora Quill, Eli Banner\n\nThe signed leases are held via the shared drive of the association.\n')).toBeNull();
  });
});
