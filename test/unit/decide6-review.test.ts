import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Review of decide6's rules (invented minutes): each sentence read wrongly before, now read right.
const DE = '# Vorstandssitzung\n\nDatum: 05.03.2024\nAnwesend: Greta Lindner, Oskar Feld, Ida Sommer\n\n';
const EN = '# Committee meeting\n\nDate: 2024-03-05\nPresent: Nora Quill, Tobias Reed, Mina Fox\n\n';
const SV = '# Styrelsemöte\n\nDatum: 2024-03-05\nNärvarande: Lova Ekdahl, Viggo Sandin, Tyra Moberg\n\n';
const NL = '# Bestuursvergadering\n\nDatum: 5 maart 2024\nAanwezig: Femke Dijkstra, Ruben Post, Noor Visser\n\n';
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('decide6 review: an earlier span of time is the object after a link word', () => {
  it('reads approving last year\'s accounts as a decision, while `decided last year` stays another\'s act', () => {
    expect(decisions(`${EN}## 3. Accounts\n\nThe committee approved the previous year statements.\n`)).toEqual(['The committee approved the previous year statements.']);
    expect(decisions(`${EN}## 4. Calendar\n\nMembers approved the last season fixtures as circulated.\n`)).toHaveLength(1);
    expect(decisions(`${EN}## 9. Hall\n\nThe district board decided last spring to raise the hall rent.\n`)).toEqual([]);
  });
});

describe('decide6 review: German approval by silence needs `sich erheben`', () => {
  it('takes no objection lodged or pending for a decision', () => {
    expect(decisions(`${DE}## TOP 4 Bauantrag\n\nDer Widerspruch beim Bauamt ist noch nicht entschieden.\n`)).toEqual([]);
    expect(decisions(`${DE}## TOP 4 Bauantrag\n\nOb Widerspruch eingelegt wird, ist noch nicht klar.\n`)).toEqual([]);
    expect(decisions(`${DE}## TOP 4 Bauantrag\n\nFrau Sommer legt Widerspruch gegen den Bescheid ein, da die Frist nicht gewahrt wurde.\n`)).toEqual([]);
  });

  it('still reads no objection raised, with its matter between', () => {
    expect(decisions(`${DE}## TOP 3 Tagesordnung\n\nWiderspruch gegen die neue Reihenfolge erhebt sich nicht.\n`)).toHaveLength(1);
  });
});

describe('decide6 review: settled for now only in the passive, or until a named meeting', () => {
  it('takes a date someone has in view, or an item another body took off its agenda, for no decision', () => {
    expect(decisions(`${DE}## TOP 8 Vorstand\n\nHerr Feld hat einen Umzug zum Herbst ins Auge gefasst.\n`)).toEqual([]);
    expect(decisions(`${DE}## TOP 8 Kreis\n\nDer Gemeinderat hat die Schulfrage von der Tagesordnung genommen.\n`)).toEqual([]);
  });

  it('still reads an item taken off the agenda, or a date in view, in the passive', () => {
    expect(decisions(`${DE}## TOP 6 Sommerfest\n\nAls Termin für das Grillfest wird der 21. Juni ins Auge gefasst.\n`)).toHaveLength(1);
    expect(decisions(`${DE}## TOP 1 Eröffnung\n\nDer Punkt Hallenbelegung wird von der Tagesordnung genommen.\n`)).toHaveLength(1);
  });

  it('takes nothing to be confirmed at a later date, nor another party\'s tentative booking, for a decision', () => {
    expect(decisions(`${EN}## 6. Speakers\n\nThe keynote speaker to be confirmed at a later date.\n`)).toEqual([]);
    expect(decisions(`${EN}## 7. Venue\n\nThe hotel has tentatively scheduled our dinner for June, pending a deposit.\n`)).toEqual([]);
  });
});

describe('decide6 review: Dutch and Swedish formulas with the meeting as subject', () => {
  it('takes no `over` that is a preposition for taking over a proposal', () => {
    expect(decisions(`${NL}## 4. Kantine\n\nHet bestuur neemt het voorstel over de bar mee naar de volgende vergadering.\n`)).toEqual([]);
  });

  it('takes no decision of another body, nor a question who decides', () => {
    expect(decisions(`${NL}## 7. Zwembad\n\nDe provincie beslist om het zwembad in juli te sluiten.\n`)).toEqual([]);
    expect(decisions(`${NL}## 7. Contributie\n\nRuben vraagt wie beslist om de contributie te verhogen.\n`)).toEqual([]);
    expect(decisions(`${SV}## § 9 Badet\n\nRegionen beslutade i mars att stänga simhallen.\n`)).toEqual([]);
    expect(decisions(`${SV}## § 9 Stadgar\n\nÅrsmötet den 12 mars beslutade att höja avgiften.\n`)).toEqual([]);
  });

  it('takes no formula inside a proposal or advice', () => {
    expect(decisions(`${SV}## § 7 Hemsidan\n\nTyra föreslog att punkten flyttas till nästa möte, men ingen höll med.\n`)).toEqual([]);
    expect(decisions(`${NL}## 6. Jaarrekening\n\nFemke stelt voor dat de penningmeester wordt gedechargeerd.\n`)).toEqual([]);
    expect(decisions(`${NL}## 6. Jaarrekening\n\nDe kascommissie adviseert dat het bestuur wordt gedechargeerd, maar de stemming volgt in mei.\n`)).toEqual([]);
  });
});
