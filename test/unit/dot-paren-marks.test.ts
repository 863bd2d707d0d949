import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** German and Austrian documents number their points with a dot and a parenthesis (`3.)`), a mark Markdown does not know. */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => `${a.number} ${a.title}`);
const people = (text: string) => parseMinutes(text).participants.map((p) => p.name);

describe('points numbered `3.)`', () => {
  it('reads an agenda numbered so, in one paragraph or one point a paragraph', () => {
    const tight = ['Niederschrift über die Sitzung des Gemeinderates am 3. Mai 2031', '', 'Tagesordnung:', '', '1.) Begrüßung', '2.) Genehmigung des Protokolls', '3.) Straßenbau', '4.) Allfälliges', ''].join('\n');
    expect(agenda(tight)).toEqual(['1 Begrüßung', '2 Genehmigung des Protokolls', '3 Straßenbau', '4 Allfälliges']);
    const loose = ['Niederschrift über die Sitzung des Gemeinderates am 3. Mai 2031', '', '1.) Begrüßung', '', 'Der Bürgermeister begrüßt alle.', '', '2.) Straßenbau', '', 'Der Gemeinderat beschließt einstimmig die Sanierung.', '', '3.) Allfälliges', ''].join('\n');
    expect(agenda(loose)).toEqual(['1 Begrüßung', '2 Straßenbau', '3 Allfälliges']);
  });

  it('reads an attendance list numbered so, its titles in a column before the names', () => {
    const text = ['Niederschrift über die Sitzung des Gemeinderates am 3. Mai 2031', '', 'Anwesend waren:', '', '1.)  Bürgermeister      Hans Gruber', '', '2.)  Gemeinderat        Eva Moser', '', '3.)  Gemeinderätin      Karla Huber', '', 'Tagesordnung:', '', '1.) Begrüßung', '2.) Allfälliges', ''].join('\n');
    expect(people(text)).toEqual(['Hans Gruber', 'Eva Moser', 'Karla Huber']);
  });

  it('keeps a name in the first column and its details in the next apart', () => {
    const text = ['# Board meeting, 3 May 2031', '', 'Present:', '', '- Ann Lee        Chair', '- Bo Chan        Treasurer', '', '1. Budget', '2. Any other business', ''].join('\n');
    expect(people(text)).toEqual(['Ann Lee', 'Bo Chan']);
  });
});
