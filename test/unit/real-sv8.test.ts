import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading an eighth round of real Swedish minutes: village associations, road
 * associations, pupil councils, pensioners' clubs, exported from Word, PDF or web pages. Every
 * example here is written for the test; none is a line of those minutes.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('numbered paragraphs that each record the meeting\'s act are its items', () => {
  it('reads `1. Mötet öppnades ...` / `2. Dagordningen godkändes.` with nothing under them as the agenda', () => {
    const text =
      'Protokoll fört vid Ekbackens byalags årsmöte den 3 mars 2024\n\n' +
      '1. Mötet öppnades av ordföranden Stina Ek.\n\n' +
      '2. Dagordningen föredrogs och godkändes.\n\n' +
      '3. Till ordförande för mötet valdes Stina Ek.\n\n' +
      '4. Verksamhetsberättelsen lästes upp.\n\n' +
      '5. Ansvarsfrihet beviljades styrelsen.\n';
    expect(agenda(text).map(([n]) => n)).toEqual(['1', '2', '3', '4', '5']);
    expect(agenda(text)[1]?.[1]).toMatch(/^Dagordningen föredrogs/);
  });

  it('reads the run under the minutes\' title heading', () => {
    const text =
      '# Protokoll Ekbackens byalag 3 mars 2024\n\n' +
      '1. Mötet öppnades av ordföranden Stina Ek.\n\n' +
      '2. Dagordningen föredrogs och godkändes.\n\n' +
      '3. Till ordförande för mötet valdes Stina Ek.\n\n' +
      '4. Verksamhetsberättelsen lästes upp.\n\n' +
      '5. Ansvarsfrihet beviljades styrelsen.\n';
    expect(agenda(text).map(([n]) => n)).toEqual(['1', '2', '3', '4', '5']);
    expect(agenda(text)[1]?.[1]).toMatch(/^Dagordningen föredrogs/);
  });

  it('reads a Finnish run of the same kind', () => {
    const text =
      'Pöytäkirja 4.3.2024\n\n' +
      '1. Puheenjohtaja Anni Koski avasi kokouksen.\n\n' +
      '2. Hyväksyttiin kokouksen esityslista.\n\n' +
      '3. Hyväksyttiin edellisen kokouksen pöytäkirja.\n\n' +
      '4. Päätettiin järjestää kevätretki toukokuussa.\n\n' +
      '5. Keskusteltiin kevään retkestä.\n';
    expect(agenda(text).map(([n]) => n)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('reads a run typed without blank lines the same way', () => {
    const text =
      'Årsmötesprotokoll 3 mars 2024\nNärvarande: Stina Ek, Bo Lund\n' +
      '1. Ordföranden hälsade välkomna.\n' +
      '2. Till justerare valdes Bo Lund.\n' +
      '3. Mötet förklarades behörigt utlyst.\n' +
      '4. Dagordningen godkändes.\n' +
      '5. Verksamhetsberättelsen godkändes.\n';
    expect(agenda(text).map(([n]) => n)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('leaves a numbered list of outcomes under a `Beslut:` label alone', () => {
    const text =
      '# Styrelsemöte 4 mars 2024\n\nNärvarande: Stina Ek, Bo Lund\n\n' +
      'Beslut:\n\n' +
      '1. Budgeten godkändes.\n' +
      '2. Bo Lund valdes till kassör.\n' +
      '3. Årsavgiften fastställdes till 100 kronor.\n' +
      '4. Städdagen blir den 4 maj.\n';
    expect(agenda(text)).toEqual([]);
  });

  it('leaves numbered paragraphs of tasks and notes alone: fewer than half record an act', () => {
    const text =
      'Protokoll 4 mars 2024\n\n' +
      '1. Stina kontaktar kommunen om vägen.\n\n' +
      '2. Bo köper ny gräsklippare.\n\n' +
      '3. Dagordningen godkändes.\n\n' +
      '4. Kassan är god.\n\n' +
      '5. Julmarknaden blir i år igen.\n\n' +
      '6. Nästa möte 7 april.\n\n' +
      '7. Stina tackar för visat intresse.\n';
    expect(agenda(text).length).toBeLessThan(7);
  });
});

describe('an office fronted as `till att` and an infinitive is chosen in the meeting', () => {
  const head = 'Protokoll\n\nNärvarande: Stina Ek, Bo Lund, Kim Ås\n\n';

  it('reads `Till att justera dagens protokoll valdes ...` as a decision and the people as checkers', () => {
    const meeting = parseMinutes(`${head}Till att justera dagens protokoll valdes Bo Lund och Kim Ås.\n`);
    expect(meeting.decisions.map((d) => d.text)).toEqual(['Till att justera dagens protokoll valdes Bo Lund och Kim Ås.']);
    expect(meeting.participants.filter((p) => p.roles.includes('checker')).map((p) => p.name)).toEqual(['Bo Lund', 'Kim Ås']);
  });

  it('reads a sentence that opens with the infinitive (`Att jämte ordföranden justera ...`) as a decision', () => {
    expect(decisions(`${head}Att jämte ordföranden justera protokollet valdes Kim Ås.\n`)).toEqual(['Att jämte ordföranden justera protokollet valdes Kim Ås.']);
  });

  it('still leaves out a choice reported in a clause after another verb', () => {
    expect(decisions(`${head}Bo Lund berättade för oss att kommunens nämnd i går valdes om.\n`)).toEqual([]);
  });
});

describe('the number a numbered minute opens with is no word of its sentence', () => {
  const head = 'Protokoll årsmöte 3 mars 2024\n\nNärvarande: Stina Ek, Bo Lund\n\n';

  it('reads `§ 12. Till styrelseledamöter på två år valdes ...` as a decision, as it is without its number', () => {
    const text = `${head}§ 11. Verksamhetsberättelsen godkändes.\n§ 12. Till styrelseledamöter på två år valdes Stina Ek och Bo Lund.\n§ 13. Övriga frågor.\n`;
    expect(decisions(text)).toEqual(['§ 11. Verksamhetsberättelsen godkändes.', '§ 12. Till styrelseledamöter på två år valdes Stina Ek och Bo Lund.']);
  });

  it('still reads no decision when the cue stands far into a sentence of report', () => {
    const text = `${head}§ 12. Stina Ek berättade om hur kommunens nya nämnd i höstas valdes.\n§ 13. Övriga frågor.\n`;
    expect(decisions(text)).toEqual([]);
  });
});
