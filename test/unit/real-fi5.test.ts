import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Finnish minutes of kinds the corpus had not seen (village and parents'
 * associations, user groups, scout districts, student union councils, regional government). Every
 * example here is written for the test, none copied.
 */

const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name);

describe('a numbered attendance list whose entry goes on with an unnumbered line', () => {
  const text = [
    'Edustajiston kokous 2/2025',
    '',
    'Läsnä:',
    '1.    Aalto Eino, jäsen',
    '2.    Berg Liisa, jäsen    poissa',
    'Carlsson Mika, varajäsen',
    '3.    Dahl Outi, jäsen',
    '4.    Eskola Pia, varajäsen (puheenjohtaja)',
    'Heikki Forsman (sihteeri)',
    '',
  ].join('\n');

  it('reads the numbered entries after a deputy written on the next line as the same list', () => {
    expect(present(text)).toEqual(['Aalto Eino', 'Carlsson Mika', 'Dahl Outi', 'Eskola Pia', 'Heikki Forsman']);
  });

  it('takes the roles in parentheses of the entries after the break', () => {
    const meeting = parseMinutes(text);
    expect(meeting.participants.find((p) => p.roles.includes('chair'))?.name).toBe('Eskola Pia');
    expect(meeting.participants.find((p) => p.roles.includes('secretary'))?.name).toBe('Heikki Forsman');
  });

  it('still stops at a numbered list that follows a bulleted list of names', () => {
    const bulleted = 'Hallituksen kokous 3/2025\n\nLäsnä:\n- Eino Aalto\n- Liisa Berg\n\n1. Kokouksen avaus\n2. Esityslistan hyväksyminen\n';
    expect(present(bulleted)).toEqual(['Eino Aalto', 'Liisa Berg']);
  });
});

describe('`Klo:` labels the time of the meeting, as `Kello:` does', () => {
  it('reads the start and end of `Klo: 18.05–20.30` under a date label', () => {
    const meeting = parseMinutes('Kerhon kokous\n\n- Pvm: 12.2.2025\n- Klo: 18.05-20.30\n- Paikka: kerhohuone\n\n1. Avaus\n');
    expect([meeting.date, meeting.startTime, meeting.endTime]).toEqual(['2025-02-12', '18:05', '20:30']);
  });

  it('keeps the time of the header over a later sentence that opens with `klo`', () => {
    const meeting = parseMinutes('Kerhon kokous\n\nAika: 12.2.2025 klo 18.00\n\n1. Avaus\n\nKlo 21 alkaen sauna on varattu kerholle.\n');
    expect(meeting.startTime).toBe('18:00');
  });
});

describe('an item number whose dot touches the title (`2.Laillisuuden toteaminen`)', () => {
  const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

  it('reads `1.Avaus` lines as numbered items', () => {
    const text = 'Kyläyhdistyksen hallituksen kokous 4.3.2025\n\n1.Kokouksen avaus\n\nAvattiin kokous klo 18.\n\n2.Laillisuuden toteaminen\n\nTodettiin kokous lailliseksi.\n\n3.Muut asiat\n\nEi muita asioita.\n';
    expect(agenda(text)).toEqual([['1', 'Kokouksen avaus'], ['2', 'Laillisuuden toteaminen'], ['3', 'Muut asiat']]);
  });

  it('leaves a floor or a date written without a blank alone', () => {
    const text = 'Kyläyhdistyksen hallituksen kokous\n\n2.krs kokoushuone on varattu.\n\n12.3.Seuraava kokous pidetään kylätalolla.\n';
    expect(agenda(text)).toEqual([]);
  });
});

describe('the office leads its name when the meeting chooses its officers (Finnish translative)', () => {
  const roles = (text: string) => parseMinutes(text).participants.filter((p) => p.roles.length > 0).map((p) => [p.name, p.roles.join('+')]);

  it('reads `Valittiin puheenjohtajaksi X, sihteeriksi Y` with the verb first', () => {
    const text = 'Yhdistyksen kevätkokous 2025\n\n2. Järjestäytyminen\n\nValittiin puheenjohtajaksi Matti Virta, sihteeriksi Aino Lehto.\n';
    expect(roles(text)).toEqual([['Matti Virta', 'chair'], ['Aino Lehto', 'secretary']]);
  });

  it('reads the entries under a lead `Valittiin kokoukselle:`', () => {
    const text = 'Yhdistyksen kevätkokous 2025\n\n2. Järjestäytyminen\n\nValittiin kokoukselle:\n\n- puheenjohtajaksi Matti Virta\n- sihteeriksi Aino Lehto\n- pöytäkirjantarkastajiksi Eero Salo ja Pia Koski\n';
    expect(roles(text)).toEqual([['Matti Virta', 'chair'], ['Aino Lehto', 'secretary'], ['Eero Salo', 'checker'], ['Pia Koski', 'checker']]);
  });

  it('does not take the chair of the board chosen for the year as the chair of the meeting', () => {
    const text = 'Yhdistyksen vuosikokous 2025\n\nLäsnä: Matti Virta, Aino Lehto, Eero Salo\n\n5. Vaalit\n\nValittiin hallituksen puheenjohtajaksi Eero Salo.\n';
    expect(roles(text)).toEqual([]);
  });

  it('does not read entries that start with an office under a lead that chooses nobody', () => {
    const text = 'Yhdistyksen kevätkokous 2025\n\nEhdokkaat:\n\n- puheenjohtajaksi Matti Virta\n- sihteeriksi Aino Lehto\n';
    expect(roles(text)).toEqual([]);
  });
});

describe('`Todettiin` of the votes represented is the finding of the meeting, as its legality is', () => {
  const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

  it('takes `Todettiin kokouksessa olevan edustettuna 12 ääntä` as decided', () => {
    const text = 'Piirin syyskokous 2025\n\n4. Osallistujien toteaminen\n\nValtakirjoja oli kolme. Todettiin kokouksessa olevan edustettuna 12 ääntä.\n';
    expect(decisions(text)).toEqual(['Todettiin kokouksessa olevan edustettuna 12 ääntä.']);
  });

  it('leaves any other `Todettiin` a remark', () => {
    const text = 'Piirin syyskokous 2025\n\n7. Muut asiat\n\nTodettiin, että kahvinkeitin on rikki.\n';
    expect(decisions(text)).toEqual([]);
  });
});

describe('a numbered decision label closed by its dot (`Päätös 2. ...`)', () => {
  const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

  it('takes each numbered `Päätös N.` paragraph as a decision', () => {
    const text = 'Hallituksen kokous 3/2025\n\n4. Kesäjuhla\n\nPäätös 1. Juhla pidetään kylätalolla.\n\nPäätös 2. Arpajaisten voitot hankitaan lahjoituksina.\n';
    expect(decisions(text)).toHaveLength(2);
  });

  it('leaves a day of the month after the word alone (`Päätös 15. joulukuuta ...`)', () => {
    const text = 'Hallituksen kokous 3/2025\n\n4. Kesäjuhla\n\nPäätös 15. joulukuuta jäi lopulta tekemättä.\n';
    expect(decisions(text)).toEqual([]);
  });
});

describe('the list of those present after the sentence that opened the meeting, on one line', () => {
  const text = 'Kyläyhdistyksen hallituksen kokous 4.3.2025\n\n1. Läsnäolijat ja kokouksen avaus\n\nAvattiin kokous klo 18.04. Aino Aalto, Pekka Berg, Sari Kallio, Sari Salo ja Liisa Niemi\n\n2. Talkoot\n\nSari S. lupasi hankkia haravat. Pekka tuo kottikärryt.\n';

  it('reads a sentence of only full names as the attendance', () => {
    expect(present(text)).toEqual(['Aino Aalto', 'Pekka Berg', 'Sari Kallio', 'Sari Salo', 'Liisa Niemi']);
  });

  it('leaves a sentence that does something with names alone', () => {
    const other = 'Kyläyhdistyksen hallituksen kokous 4.3.2025\n\nAvattiin kokous klo 18.04. Kiitettiin Aino Aaltoa, Pekka Bergiä ja Liisa Niemeä talkoista.\n';
    expect(present(other)).toEqual([]);
  });
});

describe('a first name with the initial of the surname names one of two people of that first name', () => {
  const owners = (text: string) => parseMinutes(text).actions.map((a) => a.owners);
  const roster = 'Kyläyhdistyksen hallituksen kokous 4.3.2025\n\nLäsnä: Aino Aalto, Sari Kallio, Sari Salo, Sanna Saari\n\n2. Talkoot\n\n';

  it('gives `Sari S.` to Sari Salo and `Sari K.` to Sari Kallio', () => {
    expect(owners(`${roster}Sari S. lupasi hankkia haravat.\n\nSari K. tuo kottikärryt.\n`)).toEqual([['Sari Salo'], ['Sari Kallio']]);
  });

  it('names nobody by an initial two people share', () => {
    const shared = 'Kyläyhdistyksen hallituksen kokous 4.3.2025\n\nLäsnä: Sari Saari, Sari Salo\n\n2. Talkoot\n\nSari S. lupasi hankkia haravat.\n';
    expect(owners(shared).flat()).not.toContain('Sari Salo');
    expect(owners(shared).flat()).not.toContain('Sari Saari');
  });
});

describe('a pasted list keeps a level as one blank more (`• Osallistujat:` / `  • Aino Aalto`)', () => {
  it('reads the entries written further right than a label entry as its value', () => {
    const text = 'Käyttäjäryhmän kokouksen pöytäkirja 19.1.2025\n\n • Pvm: 19.1.2025\n • Osallistujat:\n  • Aino Aalto (pj)\n  • Pekka Berg\n  • Liisa Niemi\n\nVerkkosivut\n\nPekka päivittää sivut ensi viikolla.\n';
    const meeting = parseMinutes(text);
    expect(present(text)).toEqual(['Aino Aalto', 'Pekka Berg', 'Liisa Niemi']);
    expect(meeting.actions.map((a) => a.owners)).toEqual([['Pekka Berg']]);
  });

  it('leaves entries at the label entry\'s own place alone', () => {
    const text = 'Käyttäjäryhmän kokouksen pöytäkirja 19.1.2025\n\n • Pvm: 19.1.2025\n • Osallistujat:\n • Kahvi ja pulla\n • Esitelmä\n';
    expect(present(text)).toEqual([]);
  });
});

describe('`viim.` (viimeistään) is an abbreviation, not the end of a sentence', () => {
  it('keeps a task with its deadline written `viim. 15. pvä (Kaisa kokoaa)` whole', () => {
    const text = 'Viikkopalaveri 5.5.2025\n\nOsallistujat: Matti, Kaisa ja Tarja\n\nTalousseuranta\n\nEdellisen kuukauden talousseuranta viim. 15. pvä (Kaisa kokoaa)\n';
    const actions = parseMinutes(text).actions;
    expect(actions.map((a) => [a.owners, a.text])).toEqual([[['Kaisa'], 'Edellisen kuukauden talousseuranta viim. 15. pvä (Kaisa kokoaa)']]);
  });
});

describe('the officers under a lead of choosing are one decision each', () => {
  const decisions = (text: string) => parseMinutes(text).decisions.map((d) => [d.text, d.cue.words]);

  it('gives `Valittiin kokoukselle:` with its office entries a decision per entry', () => {
    const text = 'Yhdistyksen kevätkokous 2025\n\n2. Järjestäytyminen\n\nValittiin kokoukselle:\n\n- puheenjohtajaksi Matti Virta\n- sihteeriksi Aino Lehto\n';
    expect(decisions(text)).toEqual([
      ['Valittiin kokoukselle puheenjohtajaksi Matti Virta', 'Valittiin'],
      ['Valittiin kokoukselle sihteeriksi Aino Lehto', 'Valittiin'],
    ]);
  });

  it('keeps a lead of choosing over a list of bare names one decision', () => {
    const text = 'Yhdistyksen kevätkokous 2025\n\n6. Vaalit\n\nValittiin juhlatoimikuntaan:\n\n- Matti Virta\n- Aino Lehto\n';
    expect(decisions(text)).toHaveLength(1);
  });
});

describe('only the sentence that announces a list can make its entries tasks', () => {
  const actions = (text: string) => parseMinutes(text).actions.map((a) => a.text);

  it('reads no tasks from a list announced after a sentence that merely names a task', () => {
    const text = 'Hallituksen kokous 4/2025\n\n8. Tavoitteet\n\nTärkeimmäksi tehtäväksi katsottiin jäsenkokouksen järjestäminen. Keskusteluissa tuodaan esiin seuraavaa:\n\n- edellisessä kokouksessa ei saatu uutta hallitusta\n- vastuuhenkilöt ovat olleet pitkään samoja\n';
    expect(actions(text)).toEqual([]);
  });

  it('still reads the entries under a sentence that announces tasks', () => {
    const text = 'Hallituksen kokous 4/2025\n\n8. Tavoitteet\n\nKeskusteltiin syksystä. Sovittiin seuraavat tehtävät:\n\n- kutsun lähettäminen jäsenille\n- salin varaaminen\n';
    expect(actions(text)).toHaveLength(2);
  });
});

describe('one section of a municipal record published on its own (`§ 198` over its title)', () => {
  const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);
  const title = 'Yhteistoimintaneuvottelujen tuloksen hyväksyminen osana vuoden 2026 talousarvion valmistelua ja talouden tasapainotusta';

  it('reads the lone bare section and its long title as the item', () => {
    const text = `Aluehallitus\n\nAluehallitus 4.12.2025 § 198\n\n§ 198\n\n${title}\n\nPäätös\n\nAluehallitus hyväksyi päätösehdotuksen yksimielisesti.\n`;
    expect(agenda(text)).toEqual([['198', title]]);
  });

  it('takes no item from a section mark inside a sentence', () => {
    const text = 'Aluehallitus\n\nAsia käsiteltiin hallintosäännön § 12 mukaisesti.\n\nPäätös\n\nAluehallitus hyväksyi esityksen.\n';
    expect(agenda(text)).toEqual([]);
  });
});
