import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const read = (text: string) => {
  const meeting = parseMinutes(text);
  return { decisions: meeting.decisions.map((d) => d.text), actions: meeting.actions.map((a) => a.text) };
};

describe('a task passive in what someone tells, or in a question weighed, is no task', () => {
  it('reads no task in Swedish news passed on or a question discussed', () => {
    const text = [
      '# Styrelsemöte 2026-03-04', '', '## 1. Fastigheten', '',
      'Karl Berg påpekade att staketet vid parkeringen behöver ses över.',
      'Lisa berättade att gården ska rustas upp av kommunen i vår.',
      'Styrelsen diskuterade om fasaden ska målas i år eller nästa år.',
      'Ett anslag om städdagen ska sättas upp i trapphuset.', '',
    ].join('\n');
    expect(read(text).actions).toEqual(['Ett anslag om städdagen ska sättas upp i trapphuset.']);
  });

  it('reads no task in Dutch and English news passed on', () => {
    expect(read('# Bestuursvergadering 4 maart 2026\n\n## 1. Gebouw\n\nDe voorzitter meldt dat het dak in 2027 moet worden vervangen.\n').actions).toEqual([]);
    expect(read('# Board meeting 4 March 2026\n\n## 1. Hall\n\nThe clerk said that the fence is to be repaired by the council.\n').actions).toEqual([]);
  });
});

describe('what the group decided, in Swedish and under its formula alone', () => {
  it('reads `bestämde att` as a decision of the body', () => {
    expect(read('# Årsmöte 2026-03-04\n\n## 3. Överskottet\n\nFöreningen bestämde att skänka överskottet till biblioteket.\n').decisions).toEqual([
      'Föreningen bestämde att skänka överskottet till biblioteket.',
    ]);
  });

  it('reads each clause under `Vi bestämde` without a colon as a decision of its own', () => {
    const text = '# Projektmöte 2026-03-04\n\nVi pratade om lanseringen.\n\nVi bestämde\n- Vi lanserar appen i vecka tre i januari.\n- Betalningar via kort kommer i första versionen.\n\nAtt göra\n- Ada bokar testpersoner\n';
    expect(read(text).decisions).toEqual([
      'Vi bestämde: Vi lanserar appen i vecka tre i januari',
      'Vi bestämde: Betalningar via kort kommer i första versionen',
    ]);
  });

  it('keeps short entries under `We agreed:` one decision, its details', () => {
    expect(read('# Team meeting 4 March 2026\n\nWe agreed:\n\n- release on Friday\n- no new features\n').decisions).toEqual(['We agreed: release on Friday; no new features']);
  });
});

describe('a matter put off to a later meeting, a mandate and a quorum reached', () => {
  const decided = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

  it('reads German and Finnish postponements to a meeting, not to a month', () => {
    const de = '# Vorstandssitzung am 4.3.2026\n\nAnwesend: Anna Roth, Uwe Kern\n\n## TOP 5 Satzung\n\nDer Punkt wird auf die Mitgliederversammlung im Januar verschoben.\n\nDas Sommerfest wurde auf Juni verschoben.\n';
    expect(decided(de)).toEqual(['Der Punkt wird auf die Mitgliederversammlung im Januar verschoben.']);
    const fi = 'Hallituksen kokous 4.3.2026\n\nLäsnä: Aino Lehto, Eero Ek\n\n5. Sääntömuutos\n\nAsia siirrettiin syyskokoukseen.\n\nJuhla siirrettiin kesäkuulle.\n';
    expect(decided(fi)).toEqual(['Asia siirrettiin syyskokoukseen.']);
  });

  it('reads a Finnish mandate and a Dutch quorum reached', () => {
    expect(decided('Hallituksen kokous 4.3.2026\n\nLäsnä: Aino Lehto, Eero Ek\n\n5. Kaavoitus\n\nHallitus valtuutettiin tekemään aloite kunnalle.\n')).toEqual(['Hallitus valtuutettiin tekemään aloite kunnalle.']);
    expect(decided('# Ledenvergadering 4 maart 2026\n\nAanwezig: Jan Smit, Els de Vries\n\n## 1. Opening\n\nHet quorum is behaald.\n')).toEqual(['Het quorum is behaald.']);
  });
});
