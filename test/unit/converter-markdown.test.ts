import { describe, expect, it } from 'vitest';
import { converterMarkdown } from '../../src/parse/converter-markdown.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Minutes written in a word processor and turned into Markdown by a converter (pandoc, a wiki or
 * GitBook export): protocol tables drawn as pandoc grid tables or left as HTML `<table>`, and
 * HTML paragraphs and headings left as markup. Invented minutes throughout.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

const header = ['# Protokoll styrelsemöte Seglarföreningen Tärnan', '', '**Datum:** 3 mars 2031', '', '**Närvarande:** Vera Lind, Jonas Ek, Agnes Holm', ''];

const grid = [
  ...header,
  '+------+----------------------------+----------------------------------+',
  '| §    | Ärende                     | Beslut                           |',
  '+======+============================+==================================+',
  '| § 1  | **Mötets öppnande**        | Ordföranden förklarade mötet     |',
  '|      |                            | öppnat.                          |',
  '+------+----------------------------+----------------------------------+',
  '| § 2  | **Hamnavgifter**           | Avgifterna höjs med tio procent. |',
  '|      |                            |                                  |',
  '|      | Kassören redovisade läget. |                                  |',
  '+------+----------------------------+----------------------------------+',
  '| § 3  | **Mötets avslutande**      |                                  |',
  '+------+----------------------------+----------------------------------+',
  '',
].join('\n');

const html = [
  ...header,
  '<table>',
  '<thead>',
  '<tr class="header">',
  '<th>Nr</th>',
  '<th>Onderwerp</th>',
  '<th>Besluit</th>',
  '</tr>',
  '</thead>',
  '<tbody>',
  '<tr class="odd">',
  '<td>1.</td>',
  '<td><p><strong>Opening</strong></p>',
  '<p>Vera opent om 20:00 uur.</p></td>',
  '<td></td>',
  '</tr>',
  '<tr class="even">',
  '<td>2.</td>',
  '<td><p><strong>Kascommissie</strong></p></td>',
  '<td><p>De kascommissie wordt&nbsp;ingesteld.</p></td>',
  '</tr>',
  '</tbody>',
  '</table>',
  '',
].join('\n');

describe('converterMarkdown', () => {
  it('leaves Markdown without converter layouts alone', () => {
    expect(converterMarkdown('# Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n')).toBeNull();
    expect(converterMarkdown('Plain text, a < b and c > d.\n')).toBeNull();
  });

  it('rewrites a pandoc grid table as a pipe table: a cell\'s lines joined, its paragraphs by <br>', () => {
    const made = converterMarkdown(grid);
    expect(made?.text).toContain('| § | Ärende | Beslut |');
    expect(made?.text).toContain('| § 1 | **Mötets öppnande** | Ordföranden förklarade mötet öppnat. |');
    expect(made?.text).toContain('| § 2 | **Hamnavgifter** <br> Kassören redovisade läget. | Avgifterna höjs med tio procent. |');
  });

  it('rewrites an HTML table as a pipe table, header from its <th> row, each row kept at its file line', () => {
    const made = converterMarkdown(html);
    const lines = made?.text.split('\n') ?? [];
    const row = lines.findIndex((line) => line.startsWith('| 2. |'));
    expect(lines[row]).toBe('| 2. | Kascommissie | De kascommissie wordt ingesteld. |');
    expect(lines).toContain('| Nr | Onderwerp | Besluit |');
    expect(made?.origin[row]).toBe(html.split('\n').indexOf('<tr class="even">') + 1);
  });

  it('reads other HTML blocks for their text: headings stay headings, paragraphs become lines', () => {
    const made = converterMarkdown('# Vergadering\n\n<h2>1.&nbsp;Opening</h2>\n<p>De voorzitter opent.</p>\n\nRest.\n');
    expect(made?.text.split('\n').filter((line) => line !== '')).toEqual(['# Vergadering', '## 1. Opening', 'De voorzitter opent.', 'Rest.']);
  });

  it('leaves HTML inside fenced code alone', () => {
    expect(converterMarkdown('Example:\n\n```\n<table><tr><td>x</td></tr></table>\n```\n')).toBeNull();
  });

  it('stays linear on a long line of markup', () => {
    const long = `<table>${'<tr><td>a</td><td>'.repeat(50_000)}</table>`;
    const started = performance.now();
    converterMarkdown(long);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

const multiline = [
  ...header,
  '  ---------------------------------------------------------------------------',
  '  §      Ärende                         Beslut',
  '  ------ ------------------------------ -------------------------------------',
  '  § 1    Mötets öppnande                Ordföranden öppnade mötet.',
  '',
  '  § 2    Hamnavgifter                   Avgifterna höjs med tio procent.',
  '         Kassören redovisade läget och  Jonas skickar ut de nya avgifterna.',
  '         svarade på frågor.',
  '',
  '  § 3    Mötets avslutande',
  '  ---------------------------------------------------------------------------',
  '',
].join('\n');

describe('dashed tables (pandoc -t plain, -t markdown)', () => {
  it('rewrites a multiline table as a pipe table: a short or finished line ends with <br>, a full one wraps on', () => {
    const made = converterMarkdown(multiline);
    expect(made?.text).toContain('| § | Ärende | Beslut |');
    expect(made?.text).toContain('| § 2 | Hamnavgifter <br> Kassören redovisade läget och svarade på frågor. | Avgifterna höjs med tio procent. <br> Jonas skickar ut de nya avgifterna. |');
  });

  it('rewrites a simple table, a row a line, ended by a blank line', () => {
    const simple = 'Intro.\n\n  Nr   Onderwerp     Wie\n  ---- ------------- ------\n  1    Opening       Vera\n  2    Begroting     Jonas\n\nSlot.\n';
    expect(converterMarkdown(simple)?.text.split('\n')).toContain('| 2 | Begroting | Jonas |');
  });

  it('breaks a cell line where pandoc wrote a hard break (a trailing backslash)', () => {
    const broken = ['  -----------------------------------------------', '  Nr   Onderwerp   Besluit/Actie', '  ---- ----------- ------------------------------', '  1    Kamp        Het kamp gaat naar Ommen en\\', '                   Koen reserveert het terrein.', '  -----------------------------------------------', ''].join('\n');
    expect(converterMarkdown(broken)?.text).toContain('| 1 | Kamp | Het kamp gaat naar Ommen en <br> Koen reserveert het terrein. |');
  });

  it('leaves a setext underline and a lone rule alone', () => {
    expect(converterMarkdown('Title\n-----\n\nText\n\n---\n')).toBeNull();
  });

  it('reads the rows of a multiline table as the agenda and its tasks', () => {
    expect(agenda(multiline)).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Hamnavgifter'],
      ['3', 'Mötets avslutande'],
    ]);
    expect(parseMinutes(multiline).actions.map((a) => a.owners)).toEqual([['Jonas Ek']]);
  });
});

describe('protocol tables made by a converter', () => {
  it('reads the rows of a grid table as the agenda, titled by the topic column', () => {
    expect(agenda(grid)).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Hamnavgifter'],
      ['3', 'Mötets avslutande'],
    ]);
  });

  it('reads the rows of an HTML table as the agenda, the title the cell\'s first line', () => {
    expect(agenda(html)).toEqual([
      ['1', 'Opening'],
      ['2', 'Kascommissie'],
    ]);
  });

  it('titles rows by the first topic-named column that holds words (`| TOP | Thema |`, `| Item | Subject |`)', () => {
    const german = '# Vorstandssitzung\n\nAnwesend: Ida Roth, Paul Kern\n\n| TOP | Thema | Beschluss |\n|---|---|---|\n| 1 | Begrüßung | |\n| 2 | Kassenbericht | Angenommen |\n';
    expect(agenda(german)).toEqual([
      ['1', 'Begrüßung'],
      ['2', 'Kassenbericht'],
    ]);
    const english = '# Committee\n\nPresent: Ann Ross, Tim Hale\n\n| Item | Subject | Action |\n|---|---|---|\n| 1 | Apologies | |\n| 2 | Hall booking | Tim to book the hall |\n';
    expect(agenda(english)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Hall booking'],
    ]);
  });
});

describe('dashed tables close within their own shape (review fixes)', () => {
  const names = (text: string) => {
    const m = parseMinutes(text);
    return { agenda: m.agenda.map((a) => a.title), actions: m.actions.map((a) => a.text), decisions: m.decisions.map((d) => d.text) };
  };

  it('does not open a multiline table on a rule that runs to a rule at the end of the file', () => {
    const text = [
      'MINUTES OF THE ORCHARD GROUP, 9 MAY 2032',
      '',
      '----------------------------------------',
      'Name              Role',
      '----------------  ----------------',
      'Rowan Pike        chair',
      'Elsie Dunmore     secretary',
      '',
      '1. Pruning',
      '',
      'Decision: the old pear trees are pruned in June.',
      'Elsie will book the ladder hire by 20 May.',
      '----------------------------------------',
      '',
    ].join('\n');
    const read = names(text);
    expect(read.agenda).toContain('Pruning');
    expect(read.actions.join(' ')).toContain('ladder hire');
  });

  it('reads no table under a rule that underlines a heading', () => {
    const text = [
      'KERHON KOKOUS 2/2032',
      '',
      'Osallistujat',
      '------------',
      'Nimi              Tehtävä',
      '----------------  ----------------',
      'Outi Salmela      puheenjohtaja',
      'Jere Kivelä       sihteeri',
      '',
      '1. Kokouksen avaus',
      '',
      '2. Saunavuorot',
      '',
      'Päätös: Saunavuorot jaetaan uudelleen.',
      'Jere laatii uuden vuorolistan 4.6. mennessä.',
      '',
    ].join('\n');
    expect(converterMarkdown(text)).toBeNull();
  });

  it('refuses a multiline table whose lines run across the gap between its columns', () => {
    const text = ['', '------------------------------', 'Item        Note', '----------  ----------', 'Budget      fine', '', 'A sentence that runs on across both columns of it.', '------------------------------', ''].join('\n');
    expect(converterMarkdown(text)).toBeNull();
  });

  it('reads one-line rows boxed in full rules as a row a line', () => {
    const text = ['', '--------------------------------', 'Namn              Roll', '----------------  ------------', 'Greta Vik         ordförande', 'Nils Ström        sekreterare', '--------------------------------', ''].join('\n');
    const made = converterMarkdown(text)?.text ?? '';
    expect(made).toContain('| Greta Vik | ordförande |');
    expect(made).toContain('| Nils Ström | sekreterare |');
  });

  it('makes a pipe table of a simple table of many rows without a spread of arguments', () => {
    const rows = Array.from({ length: 150_000 }, (_, k) => `row${k}      x`);
    const text = ['', 'Name       Mark', '---------  ----', ...rows, ''].join('\n');
    expect(() => converterMarkdown(text)).not.toThrow();
  });

  it('finds the closing tag of many unclosed tables in linear time and keeps their text', () => {
    const text = Array.from({ length: 20_000 }, (_, k) => `<table>\nline ${k}\n`).join('\n');
    const started = Date.now();
    const made = converterMarkdown(text);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(made === null || made.text.includes('line 19999')).toBe(true);
  });
});

describe('HTML blocks read only when they close (review fixes)', () => {
  it('leaves a prose line that opens with a tag name as written', () => {
    const text = ['# Web group, 3 April 2032', '', '<h1> appears twice on the news page.', 'Lina will fix the heading order.', ''].join('\n');
    expect(converterMarkdown(text)).toBeNull();
  });

  it('reads a one-line HTML paragraph on its own, the lines after it as Markdown', () => {
    const text = ['<p align="center"><img src="crest.png"></p>', '# Johtokunnan kokous 4/2032', 'Aika: 6.4.2032 klo 18.00', ''].join('\n');
    const made = converterMarkdown(text);
    const lines = (made?.text ?? '').split('\n');
    const k = lines.indexOf('# Johtokunnan kokous 4/2032');
    expect(k).toBeGreaterThanOrEqual(0);
    expect(made?.origin[k]).toBe(2);
  });
});
