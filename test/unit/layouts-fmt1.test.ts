import { describe, expect, it } from 'vitest';
import { htmlPage } from '../../src/parse/html-page.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Layouts of minutes that are no hand-written Markdown (issue #12, document structure): pages
// saved as HTML, and numbers that count meetings beside a date. Each pinned with minutes of our own.

describe('minutes saved as a web page', () => {
  const page = [
    '<!DOCTYPE html>',
    '<html><head><title>Harbour Club</title>',
    '<style>p{margin:0}</style>',
    '</head>',
    '<body>',
    '<h1>Harbour Club Board Meeting, 3 May 2024</h1>',
    '<p>Chair: Lena Moss</p>',
    '<h2>Present</h2>',
    '<pre>',
    'Lena Moss',
    'Piet Stam',
    '</pre>',
    '<!-- draft: check the names -->',
    '<h2>1. Opening</h2>',
    '<p>The chair opened the meeting at 19:00.</p>',
    '<h2>2. Boat shed</h2>',
    '<p>It was agreed to repaint the boat shed in June.</p>',
    '<ul><li>Piet will order the paint &amp; brushes by Friday.</li></ul>',
    '<h2>3. Closing</h2>',
    '<p>Closed at 20:30.</p>',
    '</body></html>',
  ].join('\n');

  it('reads headings, paragraphs, list items and preformatted lines as the page shows them', () => {
    const m = parseMinutes(page);
    expect(m.date).toBe('2024-05-03');
    expect(m.agenda.map((a) => a.title)).toEqual(['Opening', 'Boat shed', 'Closing']);
    expect(m.participants.filter((p) => p.present).map((p) => p.name)).toEqual(['Lena Moss', 'Piet Stam']);
    expect(m.decisions.map((d) => d.text)).toEqual(['It was agreed to repaint the boat shed in June.']);
    expect(m.actions.map((a) => [a.owners, a.text])).toEqual([[['Piet Stam'], 'Piet will order the paint & brushes by Friday.']]);
  });

  it('places what it finds on the page\'s own lines', () => {
    const m = parseMinutes(page);
    expect(m.agenda[1]?.position.line).toBe(16);
    expect(m.actions[0]?.position.line).toBe(18);
  });

  it('drops the head, styles and comments, and decodes character references', () => {
    const text = htmlPage(page)?.text ?? '';
    expect(text).not.toContain('margin');
    expect(text).not.toContain('draft');
    expect(text).not.toContain('<title>');
    expect(text).toContain('paint & brushes');
  });

  it('leaves Markdown with some HTML in it, and a page that only quotes markup, as Markdown', () => {
    expect(htmlPage('# Board\n\n<table><tr><td>Budget</td></tr></table>\n')).toBeNull();
    expect(htmlPage('Notes on the new site:\n<html> is its root element.\n')).toBeNull();
  });
});

describe('a number after a number sign counts meetings, not days', () => {
  it('takes the date after the meeting\'s number', () => {
    expect(parseMinutes('# Harbour Club Board Meeting #13 February 28, 2018\n\nNotes.\n').date).toBe('2018-02-28');
    expect(parseMinutes('# Harbour Club Board Meeting #4 Feb 22, 2017\n\nNotes.\n').date).toBe('2017-02-22');
  });

  it('still reads a day written before its month', () => {
    expect(parseMinutes('# Harbour Club Board Meeting 13 February 2018\n\nNotes.\n').date).toBe('2018-02-13');
  });
});

describe('a numbered heading whose title is a field of the header', () => {
  const text = (second: string) => [
    '# Harbour Club Board Meeting', '', '## 1. Call to order', '', 'The chair opened the meeting.', '',
    `## ${second}`, '', '* Lena Moss', '* Piet Stam', '', '## 3. Boat shed', '', 'It was agreed to repaint the shed.', '',
    '## 4. Adjourn', '', 'Closed.', '',
  ].join('\n');

  it('is one of the items, and its people are still read', () => {
    const m = parseMinutes(text('2. Roll call'));
    expect(m.agenda.map((a) => `${a.number} ${a.title}`)).toEqual(['1 Call to order', '2 Roll call', '3 Boat shed', '4 Adjourn']);
    expect(m.participants.map((p) => p.name)).toEqual(['Lena Moss', 'Piet Stam']);
  });

  it('is no item without its number, nor with a sub-number', () => {
    expect(parseMinutes(text('Roll call')).agenda.map((a) => a.title)).not.toContain('Roll call');
    expect(parseMinutes(text('2.1 Roll call')).agenda.map((a) => a.title)).not.toContain('Roll call');
  });
});

describe('items counted in plain lines, with a number written nowhere', () => {
  const text = (fifth: string) => [
    '# Harbour Club Board Meeting', '',
    '1\\. Welcome', 'Lena welcomed everyone.', '',
    '2\\. Budget\\', 'The budget was approved.', '',
    '3\\. Boat shed\\', 'No business', '',
    `${fifth}\\. Website`, 'Piet showed the new pages.', '',
    '6\\. AOB', '', 'No business', '',
  ].join('\n');

  it('steps over the missing number once three items count up', () => {
    expect(parseMinutes(text('5')).agenda.map((a) => `${a.number} ${a.title}`)).toEqual(['1 Welcome', '2 Budget', '3 Boat shed', '5 Website', '6 AOB']);
  });

  it('does not step over a number that is written elsewhere', () => {
    const twice = `${text('5')}\nThe survey asked 4 questions:\n\n4\\. Which boats need a berth?\n`;
    expect(parseMinutes(twice).agenda.map((a) => a.number)).not.toContain('5');
  });
});

describe('a table of actions with its headings cut short', () => {
  const text = (owner: string) => [
    '# Harbour Club Board Meeting', '', 'Present: Lena Moss, Piet Stam', '', '## Actions', '',
    `| No. | Detail | ${owner} |`, '| --- | --- | --- |', '| 1 | Order the paint | PS |', '| 2 | Book the crane | LM |', '',
  ].join('\n');

  it('reads an abbreviation ending in a full stop as the column it starts (Resp. for responsible)', () => {
    expect(parseMinutes(text('Resp.')).actions.map((a) => [a.owners, a.text])).toEqual([[['Piet Stam'], 'Order the paint'], [['Lena Moss'], 'Book the crane']]);
  });

  it('leaves a cut heading without its full stop, or one that starts no column word, unread', () => {
    expect(parseMinutes(text('Resp')).actions).toEqual([]);
    expect(parseMinutes(text('Obs.')).actions).toEqual([]);
  });
});

describe('a chair who stands in', () => {
  it('reads an acting chair as the meeting\'s chair', () => {
    const chair = (text: string) => parseMinutes(text).participants.find((p) => p.roles.includes('chair'))?.name ?? null;
    expect(chair('# Harbour Club Board\n\nActing chair: Lena Moss\n\n## 1. Opening\n')).toBe('Lena Moss');
    expect(chair('# Hamnklubbens styrelse\n\nTf. ordförande: Anna Berg\n\n## 1. Öppnande\n')).toBe('Anna Berg');
    expect(chair('# Havenclub bestuur\n\nWaarnemend voorzitter: Piet Stam\n\n## 1. Opening\n')).toBe('Piet Stam');
  });
});

describe('a title set as stacked lines of their own, as plain-text minutes centre it', () => {
  it('joins the body\'s name and the meeting\'s name below it', () => {
    const text = '\n' + ' '.repeat(19) + 'The Harbour Club\n\n' + ' '.repeat(17) + 'Board of Directors Meeting Minutes\n\n' + ' '.repeat(20) + '3 May 2024\n\n\n 1. Call to order\n\n    The chair opened the meeting.\n';
    expect(parseMinutes(text).title).toBe('The Harbour Club, Board of Directors Meeting Minutes');
  });

  it('does not join a line that only names the document: the meeting is named further down', () => {
    const text = 'HAMINAN SEURAKUNTA\n\nPÖYTÄKIRJA 3/2024\n\nKirkkoneuvosto\n\nAIKA: Tiistai 12.3.2024 klo 18.00\n\n1 § KOKOUKSEN AVAUS\n';
    expect(parseMinutes(text).title).not.toContain('PÖYTÄKIRJA');
  });
});
