import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Decision rules found across the whole pool of labelled minutes (all five languages), one kind of
 * miss at a time. Every example here is written for the test; none is a line of those minutes.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('the formula of a lawful meeting, wherever it stands in its sentence', () => {
  it('reads `dass Beschlussfähigkeit vorliegt` at the end of a long German sentence', () => {
    const text = '# Gemeindevertretung Lindholz\n\nSitzung vom 3. Mai 2024\n\n## 1. Eröffnung\n\nDie Vorsitzende Marga Thiel begrüßt die Anwesenden und stellt fest, dass fristgerecht eingeladen wurde und dass Beschlussfähigkeit vorliegt.\n';
    expect(decisions(text)).toEqual(['Die Vorsitzende Marga Thiel begrüßt die Anwesenden und stellt fest, dass fristgerecht eingeladen wurde und dass Beschlussfähigkeit vorliegt.']);
  });

  it('reads `war ... beschlussfähig` as the finding of the meeting', () => {
    const text = '# Fachschaftsrat Chemie\n\n## TOP 1: Eröffnung\n\nDer Rat war mit 9 von 11 Mitgliedern beschlussfähig.\n';
    expect(decisions(text)).toEqual(['Der Rat war mit 9 von 11 Mitgliedern beschlussfähig.']);
  });

  it('reads a Finnish `todettiin ... päätösvaltaiseksi` after `ja` deep in the sentence', () => {
    const text = '# Kylätoimikunnan kokous\n\n1. Kokouksen avaus\n\nPuheenjohtaja avasi kokouksen.\n\n2. Laillisuus\n\nKokous oli kutsuttu koolle ajoissa ja todettiin siten lailliseksi ja päätösvaltaiseksi.\n';
    expect(decisions(text)).toContain('Kokous oli kutsuttu koolle ajoissa ja todettiin siten lailliseksi ja päätösvaltaiseksi.');
  });

  it('reads a numbered Swedish minute `Mötet förklarades behörigt utlyst.` as a decision, not a bare title', () => {
    const text = 'Protokoll fört vid Ekbackens byalags årsmöte 2024-03-02\n\n1. Mötets öppnande. Ordföranden Rut Lind öppnade mötet.\n2. Mötet förklarades behörigt utlyst.\n3. Dagordningen godkändes.\n';
    expect(decisions(text)).toContain('Mötet förklarades behörigt utlyst.');
  });

  it('leaves a German sentence that names the quorum without a finding', () => {
    const text = '# Vorstand Turnverein Aue\n\n## TOP 2\n\nDie Frage der Beschlussfähigkeit wird beim nächsten Mal besprochen.\n';
    expect(decisions(text)).toEqual([]);
  });

  it('leaves a Swedish question whether the meeting was lawfully called', () => {
    const text = '# Styrelsemöte Björkvikens båtklubb\n\n## Övrigt\n\nTure frågade om mötet verkligen var behörigt utlyst.\n';
    expect(decisions(text)).toEqual([]);
  });
});

describe('an election written office first, its verb late', () => {
  it('reads a Swedish `Till ... väljs` whose office takes many words', () => {
    const text = '# Årsmöte Lindängens odlarförening 2024-03-10\n\n§ 9 Val av revisorer\n\nTill ordinarie revisorer på ett år vardera nyväljs Eva Ek och Bo Falk.\n';
    expect(decisions(text)).toEqual(['Till ordinarie revisorer på ett år vardera nyväljs Eva Ek och Bo Falk.']);
  });

  it('reads a Swedish `Att jämte ordföranden justera ... valdes`', () => {
    const text = '# Styrelsemöte Ekbackens vägförening 2024-04-02\n\nNärvarande: Rut Lind, Ture Falk, Maja Holm\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Justering\nAtt jämte ordföranden justera dagens mötesprotokoll valdes Ture Falk.\n3. Ekonomi\nKassan är god.\n';
    expect(decisions(text)).toEqual(['Att jämte ordföranden justera dagens mötesprotokoll valdes Ture Falk.']);
  });

  it('reads a German `Zum ... wurde ..., zur ... gewählt` and `Zur Schriftführerin wird ... bestimmt`', () => {
    const text = '# Elternbeirat Kita Sonnenhof\n\n## TOP 2: Wahlen\n\nZum 1. Vorsitzenden wurde Jan Roth, zur 2. Vorsitzenden Ida Berg gewählt.\n\nZur Schriftführerin wird Lea Vogt bestimmt.\n';
    expect(decisions(text)).toEqual(['Zum 1. Vorsitzenden wurde Jan Roth, zur 2. Vorsitzenden Ida Berg gewählt.', 'Zur Schriftführerin wird Lea Vogt bestimmt.']);
  });

  it('reads a Dutch `Tot voorzitter wordt ... gekozen`', () => {
    const text = '# Ledenvergadering Tennisclub De Lob\n\n## 4. Bestuursverkiezing\n\nTot voorzitter van de vereniging wordt Anke de Wit gekozen.\n';
    expect(decisions(text)).toEqual(['Tot voorzitter van de vereniging wordt Anke de Wit gekozen.']);
  });

  it('leaves a sentence that opens with `Zum` but elects nobody', () => {
    const text = '# Vorstand Turnverein Aue\n\n## TOP 3\n\nZum Sommerfest kommen voraussichtlich 80 Gäste, die Planung läuft.\n';
    expect(decisions(text)).toEqual([]);
  });

  it('leaves a German proposal of a candidate', () => {
    const text = '# Vorstand Turnverein Aue\n\n## TOP 3: Wahlen\n\nAls Kassenwart wird Udo Pohl von Gerd Ilse vorgeschlagen.\n';
    expect(decisions(text)).toEqual([]);
  });
});
