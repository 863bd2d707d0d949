import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const people = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.roles, p.organization]);
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('an office held before is no office now', () => {
  it('reads a former chair in English as a member with no role and no organisation', () => {
    const text = 'Committee meeting 4 March 2026\n\nPresent: Ruth Hale (former chair), Tom Pike (chair), Ada Moss (past president)\n\n1. Apologies\nNone.\n';
    expect(people(text)).toEqual([
      ['Ruth Hale', [], null],
      ['Tom Pike', ['chair'], null],
      ['Ada Moss', [], null],
    ]);
  });

  it('reads formerly and früher before an office', () => {
    expect(people('Committee meeting 4 March 2026\n\nPresent: Ruth Hale (formerly treasurer), Tom Pike (treasurer)\n\n1. Apologies\nNone.\n').map(([, roles]) => roles)).toEqual([[], ['treasurer']]);
    expect(people('Vorstandssitzung 4.3.2026\n\nAnwesend: Uwe Roth (früher Vorsitzender), Lea Funk (Vorsitzende)\n\nTOP 1 Begrüßung\n').map(([, roles]) => roles)).toEqual([[], ['chair']]);
  });

  it('keeps every name of a list with a shortened office before a name', () => {
    const text = 'Committee meeting 4 March 2026\n\nPresent: Ruth Hale (chair), past pres. Ned Vale, Ada Moss (secretary)\n\n1. Apologies\nNone.\n';
    expect(people(text).map(([name]) => name)).toEqual(['Ruth Hale', 'Ned Vale', 'Ada Moss']);
  });

  it('reads ehem., f.d., entinen and oud- before an office', () => {
    expect(people('Vorstandssitzung 4.3.2026\n\nAnwesend: Uwe Roth (ehem. Vorsitzender), Lea Funk (Vorsitzende)\n\nTOP 1 Begrüßung\n')).toEqual([
      ['Uwe Roth', [], null],
      ['Lea Funk', ['chair'], null],
    ]);
    expect(people('Styrelsemöte 2026-03-04\n\nNärvarande: Per Lund (f.d. ordförande), Eva Sjö (ordförande)\n\n§ 1 Mötet öppnas\n')).toEqual([
      ['Per Lund', [], null],
      ['Eva Sjö', ['chair'], null],
    ]);
    expect(people('Hallituksen kokous 4.3.2026\n\nLäsnä: Ville Koski (entinen puheenjohtaja), Aino Salo (puheenjohtaja)\n\n1. Kokouksen avaus\n')).toEqual([
      ['Ville Koski', [], null],
      ['Aino Salo', ['chair'], null],
    ]);
    expect(people('Bestuursvergadering 4 maart 2026\n\nAanwezig: Piet Vos (oud-voorzitter), Jan Smit (voorzitter)\n\n1. Opening\n')).toEqual([
      ['Piet Vos', [], null],
      ['Jan Smit', ['chair'], null],
    ]);
  });
});

describe('an agreement about what has been is a judgement, not a decision', () => {
  it('reads no decision in English or Swedish when the agreed clause holds `been`/`varit`', () => {
    expect(decisions('# Board meeting 4 March 2026\n\n## 1. Summer fair\n\nMembers agreed that the fair had been a success. It was agreed that the next fair will be held in June.\n')).toEqual([
      'It was agreed that the next fair will be held in June.',
    ]);
    expect(decisions('# Styrelsemöte 2026-03-04\n\n## 1. Sommarfesten\n\nMedlemmarna var överens om att festen varit lyckad.\n\nVi var överens om att nästa fest hålls i juni.\n')).toEqual([
      'Vi var överens om att nästa fest hålls i juni.',
    ]);
  });

  it('keeps the decision when `been` stands outside the agreed clause', () => {
    expect(decisions('# Board meeting 4 March 2026\n\n## 1. Summer fair\n\nAs the fair had been a success, it was agreed that it be repeated next year.\n')).toEqual([
      'As the fair had been a success, it was agreed that it be repeated next year.',
    ]);
  });
});

describe('a marker that opens a later line of a list point starts a statement of its own', () => {
  const read = (text: string) => {
    const meeting = parseMinutes(text);
    return { decisions: meeting.decisions.map((d) => d.text), actions: meeting.actions.map((a) => [a.owners, a.text]) };
  };

  it('reads the decision and the task under the point’s notes', () => {
    const text = '# Team sync 4 March 2026\n\nPresent: Tom Reed, Ann Lee\n\n- Flaky tests fail on one in ten runs. Tom thinks it is the mock.\n  Decision: quarantine the spec until fixed.\n  ACTION: Ann files an issue.\n- Release notes are late again.\n';
    expect(read(text)).toEqual({
      decisions: ['Decision: quarantine the spec until fixed.'],
      actions: [[['Ann Lee'], 'ACTION: Ann files an issue.']],
    });
  });

  it('reads a German Beschluss on the second line of a point', () => {
    const text = '# Teamtreffen 4.3.2026\n\n* Deployment am Freitag ging schief, Rollback nach 20 Minuten.\n  Beschluss: keine Deployments mehr freitags nach 14 Uhr.\n';
    expect(read(text).decisions).toEqual(['Beschluss: keine Deployments mehr freitags nach 14 Uhr.']);
  });

  it('leaves a point whose later line merely holds the word alone', () => {
    const text = '# Team sync 4 March 2026\n\n- We talked about the decision process\n  and how the board reviews it.\n';
    expect(read(text).decisions).toEqual([]);
  });
});

describe('where the meeting was held, on a line above the date', () => {
  const where = (text: string) => parseMinutes(text).location;

  it('reads `Held at:` as the place label, and a sentence of holding up to its line', () => {
    expect(where('# Trustees meeting\n\nHeld at: St Anne Church Hall, Quay Road\nDate: Wednesday 16 July 2025\n\n## 1. Welcome\n\nText.\n')).toBe('St Anne Church Hall, Quay Road');
    expect(where('# Trustees meeting\n\nThe meeting was held at St Anne Church Hall, Portlow\nDate: Wednesday 16 July 2025\n\n## 1. Welcome\n\nText.\n')).toBe('St Anne Church Hall, Portlow');
  });
});

describe('officers named by the labels and phrases of informal minutes', () => {
  const officers = (text: string) => {
    const meeting = parseMinutes(`${text}\n\n## 1. Opening\n\nText here.\n`);
    const holder = (role: string) => meeting.participants.filter((p) => p.roles.includes(role)).map((p) => p.name);
    return { chair: holder('chair'), secretary: holder('secretary') };
  };

  it('reads Chairing:, Muistion kirjoitti:, Notizen:, notities: and sihteerinä after ja', () => {
    expect(officers('# Committee meeting 4 March 2026\n\nChairing: Clare Whitlock\nPresent: Clare Whitlock, Bob Cole').chair).toEqual(['Clare Whitlock']);
    expect(officers('Palaveri 4.3.2026\n\nPaikalla: Sami, Katja, Noora\nMuistion kirjoitti: Noora').secretary).toEqual(['Noora']);
    expect(officers('Hallituksen kokous 4.3.2026\n\nLäsnä: Aino Lehto, Elina Saarinen\nPuheenjohtajana toimi Aino Lehto ja sihteerinä Elina Saarinen.')).toEqual({ chair: ['Aino Lehto'], secretary: ['Elina Saarinen'] });
    expect(officers('# Plenum 4.3.2026\n\nAnwesend: Anna, Ben, Carla\n**Notizen:** Ben').secretary).toEqual(['Ben']);
    expect(officers('# Overleg 4 maart 2026\n\nAanwezig: Wendy, Joost, Kim\nnotities: Wendy').secretary).toEqual(['Wendy']);
  });

  it('reads two offices parted by a slash, and vetäjä and kirjaaja in parentheses', () => {
    expect(officers('# Bestuursvergadering 4 maart 2026\n\nAanwezig: Jan Smit (voorzitter), Els de Vries (secretaris/notulist), Kim Bos')).toEqual({ chair: ['Jan Smit'], secretary: ['Els de Vries'] });
    expect(officers('Kokous 4.3.2026\n\nLäsnä: Aino Lehto (vetäjä), Eero Ek (kirjaaja), Pia Salo')).toEqual({ chair: ['Aino Lehto'], secretary: ['Eero Ek'] });
  });

  it('keeps a Notizen: label with notes, not a name, from the officers', () => {
    expect(officers('# Plenum 4.3.2026\n\nAnwesend: Anna, Ben, Carla\n\nNotizen: Die Sitzung war gut besucht.')).toEqual({ chair: [], secretary: [] });
  });
});
