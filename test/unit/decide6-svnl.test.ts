import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const DE = '# Vorstandssitzung\n\nDatum: 05.03.2024\nAnwesend: Greta Lindner, Oskar Feld, Ida Sommer\n\n';
const EN = '# Committee meeting\n\nDate: 2024-03-05\nPresent: Nora Quill, Tobias Reed, Mina Fox\n\n';
const SV = '# Styrelsemöte\n\nDatum: 2024-03-05\nNärvarande: Lova Ekdahl, Viggo Sandin, Tyra Moberg\n\n';
const NL = '# Bestuursvergadering\n\nDatum: 5 maart 2024\nAanwezig: Femke Dijkstra, Ruben Post, Noor Visser\n\n';
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('decide6: Swedish protokoll formulas', () => {
  it('reads `Föreslogs och beslutades att` as a decision, not a proposal', () => {
    expect(decisions(`${SV}## § 8 Vårfest\n\nFöreslogs och beslutades att vårfesten hålls i april.\n`)).toEqual(['Föreslogs och beslutades att vårfesten hålls i april.']);
  });

  it('reads `beslutade` and `beslöt` with the subject after the verb, as a fronted adverbial puts it', () => {
    expect(decisions(`${SV}## § 5 Bank\n\nEfter diskussion beslutade ordföranden och kassören att byta bank.\n`)).toHaveLength(1);
    expect(decisions(`${SV}## § 6 Medlemsmöte\n\nDärefter beslöt styrelsen att kalla till medlemsmöte i juni.\n`)).toHaveLength(1);
  });

  it('takes a matter moved on to the next meeting as a decision', () => {
    expect(decisions(`${SV}## § 7 Hemsidan\n\n- Punkten flyttas till nästa möte.\n`)).toEqual(['Punkten flyttas till nästa möte.']);
  });

  it('takes no act of another body dated before the meeting', () => {
    expect(decisions(`${SV}## § 9 Lokalen\n\nRegionen beslutade förra året att höja hyran för föreningar.\n`)).toEqual([]);
    expect(decisions(`${EN}## 9. Hall\n\nThe district board decided last spring to raise the hall rent.\n`)).toEqual([]);
  });
});

describe('decide6: Dutch notulen formulas', () => {
  it('reads the chair opening with the agenda adopted (`onder vaststelling van de agenda`)', () => {
    expect(decisions(`${NL}## 1. Opening\n\nDe voorzitter opent om 20.00 uur de vergadering onder vaststelling van de agenda.\n`)).toHaveLength(1);
  });

  it('reads `beslist dat` with the meeting\'s body as its subject as a decision', () => {
    expect(decisions(`${NL}## 5. Jubileum\n\nDe vergadering beslist dat het jubileum in juni gevierd wordt.\n`)).toHaveLength(1);
    expect(decisions(`${NL}## 5. Jubileum\n\nNa overleg beslist het bestuur om het jubileum in juni te vieren.\n`)).toHaveLength(1);
  });

  it('reads the general meeting discharging the treasurer as a decision', () => {
    expect(decisions(`${NL}## 6. Jaarrekening\n\nDe penningmeester wordt gedechargeerd.\n`)).toEqual(['De penningmeester wordt gedechargeerd.']);
  });

  it('takes no `beslist` that means certainly', () => {
    expect(decisions(`${NL}## 5. Jubileum\n\nDe zaal moet beslist op tijd gereserveerd worden.\n`)).toEqual([]);
  });
});

describe('decide6: what is no decision, in every language', () => {
  it('takes no proposal, nomination, failed motion or stated plan', () => {
    expect(decisions(`${EN}## 3. Roof\n\nTobias Reed proposed that the club replace the roof in May.\n\nMina Fox was nominated for treasurer.\n\nThe motion to buy a new mower failed 2-5.\n\nNora Quill plans to ask the builders for a third quote.\n`)).toEqual([]);
    expect(decisions(`${DE}## TOP 5 Dach\n\nOskar Feld schlägt vor, das Dach im Mai zu erneuern.\n\nIda Sommer wurde als Kassenwartin vorgeschlagen.\n`)).toEqual([]);
    expect(decisions(`${NL}## 5. Dak\n\nRuben Post stelt voor het dak in mei te vervangen.\n\nNoor Visser wordt voorgedragen als penningmeester.\n`)).toEqual([]);
    expect(decisions(`${SV}## § 5 Taket\n\nViggo Sandin föreslog att taket byts i maj.\n\nTyra Moberg nominerades till kassör.\n`)).toEqual([]);
  });

  it('takes no decision another body made before the meeting', () => {
    expect(decisions(`${DE}## TOP 7 Zuschüsse\n\nDer Kreistag hat im letzten Jahr beschlossen, Vereinsheime zu fördern.\n`)).toEqual([]);
    expect(decisions(`${NL}## 7. Subsidie\n\nDe gemeente heeft vorig jaar besloten clubhuizen te steunen.\n`)).toEqual([]);
  });
});
