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

describe('the sentence that says when the meeting was held gives its start time', () => {
  it('reads the time of a Dutch sentence `De bestuursvergadering vond plaats op ... om 20.00 uur`', () => {
    const text = ['Kort verslag', '', 'De bestuursvergadering vond plaats op maandag 3 maart om 20.00 uur in het clubhuis.', '', 'Aanwezig: Pim Vos, Lies Bakker', '', '1. Opening', 'Geen bijzonderheden.', ''].join('\n');
    expect(parseMinutes(text).startTime).toBe('20:00');
  });

  it('reads the time of a Swedish record, after the number of its page', () => {
    const text = ['1 Protokoll fört vid styrelsemöte med Tallviks Båtklubb söndagen den 9 mars 2025 kl 16.00', '', 'Närvarande: Nils Ek, Stina Holm', '', '§ 1 Mötets öppnande', ''].join('\n');
    expect(parseMinutes(text).startTime).toBe('16:00');
  });

  it('reads a German time fronted before the verb, the meeting named after it', () => {
    const text = ['Am Samstag, den 7. März 2026 um 20 Uhr fand die Jahreshauptversammlung im Gasthaus Linde statt. 20 Personen waren anwesend.', '', 'Der Kassenbericht wurde verlesen.', ''].join('\n');
    expect(parseMinutes(text).startTime).toBe('20:00');
  });

  it('takes the time the meeting opened over the time it was called for', () => {
    const text = ['Kort verslag', '', 'De bestuursvergadering vond plaats op maandag 3 maart om 20.00 uur.', '', '1. Opening', 'De voorzitter opent de vergadering om 20.10 uur.', ''].join('\n');
    expect(parseMinutes(text).startTime).toBe('20:10');
  });

  it('reads no time from a sentence about the next meeting, nor from one that holds no meeting', () => {
    const next = ['Board of the Elm Rowing Club', '', 'March 3, 2025', '', 'The next meeting will be held on April 7 at 7:30 pm.', ''].join('\n');
    expect(parseMinutes(next).startTime).toBeNull();
    const party = ['Verslag bestuur 3 maart', '', 'Het feest vond plaats op 1 maart om 20.00 uur.', ''].join('\n');
    expect(parseMinutes(party).startTime).toBeNull();
    // A verb that schedules as well: the record kept on display, another meeting to come.
    const notice = ['Kunnanhallitus', '', 'Kokouksen tarkastettu pöytäkirja pidetään yleisesti nähtävänä kunnanvirastossa keskiviikkona klo 9.00.', ''].join('\n');
    expect(parseMinutes(notice).startTime).toBeNull();
  });
});

const chair = (text: string) => parseMinutes(text).participants.find((p) => p.roles.includes('chair'))?.name ?? null;

describe('the one who welcomes those present names the chair by the office beside the name', () => {
  it('reads a German greeting by the chair, the office in the dative', () => {
    const text = ['Protokoll der Mitgliederversammlung', '', 'TOP 1 Begrüßung', '', 'Begrüßung der 30 erschienenen Mitglieder durch den 1. Vorsitzenden Paul Wendler.', '', 'TOP 2 Kassenbericht', 'Der Bericht liegt vor.', ''].join('\n');
    expect(chair(text)).toBe('Paul Wendler');
  });

  it('reads an Austrian chair greeting the members under the item of greeting, at the head of a long point', () => {
    const text = ['Protokoll der Generalversammlung', '', `1) Begrüßung Obfrau Hanna Riedl begrüßt die Mitglieder und bedankt sich für die Teilnahme. ${FILLER} ${FILLER} ${FILLER}`, ''].join('\n');
    expect(chair(text)).toBe('Hanna Riedl');
  });

  it('reads a Swedish opening whose subject is a compound the phrase does not hold', () => {
    const text = ['Protokoll styrelsemöte', '', 'Närvarande: Olle Berg, Siv Lund, Kaj Åberg', '', '1. Sammanträdet förklarades öppnat av ordförande Olle Berg.', '', '2. Dagordning', 'Godkändes.', ''].join('\n');
    expect(chair(text)).toBe('Olle Berg');
  });

  it('names no chair where the vice chair greets: the office of two words is another', () => {
    const text = ['Protokoll representantskap', '', '1 Mötets öppnande', 'Föreningens vice ordförande Anna Holm hälsade alla välkomna.', '', '2 Val av ordförande', ''].join('\n');
    expect(chair(text)).toBeNull();
  });

  it('names no chair where a guest is greeted: the greeted one holds no office', () => {
    const text = ['Protokoll der Mitgliederversammlung', '', 'Anwesend: Paul Wendler, Eva Roth', '', 'Neumitglied Lotte Kranz wird von allen herzlich begrüßt.', ''].join('\n');
    expect(chair(text)).toBeNull();
  });
});
