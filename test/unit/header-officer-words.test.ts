import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const roles = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles]);

describe('officers named the way clubs and associations name them', () => {
  it('reads a Swedish meeting leader and note-taker', () => {
    expect(roles('Styrelsemöte 2024-03-01\n\nMötesledare: Lena Berg\nAntecknat av: Mia Kask\nNärvarande: Lena Berg, Mia Kask\n\n1. Öppnande\nMötet öppnades.\n')).toEqual([
      ['Lena Berg', ['chair']],
      ['Mia Kask', ['secretary']],
    ]);
  });

  it('reads the Latin offices of Flemish student clubs', () => {
    expect(roles('Bestuursvergadering 1 maart 2024\n\nAanwezig: Tom Peeters (praeses), Ine Maes (ab-actis), Lies Wouters (quaestor), Bart Claes (secr)\n\n1. Opening\nDe vergadering wordt geopend.\n')).toEqual([
      ['Tom Peeters', ['chair']],
      ['Ine Maes', ['secretary']],
      ['Lies Wouters', ['treasurer']],
      ['Bart Claes', ['secretary']],
    ]);
  });

  it('reads the honorary officers of an English society', () => {
    expect(roles('Committee meeting 1 March 2024\n\nPresent: Gwen Ellis (Hon. Sec.), Ruth Hart (pres), Tom Lee (Hon. Treasurer)\n\n1. Apologies\nNone.\n')).toEqual([
      ['Gwen Ellis', ['secretary']],
      ['Ruth Hart', ['chair']],
      ['Tom Lee', ['treasurer']],
    ]);
  });

  it('reads a German club second chair as the deputy, the first as the chair', () => {
    const text = 'Vorstandssitzung am 01.03.2024\n\n**Sitzungsleitung:** Gabi Hofer (1. Vorsitzende)\n**Anwesend:** Gabi Hofer, Jan Kurz (2. Vorsitzender), Eva Lutz\n\nTOP 1 Begrüßung\nDie Sitzung wird eröffnet.\n';
    expect(roles(text)).toEqual([
      ['Gabi Hofer', ['chair']],
      ['Jan Kurz', ['vice-chair']],
      ['Eva Lutz', []],
    ]);
  });

  it('reads each field of a line that sets them apart with a dot, a bar or a dash', () => {
    for (const mark of ['·', '|', '–']) {
      expect(roles(`Team meeting 1 March 2024\n\nChair: Ann Lee ${mark} Notes: Bo Park\n\n1. Opening\nOpened.\n`)).toEqual([
        ['Ann Lee', ['chair']],
        ['Bo Park', ['secretary']],
      ]);
    }
  });

  it('reads an office given with another after a slash, and the holder before their firm', () => {
    expect(roles('Vergadering VvE 1 maart 2024\n\nVoorzitter: dhr. P. Zwart\nBeheerder/notulist: mw. S. Bakker, Bakker VvE Beheer B.V.\n\n1. Opening\nDe voorzitter opent.\n')).toEqual([
      ['P. Zwart', ['chair']],
      ['S. Bakker', ['secretary']],
    ]);
    // A word that only opens a sentence holds no office.
    expect(roles('Board 1 March 2024\n\nChairs: Organize and reach out to the groups before TPAC\n\n1. Opening\nOpened.\n')).toEqual([]);
  });

  it('reads a facilitator in Finnish, a German club chair abbreviated, and German `dabei` as those present', () => {
    expect(roles('Retro 1.3.2024\n\nFasilitaattori: Heidi Korhonen.\n\n1. Avaus\nAvattiin.\n')).toEqual([['Heidi Korhonen', ['chair']]]);
    expect(roles('Vorstand 01.03.2024\n\n| Anwesend | Reinhard Vogel (1. Vors.), Claudia Neumann (2. Vors.), Marco Fuchs (Schriftführer) |\n|---|---|\n\nTOP 1 Begrüßung\nText.\n')).toEqual([
      ['Reinhard Vogel', ['chair']],
      ['Claudia Neumann', ['vice-chair']],
      ['Marco Fuchs', ['secretary']],
    ]);
    expect(roles('Jour fixe 01.03.2024\n\ndabei: Katrin Weber, Murat Yilmaz\n\n## Punkte\nText.\n')).toEqual([['Katrin Weber', []], ['Murat Yilmaz', []]]);
  });

  it('reads a pad question heading and informal labels as those present', () => {
    const names = (text: string) => parseMinutes(text).participants.map((p) => p.name);
    expect(names('# Weekly call\n\n## Who\'s here?\n- Ann Lee\n- Bo Park\n\n## Notes\nText.\n')).toEqual(['Ann Lee', 'Bo Park']);
    expect(names('# Community-Call\n\n## Wer ist da?\n- @tobiw (Tobias Winkler)\n- Jakob (neu)\n\n## Themen\nText.\n')).toEqual(['Tobias Winkler', 'Jakob']);
    expect(names('# Overleg website\n\ndo 11 april 2024\n\nerbij: Sanne de Wit, Joost Verhoeven\n\n- hosting: gedoe\n')).toEqual(['Sanne de Wit', 'Joost Verhoeven']);
    // A question in the notes is no label.
    expect(names('# Weekly call\n\nPresent: Ann Lee\n\n## Budget\n\nWho pays for the venue?\n')).toEqual(['Ann Lee']);
  });
});

