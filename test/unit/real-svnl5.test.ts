import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Dutch and Swedish minutes of neighbourhood councils, joint-property
 * associations and clubs (round nlsv4). Every example is written for the test; none is a line of
 * those minutes.
 */

const roles = (text: string) => Object.fromEntries(parseMinutes(text).participants.flatMap((p) => p.roles.map((r) => [r, p.name])));

describe('Swedish officers named in a sentence of the protocol', () => {
  it('takes the chair from the opening told in the present, the office set beside the name', () => {
    const text = 'Styrelsemöte 2021-03-04\n\nNärvarande: Lisa Berg, Olle Sand, Maja Holm\n\n1 Mötet öppnas\n\nLisa Berg ordförande, hälsar alla välkomna och öppnar mötet.\n';
    expect(roles(text)).toMatchObject({ chair: 'Lisa Berg' });
    const declared = 'Styrelsemöte 2021-03-04\n\nNärvarande: Lisa Berg, Olle Sand\n\n§ 1 Mötets öppnande\n\nOlle Sand förklarar mötet öppnat.\n';
    expect(roles(declared)).toMatchObject({ chair: 'Olle Sand' });
  });

  it('reads an election with `enhälligt` between the verb and the office', () => {
    const text = 'Styrelsemöte 2021-03-04\n\nNärvarande: Lisa Berg, Olle Sand, Maja Holm\n\n1. Val av mötesfunktionärer\n\nMaja Holm valdes enhälligt till mötesordförande. Olle Sand valdes enhälligt till sekreterare.\n';
    expect(roles(text)).toMatchObject({ chair: 'Maja Holm', secretary: 'Olle Sand' });
  });

  it('gives no chair where the one who opens is not named', () => {
    const text = 'Styrelsemöte 2021-03-04\n\nNärvarande: Lisa Berg, Olle Sand\n\n1. Mötets öppnande\n\nOrdföranden hälsar alla välkomna och öppnar mötet.\n';
    expect(roles(text).chair).toBeUndefined();
  });
});

describe('a short relative clause of deciding that closes the sentence', () => {
  const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
  const head = 'Styrelsemöte 2021-03-04\n\nNärvarande: Lisa Berg, Olle Sand\n\n';

  it('records the act on the thing the item took up (`som godkänns av styrelsen`, `som bordlades till hösten`)', () => {
    expect(decisions(`${head}1. Föregående protokoll\n\nGenomgång av föregående protokoll, daterat i mars, som godkänns av styrelsen.\n`)).toHaveLength(1);
    expect(decisions(`${head}1. Verksamhetsplan\n\nVi gick igenom planen utom budgetdelen, som bordlades till hösten.\n`)).toHaveLength(1);
    expect(decisions(`${head}1. Bank\n\nOlle föreslog att vi byter bank, vilket också beslutades.\n`)).toHaveLength(1);
  });

  it('leaves a clause that recalls an older act alone (a date, an earlier meeting, a clause that runs on)', () => {
    expect(decisions(`${head}1. Planen\n\nVi följer planen som antogs 2019.\n`)).toEqual([]);
    expect(decisions(`${head}1. Planen\n\nVi följer planen som godkändes på förra mötet.\n`)).toEqual([]);
    expect(decisions(`${head}1. Planen\n\nVi läste planen som antogs av en arbetsgrupp med sex medlemmar i Lund.\n`)).toEqual([]);
  });
});

describe('the meeting date a title writes in the digits of a file name', () => {
  const date = (text: string) => parseMinutes(text).date;

  it('reads eight digits, year first, and six digits with the later year winning', () => {
    expect(date('20190412 Notulen bestuursvergadering\n\n1. Opening\n\nHet verslag van 8 maart 2019 wordt vastgesteld.\n')).toBe('2019-04-12');
    expect(date('Styrelsemöte 230914\n\nProtokoll fört vid styrelsemöte torsdagen den 14 september kl 18.00\n\n1 Föregående protokoll\n\nGenomgång av föregående protokoll, 2023-08-10, som godkänns.\n')).toBe('2023-09-14');
  });

  it('leaves digits that spell no date, and a date written with stops, to the other rules', () => {
    expect(date('Styrelsemöte 991399\n\n1. Mötets öppnande\n')).toBeNull();
    expect(date('Styrelsemöte 2023-09-14\n\n1. Mötets öppnande\n')).toBe('2023-09-14');
  });
});
