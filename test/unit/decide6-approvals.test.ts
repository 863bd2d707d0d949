import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const DE = '# Vorstandssitzung\n\nDatum: 05.03.2024\nAnwesend: Greta Lindner, Oskar Feld, Ida Sommer\n\n';
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const cues = (text: string) => parseMinutes(text).decisions.map((d) => [d.cue.kind, d.cue.words]);

describe('decide6: German approval by silence and deemed approval (Geschäftsordnung)', () => {
  it('reads a record deemed approved as the meeting approving it', () => {
    const text = `${DE}## TOP 2 Protokoll\n\nEinwände gegen das Protokoll der Märzsitzung liegen keine vor. Es gilt damit als genehmigt.\n`;
    expect(decisions(text)).toEqual(['Es gilt damit als genehmigt.']);
    expect(cues(text)[0]).toEqual(['phrase', 'gilt damit als genehmigt']);
  });

  it('reads no objection raised as consent of the meeting', () => {
    expect(decisions(`${DE}## TOP 3 Tagesordnung\n\n- Die Kassenprüfung wird als TOP 7 ergänzt. Widerspruch erhebt sich nicht.\n`)).toHaveLength(1);
    expect(decisions(`${DE}## TOP 3 Tagesordnung\n\nWiderspruch gegen die geänderte Reihenfolge erhebt sich nicht.\n`)).toHaveLength(1);
  });

  it('takes no objection left unraised against the invitation for a decision', () => {
    expect(decisions(`${DE}## TOP 1 Eröffnung\n\nZur Sitzung wurde ordnungsgemäß eingeladen, Einwände werden nicht erhoben.\n`)).toEqual([]);
  });

  it('reads an item taken off the agenda by vote as a decision', () => {
    expect(decisions(`${DE}## TOP 1 Eröffnung\n\nVor Eintritt in die Tagesordnung wird auf Antrag TOP 9 einstimmig abgesetzt.\n`)).toHaveLength(1);
  });
});
