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
