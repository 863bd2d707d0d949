import { describe, expect, it } from 'vitest';
import { nl } from '../../src/lang/nl.js';
import { sv } from '../../src/lang/sv.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { markedStarts } from '../../src/parse/unflatten-marked.js';

const titles = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => [d.item, d.text]);
const marks = (text: string) => markedStarts(text, sv, null).map((m) => text.slice(m.at, m.textAt).trim());

describe('markedStarts: items run on inside a flattened paragraph', () => {
  it('cuts a Swedish protocol whose sections lost their line breaks, and finds the decisions inside', () => {
    const text = [
      'Protokoll styrelsemöte Björkhagens Kanotklubb',
      '',
      'Närvarande: Tove Rask, Lars Ekdahl, Mira Sund.',
      '',
      '§ 1 Mötets öppnande Ordföranden öppnade mötet. § 2 Val av justerare Till justerare valdes Lars Ekdahl. § 3 Dagordning Dagordningen godkändes. § 4 Nya kanoter Styrelsen beslutar att köpa två kanoter.',
    ].join('\n');
    expect(titles(text)).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Val av justerare'],
      ['3', 'Dagordning'],
      ['4', 'Nya kanoter'],
    ]);
    expect(decisions(text)).toEqual([
      ['2', 'Till justerare valdes Lars Ekdahl.'],
      ['3', 'Dagordningen godkändes.'],
      ['4', 'Styrelsen beslutar att köpa två kanoter.'],
    ]);
  });

  it('reads two-level numbers, a title standing alone before the next mark, and the count going on at the next level', () => {
    const text = 'Närvarande: Tove Rask, Mira Sund. 1.1 Mötets öppnande 1.2 Val av sekreterare Mira Sund väljs till sekreterare. 2.1 Ekonomi Kassan är god.';
    expect(marks(text)).toEqual(['1.1', '1.2', '2.1']);
  });

  it('goes on the count of the page before on the next page, its running head a line of the item before', () => {
    const text = [
      '1 Protokoll Kanotklubben Närvarande: Tove Rask, Mira Sund. 1.1 Mötets öppnande Tove öppnade mötet. 1.2 Val av sekreterare Mira Sund väljs till sekreterare. 1.3 Ekonomi Kassan är god.',
      '',
      '2 Protokoll Kanotklubben 2.1 Bryggan Styrelsen beslutar att laga bryggan. 3.1 Avslutning Tove avslutade mötet.',
    ].join('\n');
    expect(titles(text)).toEqual([
      ['1.1', 'Mötets öppnande'],
      ['1.2', 'Val av sekreterare'],
      ['1.3', 'Ekonomi'],
      ['2.1', 'Bryggan'],
      ['3.1', 'Avslutning'],
    ]);
    expect(decisions(text).at(-1)).toEqual(['2.1', 'Styrelsen beslutar att laga bryggan.']);
  });

  it('reads Dutch numbers without a stop after each sentence end', () => {
    const text = [
      'Aanwezig: Joris Veld, Anouk Brink, Sem Kuiper.',
      '',
      '1 Opening De voorzitter opent de vergadering. 2 Vaststellen agenda De agenda wordt vastgesteld. 3 Kascommissie Sem Kuiper wordt benoemd. 4 Rondvraag Geen vragen.',
    ].join('\n');
    expect(titles(text)).toEqual([
      ['1', 'Opening'],
      ['2', 'Vaststellen agenda'],
      ['3', 'Kascommissie'],
      ['4', 'Rondvraag'],
    ]);
    expect(markedStarts('Punt 1 Opening Welkom. Punt 2 Notulen Goedgekeurd. Punt 3 Rondvraag Geen.', nl, null).map((m) => m.kind)).toEqual(['word', 'word', 'word']);
  });

  it('reads a marker word and a number', () => {
    expect(marks('Punkt 1 Öppnande Mötet öppnades. Punkt 2 Val av justerare Eva valdes. Punkt 3 Avslutning Mötet avslutades.')).toEqual(['Punkt 1', 'Punkt 2', 'Punkt 3']);
  });

  it('reads no item from dates, amounts, times, statute clauses or a count that does not go on by one', () => {
    expect(marks('Mötet hölls 13. 3. 2024 och 14. 3. 2024. Kassan var 1.200 kronor och 2.400 kronor och 3.600 kronor.')).toEqual([]);
    expect(marks('Enligt § 2 (1) och § 3 (2) och § 4 (1) i stadgarna gäller detta.')).toEqual([]);
    expect(marks('Mötet började 19.30 Kaffe serverades. 19.31 Kaffe igen. 19.32 Kaffe till.')).toEqual([]);
    expect(marks('§ 2 Val av justerare Eva valdes. § 5 Ekonomi Kassan är god. § 9 Avslutning Mötet avslutades.')).toEqual([]);
    // two marks are no run
    expect(marks('§ 1 Öppnande Mötet öppnades. § 2 Avslutning Mötet avslutades.')).toEqual([]);
  });

  it('takes no mark inside a sentence as an item', () => {
    expect(marks('Mötet öppnades. Vi läste § 2 Bilagan och § 3 Budgeten och § 4 Planen noga.')).toEqual([]);
  });

  it('reads a megabyte line of numbered sections in one pass, up to the last three-digit number', () => {
    // A quadratic scan of this line would outlast the test's time limit; section numbers stop at 999.
    const line = Array.from({ length: 40000 }, (_, k) => `§ ${k + 1} Rubrik Mötet talade. `).join('') + 'x'.repeat(200000);
    expect(line.length).toBeGreaterThan(1_000_000);
    expect(markedStarts(line, sv, null)).toHaveLength(999);
  });
});
