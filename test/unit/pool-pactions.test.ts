import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules of tasks and their owners found across the whole pool of labelled minutes, in every
 * language. Every example here is written for the test, with invented names and places; none is a
 * line of those minutes.
 */

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

const deHead = '# Vorstandssitzung Kleingartenverein Lindenhof, 3. März 2025\n\nAnwesend: Greta Sommer, Paul Brandt, Ilse Kern\n\n';
const fiHead = '# Hallituksen kokous 3.3.2025\n\nLäsnä: Aino Laakso, Eero Salmi, Veera Koski\n\n';
const svHead = '# Styrelsemöte Båtklubben Vågen 3 mars 2025\n\nNärvarande: Maja Berg, Olle Lind, Sara Ek\n\n';
const enHead = '# Board meeting, Riverside Allotments, 3 March 2025\n\nPresent: Ann Lee, Bob Marsh, Cy Dee\n\n';

describe('who takes, keeps or acts in an office is reported, no task', () => {
  it('drops a German member who keeps an office', () => {
    expect(actions(`${deHead}## Wahlen\n\nPaul Brandt übernimmt weiterhin das Amt des Kassenwarts.\n`)).toEqual([]);
  });

  it('drops a German minute-taker', () => {
    expect(actions(`${deHead}## Eröffnung\n\nIlse führt Protokoll.\n`)).toEqual([]);
  });

  it('drops the Finnish roles of the meeting, written with the office first', () => {
    expect(actions(`${fiHead}## Kokouksen avaus\n\nKokouksen puheenjohtajana toimii Aino, sihteerinä toimii Veera.\n`)).toEqual([]);
  });

  it('drops a Finnish member who continues in a committee, a compound of the office noun', () => {
    expect(actions(`${fiHead}## Edustajat\n\nEero Salmi jatkaa juhlatoimikunnassa.\n`)).toEqual([]);
  });

  it('drops an English officer who serves on, and a Swedish one who stays', () => {
    expect(actions(`${enHead}## Officers\n\nBob will serve as secretary until the AGM.\n`)).toEqual([]);
    expect(actions(`${svHead}## Val\n\nOlle fortsätter som kassör.\n`)).toEqual([]);
  });

  it('keeps a task with the same verb and no office', () => {
    expect(actions(`${deHead}## Sommerfest\n\nPaul übernimmt die Planung des Sommerfests.\n`)).toEqual([{ owners: ['Paul Brandt'], text: 'Paul übernimmt die Planung des Sommerfests.' }]);
    expect(actions(`${fiHead}## Verkkosivut\n\nEero jatkaa verkkosivujen päivittämistä.\n`).map((a) => a.owners)).toEqual([['Eero Salmi']]);
  });

  it('keeps a task whose subject is an office', () => {
    const found = actions(`${deHead}## Einladung\n\nDer Vorsitzende übernimmt die Einladung zur Mitgliederversammlung.\n`);
    expect(found.map((a) => a.text)).toEqual(['Der Vorsitzende übernimmt die Einladung zur Mitgliederversammlung.']);
  });
});

describe('names coordinated before a subject share its task', () => {
  it('gives a Swedish task to both names where no list of those present vouches for the first', () => {
    const text = '# Styrelsemöte Båtklubben Vågen 3 mars 2025\n\n## Bryggan\n\nLina och Bosse kontaktar Grönt AB.\n';
    expect(actions(text)).toEqual([{ owners: ['Lina', 'Bosse'], text: 'Lina och Bosse kontaktar Grönt AB.' }]);
  });

  it('joins a participant before a comma, in Dutch', () => {
    const text = '# Dorpsraad Veldhoven-Noord 3 maart 2025\n\nAanwezig: Wim Smit, Nora Bakker\n\n## Uitnodigingen\n\n- Buurtfeest Westend op 5 april Wim, Nora gaan erheen.\n';
    expect(actions(text).map((a) => a.owners)).toEqual([['Wim Smit', 'Nora Bakker']]);
  });

  it('joins no word the minutes write in lower case', () => {
    const text = '# Board meeting 3 March 2025\n\n## Summer fair\n\nThe catering was fine last year.\n\nCatering and Bosse will bring the cake.\n';
    expect(actions(text).map((a) => a.owners)).toEqual([['Bosse']]);
  });
});
