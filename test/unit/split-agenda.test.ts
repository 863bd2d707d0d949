import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title, a.presenter]);
const titles = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

describe('splitAgenda', () => {
  it('reads numbered bold lines with presenters resolved to participants', () => {
    const text = 'Osallistujat: Isa Kotilaine, Minna Männikkö\n\n**1. Kuulumiset / tiimin jäsenet**\n\nTekstiä.\n\n**2. Koulutus / Isa**\n\nLisää.\n';
    expect(agenda(text)).toEqual([
      ['1', 'Kuulumiset', 'tiimin jäsenet'],
      ['2', 'Koulutus', 'Isa Kotilaine'],
    ]);
  });

  it('reads numbered headings, § numbers and a title on the next heading', () => {
    expect(agenda('## 1. Avaus\nx\n## 2) Talous\ny\n')).toEqual([['1', 'Avaus', null], ['2', 'Talous', null]]);
    expect(agenda('## § 5\n## Talousarvio\nteksti\n## § 6 Muut asiat\nteksti\n')).toEqual([['5', 'Talousarvio', null], ['6', 'Muut asiat', null]]);
  });

  it('reads the list under an agenda label, numbered as Markdown shows it', () => {
    expect(agenda('## Agenda\n1. Planning\n1. Review\n\n## Notes\ntext\n')).toEqual([['1', 'Planning', null], ['2', 'Review', null]]);
    expect(titles('## Agenda\n3. Planning\n5. Review\n\n## Notes\ntext\n')).toEqual([['3', 'Planning'], ['5', 'Review']]);
  });

  it('falls back to the topic headings of the outline', () => {
    expect(agenda('# Title\n## Summary\ntext\n### Budget\na\n### Website\nb\n### Events\nc\n')).toEqual([
      [null, 'Budget', null], [null, 'Website', null], [null, 'Events', null],
    ]);
  });

  it('keeps each item body with its position, and the text before the first item', () => {
    const meeting = parseMinutes('Intro words.\n\n## 1. Avaus\nKokous avattiin.\n## 2. Talous\nTilinpäätös.\n');
    expect(meeting.preamble).toBe('Intro words.');
    expect(meeting.agenda.map((a) => [a.text, a.position])).toEqual([
      ['Kokous avattiin.', { line: 3, column: 4 }],
      ['Tilinpäätös.', { line: 5, column: 4 }],
    ]);
  });
});

describe('splitAgenda: marked and numbered items', () => {
  it('reads TOP, Item and Agenda Item markers before the number, the title without them', () => {
    expect(titles('### TOP 1 Begrüßung\nHallo.\n### TOP2 - Kassenbericht\nZahlen.\n')).toEqual([['1', 'Begrüßung'], ['2', 'Kassenbericht']]);
    expect(titles('## Item 1: Roof repairs\nx\n## Item 2: Garden day\ny\n')).toEqual([['1', 'Roof repairs'], ['2', 'Garden day']]);
    expect(titles('### Agenda Item #1: Budget {#agenda_item_1}\nx\n### Agenda Item #2: Hiring\ny\n### Agenda Item: Miscellaneous.\nz\n')).toEqual([
      ['1', 'Budget'], ['2', 'Hiring'], [null, 'Miscellaneous.'],
    ]);
  });

  it('reads marked items written as plain paragraphs', () => {
    expect(titles('Protokoll\n\nTOP 1: Begrüßung\nDer Vorsitzende begrüßt alle.\n\nTOP 2: Haushalt\nDer Haushalt wird vorgestellt.\n')).toEqual([['1', 'Begrüßung'], ['2', 'Haushalt']]);
  });

  it('reads § after the number and roman numerals', () => {
    expect(titles('**3 § Talousarvio**\n\nx\n\n**4 § Muut asiat**\n\ny\n')).toEqual([['3', 'Talousarvio'], ['4', 'Muut asiat']]);
    expect(titles('## I. Opening\nx\n## II. Budget\ny\n## IV. Closing\nz\n')).toEqual([['1', 'Opening'], ['2', 'Budget'], ['4', 'Closing']]);
  });

  it('takes a heading that starts with a day and a month for a date, not an item', () => {
    expect(titles('# Styrelsemöte\n## 3 mars 2024\n## Ekonomi\nx\n## Lokaler\ny\n')).toEqual([[null, 'Ekonomi'], [null, 'Lokaler']]);
  });

  it('keeps the title without its mark in every agenda reader: headings, plain lines, list items and table cells', () => {
    expect(titles('Notulen\n\nAd 1. Opening\nHenk opent.\n\nAd 2. Kascommissie\nGoedgekeurd.\n\nAd 3. Sluiting\nEinde.\n')).toEqual([['1', 'Opening'], ['2', 'Kascommissie'], ['3', 'Sluiting']]);
    expect(titles('## Ärende 1 – Öppnande\nx\n## Ärende 2 – Lokalhyra\ny\n')).toEqual([['1', 'Öppnande'], ['2', 'Lokalhyra']]);
    expect(titles('## Tagesordnung\n- TOP 1: Begrüßung\n- TOP 2: Grillfest\n- TOP 3: Verschiedenes\n\nText.\n')).toEqual([['1', 'Begrüßung'], ['2', 'Grillfest'], ['3', 'Verschiedenes']]);
    expect(titles('| Onderwerp | Besluit |\n|---|---|\n| Agendapunt 1: Opening | - |\n| Agendapunt 2: Clubblad | Akkoord |\n')).toEqual([['1', 'Opening'], ['2', 'Clubblad']]);
  });

  it('keeps a lettered sub-item (`TOP 2a`, `TOP 2 b)`) in the notes of its item, not a second item 2', () => {
    const text = '## TOP 1: Begrüßung\nHallo.\n## TOP 2: Vereinsheim\nBericht.\n## TOP 2a: Heizung\nKaputt.\n## TOP 2 b) Fenster\nNeu.\n## TOP 3 – Verschiedenes\nNichts.\n';
    expect(titles(text)).toEqual([['1', 'Begrüßung'], ['2', 'Vereinsheim'], ['3', 'Verschiedenes']]);
    expect(parseMinutes(text).agenda[1]?.text).toContain('TOP 2 b) Fenster');
  });

  it('adds the items of an agenda list that no numbered heading repeats', () => {
    const text = '## Tagesordnung\n- Begrüßung\n- Kassenbericht\n- Termine\n\n## Protokoll\n### TOP 1 Begrüßung\nx\n### TOP 2 Kassenbericht\ny\n';
    expect(titles(text)).toEqual([['1', 'Begrüßung'], ['2', 'Kassenbericht'], [null, 'Termine']]);
  });
});

describe('splitAgenda: numbered outlines in plain text', () => {
  it('reads bare numbers, each before its text, as items titled by the first sentence', () => {
    const text = 'Venue: club room\n\n1)\nThe budget was discussed. It was approved.\n\n2)\nThe website needs a new host. Quotes were compared.\n\n3)\nThe summer party will be in June. Volunteers are needed.\n';
    expect(titles(text)).toEqual([['1', 'The budget was discussed'], ['2', 'The website needs a new host'], ['3', 'The summer party will be in June']]);
  });

  it('reads numbered lines with notes between them, sub-numbers only where the whole number is missing', () => {
    const text = 'Kerhon kokous\n\nAsialista:\n1. Avaus\n* avattiin 18.02\n\n2.1 Valitaan sihteeri\nsihteeri: Kim\n\n2.2 Uudet jäsenet\n* kaksi uutta\n\n3. Talous\n* tili kunnossa\n\n4. Muut asiat\n* ei muita\n';
    expect(titles(text)).toEqual([['1', 'Avaus'], ['2.1', 'Valitaan sihteeri'], ['2.2', 'Uudet jäsenet'], ['3', 'Talous'], ['4', 'Muut asiat']]);
  });

  it('does not read a plain numbered list without notes as an outline', () => {
    expect(titles('Päätettiin seuraavat asiat:\n\n1. Kevätretki toukokuussa\n2. Jäsenmaksu pysyy ennallaan\n3. Uusi logo hyväksyttiin\n')).toEqual([]);
  });
});

describe('splitAgenda: agenda lists', () => {
  it('reads an agenda nested in a bullet', () => {
    expect(titles('- Date: 2024-03-05\n- Agenda:\n  - Budget review\n  - New website\n- Notes: none\n')).toEqual([[null, 'Budget review'], [null, 'New website']]);
  });

  it('reads the list after a sentence that announces the agenda', () => {
    const text = 'Die Tagesordnung wurde wie folgt festgelegt:\n\n1. Begrüßung\n2. Kassenbericht\n3. Verschiedenes\n\nDer Vorsitzende eröffnet die Sitzung.\n';
    expect(titles(text)).toEqual([['1', 'Begrüßung'], ['2', 'Kassenbericht'], ['3', 'Verschiedenes']]);
  });

  it('reads the list after an announcing sentence with the agenda word inflected', () => {
    expect(titles('Dagordningen fastställdes enligt följande:\n\n1. Öppnande\n2. Ekonomi\n3. Avslutning\n')).toEqual([['1', 'Öppnande'], ['2', 'Ekonomi'], ['3', 'Avslutning']]);
  });

  it('reads the list under a heading that names an agenda and a date', () => {
    expect(titles('Minutes of the club.\n\n### Club Meeting Agenda - March 3, 2025\n\n1. Welcome\n1. Treasurer report\n1. Field day\n')).toEqual([['1', 'Welcome'], ['2', 'Treasurer report'], ['3', 'Field day']]);
  });

  it('does not take the notes under `Approve the agenda` for the agenda when topic headings follow', () => {
    const text = '# Club meeting\n## Approve the agenda\n- approved as sent\n- one item added\n- no objections\n## Budget\nx\n## Field day\ny\n';
    expect(titles(text)).toEqual([[null, 'Budget'], [null, 'Field day']]);
  });

  it('makes a list repeated as headings one item each: the heading body, the list order and number', () => {
    const meeting = parseMinutes('## Opening\nHello.\n### Budget review\nThe budget is fine.\n### Website\nNew host.\n\n### Agenda\n1. Call to order\n1. Budget review\n1. Website\n');
    expect(meeting.agenda.map((a) => [a.number, a.title, a.text])).toEqual([
      ['1', 'Call to order', ''],
      ['2', 'Budget review', 'The budget is fine.'],
      ['3', 'Website', 'New host.'],
    ]);
  });

  it('takes the headings when the list names only a few of them', () => {
    const text = '## Workshop\n\nAgenda:\n\n* Privacy review\n\n### Privacy review\na\n### Caching\nb\n### Fonts\nc\n';
    expect(titles(text)).toEqual([[null, 'Privacy review'], [null, 'Caching'], [null, 'Fonts']]);
  });

  it('reads discussion points as the agenda, the bold lead of each as its title', () => {
    const text = '## Key Discussion Points\n\n* **Budget:** The group reviewed the numbers.\n* **Website:** A new host was chosen.\n';
    expect(titles(text)).toEqual([[null, 'Budget'], [null, 'Website']]);
  });

  it('keeps numbered items, not the bullets written between them', () => {
    expect(titles('## Items discussed:\n\n1. Budget\n- note a\n\n2. Website\n- note b\n')).toEqual([['1', 'Budget'], ['2', 'Website']]);
  });

  it('reads lists under sub-headings when their items hold notes, else the sub-headings', () => {
    expect(titles('## Agenda\n### org/repo\n* Release plan\n  * ready soon\n* Docs rewrite\n  * started\n')).toEqual([[null, 'Release plan'], [null, 'Docs rewrite']]);
    expect(titles('## Agenda\n### Demo\n- search page\n- login page\n### Feedback\n- faster please\n')).toEqual([[null, 'Demo'], [null, 'Feedback']]);
  });

  it('leaves a table row or an inline agenda in the notes: the item points at the line, nothing is lost', () => {
    const meeting = parseMinutes('## Agenda\n\n| No | Item | Outcome |\n|---|---|---|\n| 1 | Budget | approved |\n| 2 | Website | postponed |\n');
    expect(meeting.agenda.map((a) => a.title)).toEqual(['Budget', 'Website']);
    expect(meeting.notes).toContain('approved');
    expect(parseMinutes('Agenda: budget, website, summer party\n\nNotes follow.\n').notes).toContain('Agenda: budget');
  });

  it('reads an agenda table, Markdown or HTML, with its number column', () => {
    expect(titles('## Agenda\n\n| No | Item |\n|---|---|\n| Agenda 1 | Budget |\n| Agenda 2 | Website |\n')).toEqual([['1', 'Budget'], ['2', 'Website']]);
    const html = '## Agenda\n\n<table><tr><th>Topic</th><th>Notes</th></tr><tr><td>Budget &amp; plan</td><td>ok</td></tr><tr><td>Website</td><td><ul><li>new</li></ul></td></tr></table>\n';
    expect(titles(html)).toEqual([[null, 'Budget & plan'], [null, 'Website']]);
  });

  it('reads an HTML agenda table set over many lines, a cell cut between two, as one table', () => {
    const html = '## Agenda\n\n<table>\n<tr><th>Topic</th><th>Notes</th></tr>\n<tr><td>Budget &amp;\nplan</td><td>ok</td></tr>\n<tr>\n<td>Website</td>\n<td>new</td>\n</tr>\n</table>\n';
    expect(titles(html)).toEqual([[null, 'Budget & plan'], [null, 'Website']]);
  });
});

describe('splitAgenda: agenda lists written as the notes', () => {
  it('goes on through the groups after an agenda whose items hold notes', () => {
    const text = '**Agenda:**\n\n- Welcome round\n    - everyone said hello\n- Last month\n    - all done\n\n**New business:**\n\n- Workshop lights\n    - buy two lamps\n- Tool rack\n    - next week\n\nThanks all.\n';
    expect(titles(text)).toEqual([[null, 'Welcome round'], [null, 'Last month'], [null, 'Workshop lights'], [null, 'Tool rack']]);
  });

  it('stops after an agenda of bare titles', () => {
    expect(titles('**Agenda:**\n\n- Welcome round\n- Last month\n\n**New business:**\n\n- Workshop lights\n')).toEqual([[null, 'Welcome round'], [null, 'Last month']]);
  });

  it('reads an agenda written as short sentences or as a list on the label line', () => {
    expect(titles('### Käsitellyt asiat\n\nBudjetin seuranta. Kotisivujen uudistus.\n\nMuuta tekstiä.\n')).toEqual([[null, 'Budjetin seuranta'], [null, 'Kotisivujen uudistus']]);
    expect(titles('Agenda: budget, website, summer party\n\nNotes follow.\n')).toEqual([[null, 'budget'], [null, 'website'], [null, 'summer party']]);
    expect(titles('Agenda: approved, with one change\n\nNotes follow.\n')).toEqual([]);
  });

  it('does not take a short list after a remark about the agenda for the agenda', () => {
    expect(titles('The agenda was approved with these changes:\n\n- Budget moved first\n- Party dropped\n\nThe chair opened the meeting.\n')).toEqual([]);
  });

  it('keeps the agenda list over a numbered outline elsewhere', () => {
    const text = 'Agenda:\n- Budget\n- Website\n\nNotes\n\n1. First point\n   - detail\n2. Second point\n   - detail\n3. Third point\n   - detail\n';
    expect(titles(text)).toEqual([[null, 'Budget'], [null, 'Website']]);
  });
});

describe('splitAgenda: chat logs', () => {
  it('reads the topics set by MeetBot #topic and by W3C scribes (Topic:)', () => {
    const log = '[14:02] <alice> #topic Budget review\n[14:03] <bob> we need numbers\n[14:10] <alice> #topic Website\n[14:11] <carl> new host\n';
    expect(titles(log)).toEqual([[null, 'Budget review'], [null, 'Website']]);
    expect(titles('Topic: Charter renewal\n\nalice: looks fine\n\nTopic: Test suite\n\nbob: 80% done\n')).toEqual([[null, 'Charter renewal'], [null, 'Test suite']]);
  });

  it('needs two topics', () => {
    expect(titles('<alice> #topic Budget review\n<bob> we need numbers\n')).toEqual([]);
  });
});

describe('splitAgenda: topic headings', () => {
  it('leaves out sections of the document: attendees, actions, decisions; keeps the next meeting', () => {
    const text = '# Board meeting\n## Attendees\n- Anna Berg\n## Budget\nx\n## Website\ny\n## Decisions\n- none\n## Action items\n- z\n## Next meeting\nw\n';
    expect(titles(text)).toEqual([[null, 'Budget'], [null, 'Website'], [null, 'Next meeting']]);
  });

  it('tells sections from topics under emoji, and keeps a link title as its words', () => {
    const text = '# Sync\n## 👥 Attendees\n- Anna\n## 🚀 [Release plan](https://example.org/r)\nx\n## Hiring\ny\n## ✅ Action items\n- z\n';
    expect(titles(text)).toEqual([[null, '🚀 Release plan'], [null, 'Hiring']]);
  });

  it('lets general information and summaries frame the topics, not be them', () => {
    expect(titles('# Sync\n## General information\nDate: today\n## Budget\nx\n## Website\ny\n## Zusammenfassung\nz\n')).toEqual([[null, 'Budget'], [null, 'Website']]);
  });

  it('takes the top of the outline, not the level with most headings', () => {
    expect(titles('# Board\n## Finances\n### Balance\n### Grants\n### Taxes\n## New business\n### Election\n')).toEqual([[null, 'Finances'], [null, 'New business']]);
  });

  it('looks inside a single topic that holds the others', () => {
    expect(titles('# Notes\n## Weekly sync\n### Budget\na\n### Website\nb\n')).toEqual([[null, 'Budget'], [null, 'Website']]);
  });

  it('keeps the opening of the meeting when the topics sit under it, without its time', () => {
    expect(titles('# Möte 2024-03-05\n# Mötet öppnas 18:00\n## Rapporter\nx\n## Övrigt\ny\n')).toEqual([[null, 'Mötet öppnas'], [null, 'Rapporter'], [null, 'Övrigt']]);
  });

  it('reads the points under the opening of the meeting when the headings are only its frame', () => {
    const text = '# Styrelsemöte\n## Mötets öppnande 18:00\n- Sommarfest\n  - datum i juni\n- Ny hemsida\n  - offert inkommen\n- Städdag\n  - alla hjälper till\n## Nästa möte\nsnart\n## Mötet avslutas 19:00\n';
    expect(titles(text)).toEqual([[null, 'Mötets öppnande'], [null, 'Sommarfest'], [null, 'Ny hemsida'], [null, 'Städdag'], [null, 'Nästa möte'], [null, 'Mötet avslutas']]);
  });

  it('reads no agenda from per-person report headings', () => {
    expect(titles('# Sync\n\nAttendees: Anna Berg, Carl Dahl, Eva Fors\n\n## Anna Berg\nx\n## Carl Dahl\ny\n## Eva Fors\nz\n')).toEqual([]);
  });
});

describe('splitAgenda: topics without numbers or headings', () => {
  it('reads short bold lines, each followed by notes, as topics that own them', () => {
    const text = 'Styrelsemöte 2022-09-12\n\n**Mötets öppnande**\n\nAnna öppnade mötet.\n\n**Ekonomi**\n\nVi har 2000 kr.\n\n**Övrigt**\n\nInget.\n';
    expect(titles(text)).toEqual([[null, 'Mötets öppnande'], [null, 'Ekonomi'], [null, 'Övrigt']]);
    expect(parseMinutes(text).agenda[1]?.text).toBe('Vi har 2000 kr.');
  });

  it('needs three bold topics, and bold sentences are notes, not topics', () => {
    expect(titles('# M\n\n**Budget**\n\nFine.\n\n**Website**\n\nLater.\n')).toEqual([]);
    expect(titles('# M\n\n**We decided to meet weekly.**\n\nOk.\n\n**The budget is fine.**\n\nOk.\n\n**Nothing else.**\n\nOk.\n')).toEqual([]);
  });

  it('reads the points of a list whose points hold nested notes as topics', () => {
    const text = '# Vergadering\n\n* Opening\n  * Tim opent de vergadering.\n* Planning\n  * Ruben maakt een planning.\n* Sluiting\n  * Om 21.00 uur.\n';
    expect(titles(text)).toEqual([[null, 'Opening'], [null, 'Planning'], [null, 'Sluiting']]);
    expect(parseMinutes(text).agenda[1]?.text).toBe('Ruben maakt een planning.');
  });

  it('leaves a plain list of points without notes alone', () => {
    expect(titles('# M\n\n* Budget is fine\n* Website later\n* Next meeting in May\n')).toEqual([]);
  });
});

describe('a heading that names the outcome of the meeting', () => {
  it('heads what was decided, a section like `## Decisions`, not a topic of the agenda', () => {
    const en = '# Team meeting 4 March 2026\n\nPresent: Ann Lee, Bo Chan\n\n## Website\nWe talked about the site.\n\n## Budget\nWe talked about money.\n\n## Outcome\n- New hosting from April\n- Newsletter monthly from now on\n';
    const de = '# Vorstandssitzung 4. März 2026\n\nAnwesend: Jonas Klein, Anna Weber\n\n## Webseite\nWir sprachen über die Seite.\n\n## Kasse\nWir sprachen über Geld.\n\n## Fazit\n- Neues Hosting ab April\n- Newsletter künftig monatlich\n';
    const sv = '# Styrelsemöte 4 mars 2026\n\nNärvarande: Eva Lund, Olle Berg\n\n## Hemsidan\nVi pratade om sidan.\n\n## Ekonomi\nVi pratade om pengar.\n\n## Överenskommelser\n- Nytt webbhotell från april\n- Nyhetsbrevet kommer varje månad\n';
    for (const text of [en, de, sv]) {
      const meeting = parseMinutes(text);
      expect(meeting.agenda.map((a) => a.title)).toHaveLength(2);
      expect(meeting.decisions).toHaveLength(2);
    }
  });
});
