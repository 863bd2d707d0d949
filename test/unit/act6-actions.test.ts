import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Actions of unseen minutes (act6): kinds of task that cross sources. Pinned with minutes of our own.

describe('what the group settles on doing, in the Finnish passive, is a decision and a task', () => {
  // A list of matters agreed on: its entries are decisions, and a passive of doing among them is the group's task too.
  const minutes = (entry: string) =>
    parseMinutes(`# Kerhon kuukausipalaveri\n\nLäsnä: Aino Aalto, Pekka Puu\n\n## Sovitut asiat\n    - Sovittiin, että kerho kokoontuu tiistaisin\n    - Sovittiin kevään retken kohteesta\n    - ${entry}\n`);

  it('reads the passive of a deed that opens a settled matter as the group\'s task, nobody named', () => {
    const settled = minutes('Tehdään kerholle uusi esite jäsenhankintaa varten');
    expect(settled.decisions.map((d) => d.text)).toContain('Tehdään kerholle uusi esite jäsenhankintaa varten');
    expect(settled.actions.map((a) => [a.owners, a.text, a.cue.kind, a.cue.words])).toEqual([[[], 'Tehdään kerholle uusi esite jäsenhankintaa varten', 'grammar', 'Tehdään']]);
  });

  it('reads no task from a passive of conduct, of weighing, or a standing rule', () => {
    expect(minutes('Jatketaan samalla kokoonpanolla').actions).toEqual([]);
    expect(minutes('Keskitytään nyt jäsenhankintaan').actions).toEqual([]);
    expect(minutes('Mietitään vielä esitteen väriä').actions).toEqual([]);
    expect(minutes('Tuodaan jatkossa omat mukit kokouksiin').actions).toEqual([]);
    expect(minutes('Tehdään jatkossakin pöytäkirja yhteiseen kansioon').actions).toEqual([]);
    expect(minutes('Tehdään esite, jos kassassa on rahaa').actions).toEqual([]);
    expect(minutes('Tilataan kahvit joka kokoukseen').actions).toEqual([]);
  });

  it('reads no task from the meeting\'s own acts in the passive: rejecting, postponing, admitting, granting', () => {
    expect(minutes('Hylätään hakemus').actions).toEqual([]);
    expect(minutes('Siirretään asia seuraavaan kokoukseen').actions).toEqual([]);
    expect(minutes('Otetaan jäseniksi Maija Mänty ja Kalle Kuusi').actions).toEqual([]);
    expect(minutes('Myönnetään kerholle sadan euron avustus').actions).toEqual([]);
    expect(minutes('Säilytetään jäsenmaksu ennallaan').actions).toEqual([]);
  });

  it('reads a task from other deeds of the phrasebook', () => {
    expect(minutes('Hankitaan kerholle uusi kahvinkeitin').actions.map((a) => a.cue.words)).toEqual(['Hankitaan']);
    expect(minutes('Lähetetään kutsu kaikille jäsenille').actions.map((a) => a.cue.words)).toEqual(['Lähetetään']);
  });
});
