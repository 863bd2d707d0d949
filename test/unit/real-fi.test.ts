import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Finnish minutes from sources the corpus has never seen (issue #12):
 * association boards and annual meetings, student unions, municipal and regional bodies, software
 * project client meetings. Every example sentence here is written for the test, none copied.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('a municipal item: `Päätös` alone on its line over what was decided', () => {
  it('takes the paragraph after a plain `Päätös` line as decided, with no colon or bold', () => {
    const text = 'Ympäristölautakunta 3/2025\n\n§ 4 Talousarvio\n\nPäätös\nLautakunnan talousarvioon lisätään varaus kalustolle.\n';
    expect(decisions(text)).toEqual(['Lautakunnan talousarvioon lisätään varaus kalustolle.']);
  });

  it('reads `Päätös` followed by the deciding body (`Päätös Ympäristölautakunta`) as the same label', () => {
    const text = 'Ympäristölautakunta 3/2025\n\n§ 5 Retki\n\nPäätös Ympäristölautakunta\n\nKevään retki tehdään Nuuksioon.\n';
    expect(decisions(text)).toEqual(['Kevään retki tehdään Nuuksioon.']);
  });

  it('leaves a `Päätös` line followed by other words, or inside a sentence, alone', () => {
    const text = 'Ympäristölautakunta 3/2025\n\nPäätös retken paikasta jäi seuraavaan kokoukseen\nkoska hinnat puuttuivat.\n';
    expect(decisions(text)).toEqual([]);
  });
});

describe('a body named by a compound decides in the past tense, not in the present', () => {
  it('takes `Aluehallitus hyväksyi` and `Edustajisto päätti` as decisions', () => {
    const text = 'Kokous 2/2024\n\nAluehallitus hyväksyi talousarvion muutokset.\n\nEdustajisto päätti siirtää vaalit syksyyn.\n';
    expect(decisions(text)).toEqual(['Aluehallitus hyväksyi talousarvion muutokset.', 'Edustajisto päätti siirtää vaalit syksyyn.']);
  });

  it('reads a body with a present-tense verb as a proposal or a competence, not a decision', () => {
    const text = 'Kokous 2/2024\n\nPäätösehdotus Sivistysjohtaja\n\nSivistyslautakunta päättää\n\nKirjaston aukioloa pidennetään, kun valtuusto päättää lisämäärärahasta.\n';
    expect(decisions(text)).toEqual([]);
  });
});

describe('the agenda wording of the legality item is no decision; its finding is', () => {
  it('leaves `Todetaan kokouksen laillisuus ja päätösvaltaisuus` (the item as the rules word it) out', () => {
    expect(decisions('Hallituksen kokous 4/2024\n\nTodetaan kokouksen laillisuus ja päätösvaltaisuus.\n')).toEqual([]);
  });

  it('takes `Todetaan kokous lailliseksi ja päätösvaltaiseksi` (the finding, in the translative) as decided', () => {
    expect(decisions('Hallituksen kokous 4/2024\n\nTodetaan kokous lailliseksi ja päätösvaltaiseksi.\n')).toEqual(['Todetaan kokous lailliseksi ja päätösvaltaiseksi.']);
  });
});

const roles = (text: string) =>
  parseMinutes(text)
    .participants.filter((p) => p.roles.includes('chair') || p.roles.includes('secretary'))
    .map((p) => ({ name: p.name, roles: p.roles.filter((r) => r === 'chair' || r === 'secretary') }));

describe('the meeting officers elected in one sentence, in the translative', () => {
  const head = 'Kyläyhdistyksen vuosikokous 12.3.2025\n\nLäsnä: Aino Lehto, Eero Salmi, Kaisa Vuori, Olli Pelto\n\n';

  it('gives both roles of `puheenjohtajaksi valittiin X ja sihteeriksi Y`, the second with its verb left out', () => {
    const text = `${head}Kokouksen puheenjohtajaksi valittiin Eero Salmi ja sihteeriksi Kaisa Vuori.\n`;
    expect(roles(text)).toEqual([{ name: 'Eero Salmi', roles: ['chair'] }, { name: 'Kaisa Vuori', roles: ['secretary'] }]);
  });

  it('reads `Valittiin X kokouksen sihteeriksi` without taking the verb for a first name', () => {
    const text = `${head}Valittiin Olli Pelto kokouksen sihteeriksi ja Aino Lehto pöytäkirjantarkastajaksi.\n`;
    expect(roles(text)).toEqual([{ name: 'Olli Pelto', roles: ['secretary'] }]);
  });

  it('passes by how the meeting chose (`yksimielisesti`) to the name after it', () => {
    const text = `${head}Kokouksen tilapäiseksi puheenjohtajaksi valittiin yksimielisesti Aino Lehto.\n`;
    expect(roles(text)).toEqual([{ name: 'Aino Lehto', roles: ['chair'] }]);
  });
});

describe('an absentee holds no role of the meeting', () => {
  it('gives the secretary to the one elected, not to the board secretary listed as absent', () => {
    const text = 'Hallituksen kokous 5/2025\n\nPaikalla: Aino Lehto (pj), Eero Salmi, Kaisa Vuori\nPoissa: Olli Pelto (sihteeri)\n\n1. Järjestäytyminen\nValittiin Kaisa Vuori kokouksen sihteeriksi.\n';
    expect(roles(text)).toEqual([{ name: 'Aino Lehto', roles: ['chair'] }, { name: 'Kaisa Vuori', roles: ['secretary'] }]);
  });

  it('leaves the secretary empty rather than give it to an absentee', () => {
    const text = 'Hallituksen kokous 5/2025\n\nPaikalla: Aino Lehto (pj), Eero Salmi\nPoissa: Olli Pelto (sihteeri)\n';
    expect(roles(text)).toEqual([{ name: 'Aino Lehto', roles: ['chair'] }]);
  });
});

const owners = (text: string) => parseMinutes(text).actions.map((a) => a.owners);

describe('no owner is made of words that name no person', () => {
  it('reads a capitalised list joined by a hyphen to a noun (`Iloinen, Surullinen, Vihainen -tekniikkaa`) as a compound, no subject', () => {
    const text = '# Retro 3\n\nRetrossa käsiteltiin sprintin kulkua Iloinen, Surullinen, Vihainen -tekniikkaa soveltamalla.\n';
    expect(parseMinutes(text).actions).toEqual([]);
  });

  it('reads a capitalised word after a comma as more of a list, not as the verb of the names before it', () => {
    const text = '# Retro 3\n\nToisessa retrossa kokeiltiin Aloita, Lopeta, Jatka, Lisää, Vähemmän -taulua.\n';
    expect(parseMinutes(text).actions).toEqual([]);
  });

  it('reads a compound with a capitalised first part (`Discord-botti`) as a thing, not a person', () => {
    const text = '# Palaveri 12.5.\n\nToiveena on, että Discord-botti lähettää muistutuksen aamulla.\n';
    expect(owners(text).flat()).toEqual([]);
  });

  it('never takes a heading that names tasks (`Kehitystoimenpiteet`) for the person the tasks under it belong to', () => {
    const text = '# Retro 4\n\n## Sprintti 1\n\n### Kehitystoimenpiteet\n\nEsiin nousi asioita, joihin sovittiin kehitystoimenpiteitä:\n- **Pull requestit**: Jokainen PR katselmoidaan.\n\n## Sprintti 2\n\n### Kehitystoimenpiteet\n\nTyötapoihin esitettiin useita kehitystoimenpiteitä:\n- Kaaviosta tehdään uusi versio.\n- Dailyt pidetään aamulla.\n';
    expect(owners(text)).toEqual([[], [], []]);
  });

  it('still reads a double name, capitalised after its hyphen, as a person', () => {
    const text = '# Palaveri 12.5.\n\nToiveena on, että Anna-Liisa lähettää muistutuksen aamulla.\n';
    expect(owners(text)).toEqual([['Anna-Liisa']]);
  });
});

describe('the formulas of a Finnish annual meeting', () => {
  it('takes `Määrättiin` (a fee or sum set by the meeting) as decided', () => {
    expect(decisions('Jäsenkokous 2/2025\n\nMäärättiin jäsenmaksuksi 15 euroa vuodessa.\n')).toEqual(['Määrättiin jäsenmaksuksi 15 euroa vuodessa.']);
  });
});

describe('a heading of tasks for a time to come', () => {
  const actions = (text: string) => parseMinutes(text).actions.map((a) => a.text);

  it('reads the list under `Seuraavan sprintin tehtävät` (tasks of the next sprint) as actions', () => {
    const text = '# Asiakastapaaminen 5\n\nKäytiin läpi demo.\n\n## Seuraavan sprintin tehtävät\n- Loki sovellukseen.\n- Testit kuntoon.\n';
    expect(actions(text)).toEqual(['Loki sovellukseen.', 'Testit kuntoon.']);
  });

  it('leaves the tasks of a time gone (`Edellisen sprintin tehtävät`) a report', () => {
    const text = '# Asiakastapaaminen 5\n\nKäytiin läpi demo.\n\n## Edellisen sprintin tehtävät\n- Kirjautumissivu.\n- Hakutoiminto.\n';
    expect(actions(text)).toEqual([]);
  });
});

describe('what can be done is no task', () => {
  it('reads a sentence that opens with `Voidaan` (one may) as a remark, not a task', () => {
    const text = '# Sprintin katselmointi\n\nVoidaan olla tyytyväisiä demoon.\n\nLuodaan testikäyttäjät perjantaina.\n';
    expect(parseMinutes(text).actions.map((a) => a.text)).toEqual(['Luodaan testikäyttäjät perjantaina.']);
  });
});

describe('the place after the date in a title line', () => {
  it('reads `paikkana X` (as its place: X) after the date as the place, and leaves it out of the title', () => {
    const m = parseMinutes('Hallituksen kokous 14.2.2025 klo 18, paikkana seuran maja\n\nLäsnä: Aino Lehto, Eero Salmi\n');
    expect({ title: m.title, location: m.location }).toEqual({ title: 'Hallituksen kokous', location: 'seuran maja' });
  });
});
