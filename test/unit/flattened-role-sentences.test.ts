import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// The officers a meeting elects, read from the sentences of a page flattened into one long line, as a
// PDF converted to text runs its items on. Invented minutes.

const holder = (text: string, role: string) => parseMinutes(text).participants.find((p) => p.roles.includes(role))?.name ?? null;

const filler = 'Kassören redovisade att föreningens konto har ett saldo som räcker för vårens verksamhet och att inga fakturor är obetalda. ';

describe('election sentences in a flattened page', () => {
  it('gives the chair and the secretary elected in the items run on after the list of those present', () => {
    const text = `Protokoll styrelsemöte 4 Båtklubben Närvarande: Ida Ström, Leo Falk, Maja Berg. 1.1 Mötets öppnande 1.2 Val av mötesordförande Ida Ström väljs till mötesordförande. 1.3 Val av mötessekreterare Leo Falk väljs till mötessekreterare. 2.1 Ekonomi ${filler.repeat(4)}\n`;
    expect(text.length).toBeGreaterThan(500);
    expect(holder(text, 'chair')).toBe('Ida Ström');
    expect(holder(text, 'secretary')).toBe('Leo Falk');
  });

  it('reads the office written before the name in a run-on page', () => {
    const text = `Årsmöte Närvarande: Ida Ström, Leo Falk, Maja Berg. Mötet öppnades av Maja Berg. Till ordförande för mötet valdes Maja Berg. Till sekreterare för mötet valdes Leo Falk. ${filler.repeat(4)}\n`;
    expect(text.length).toBeGreaterThan(500);
    expect(holder(text, 'chair')).toBe('Maja Berg');
    expect(holder(text, 'secretary')).toBe('Leo Falk');
  });

  it('reads no officer from a sentence too long to be one', () => {
    const text = `Närvarande: Ida Ström, Leo Falk. ${'ord '.repeat(140)}Ida Ström väljs till mötesordförande. ${filler.repeat(3)}\n`;
    expect(holder(text, 'chair')).toBeNull();
  });
});
