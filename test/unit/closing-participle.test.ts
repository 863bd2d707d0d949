import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** German and Dutch close a passive main clause with its participle, however long the subject before it. */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('a passive of deciding closed by its participle', () => {
  it('is a decision in German, with a long subject before the verb', () => {
    const text = '# Vorstandssitzung\n\nAnwesend: Jana Roth, Malte Voss\n\n## TOP 1 Beiträge\nDer Antrag des Kassenwarts auf eine Erhöhung der Jahresbeiträge wird nach kurzer Aussprache abgelehnt.\n';
    expect(decisions(text)).toEqual(['Der Antrag des Kassenwarts auf eine Erhöhung der Jahresbeiträge wird nach kurzer Aussprache abgelehnt.']);
  });

  it('is a decision in Dutch', () => {
    const text = '# Bestuursvergadering\n\nAanwezig: Joke Smit, Ruud Kok\n\n## 1. Financiën\nDe begroting voor het komende seizoen van de jeugdafdeling wordt na een korte toelichting van de penningmeester goedgekeurd.\n';
    expect(decisions(text)).toEqual(['De begroting voor het komende seizoen van de jeugdafdeling wordt na een korte toelichting van de penningmeester goedgekeurd.']);
  });

  it('is no decision after an auxiliary of a state or a perfect, which reports', () => {
    const text = '# Bestuursvergadering\n\nAanwezig: Joke Smit, Ruud Kok\n\n## 1. Project\nEerst zijn de taken voor de beide werkgroepen in het voorjaar door de projectleider vastgesteld.\n';
    expect(decisions(text)).toEqual([]);
  });
});
