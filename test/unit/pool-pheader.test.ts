import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Header conventions found across the pool of labelled minutes (all five languages), each pinned
// with short minutes of our own: invented names, bodies and places.

/** A sentence long enough to make its paragraph longer than a line the header is read from. */
const FILLER = 'Danach berichtet die Kassenwartin ausführlich über die Einnahmen des Sommerfestes, die Ausgaben für die neuen Notenständer und den Stand der Rücklagen für die Konzertreise im kommenden Herbst.';

describe('the opening sentence at the head of a long paragraph gives the start time', () => {
  it('reads the time of a German opening whose paragraph runs on past the head', () => {
    const text = [
      'Protokoll der Jahreshauptversammlung', '',
      `Der 1. Vorsitzende, Bruno Falk, eröffnet um 19:10 Uhr die Versammlung und begrüßt 40 Mitglieder, darunter den Ehrenvorsitzenden Kurt Lenz und die anwesenden Ehrenmitglieder des Vereins. ${FILLER} ${FILLER}`,
      '', '1. Bericht des Vorstands', 'Der Bericht wird angenommen.', '',
    ].join('\n');
    expect(parseMinutes(text).startTime).toBe('19:10');
  });

  it('reads a Swedish opening flattened from a page into one long line', () => {
    const text = [
      'Protokoll sektionsmöte 3', '',
      `1. Formalia 1.1 Mötets öppnande Lova Berg öppnade mötet kl. 17:25 och hälsade alla välkomna. 1.2 Val av justerare Mötet beslutade att välja Ebba Ek. ${'1.3 Rapporter Styrelsen rapporterade om läget i föreningen och om kommande evenemang under våren. '.repeat(6)}`,
      '',
    ].join('\n');
    expect(parseMinutes(text).startTime).toBe('17:25');
  });

  it('reads no time from deep inside a long paragraph: only its head may open the meeting', () => {
    const text = [
      'Protokoll der Jahreshauptversammlung', '',
      `${FILLER} ${FILLER} ${FILLER} Um 21 Uhr eröffnet der Wirt die Kegelbahn für alle.`,
      '',
    ].join('\n');
    expect(parseMinutes(text).startTime).toBeNull();
  });
});
