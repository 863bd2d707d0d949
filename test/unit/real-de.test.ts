import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real German minutes from public repositories (associations, student
 * councils, a parish support club, student software teams, a free-software group). Every example
 * here is written for the test, in the layout those minutes use, not copied from them.
 */

const people = (text: string) => parseMinutes(text).participants.map((p) => p.name);
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('a numbered list after a section of names', () => {
  const text = '# Vorstandssitzung 2024-03-07\n\n## Teilnehmende\n\n- Karla Menge\n- Otto Brandt\n\nDer Vorstand ist beschlussfähig.\n\n1. Protokolle:\n\n    Das Protokoll der letzten Sitzung wird angenommen.\n\n2. Kasse\n    - Kontostand: 120 €\n';

  it('ends the names: the numbered items are what the meeting went through, not more people', () => {
    expect(people(text)).toEqual(['Karla Menge', 'Otto Brandt']);
  });

  it('leaves the sentences inside the numbered items to be read, so their decisions are found', () => {
    // The quorum stated after the names is the body's first finding (see real-de6.test.ts), a decision as LABELS.md counts it.
    expect(decisions(text)).toEqual(['Der Vorstand ist beschlussfähig.', 'Das Protokoll der letzten Sitzung wird angenommen.']);
  });

  it('still reads a numbered list of names that starts the section', () => {
    expect(people('## Anwesend\n\n1. Karla Menge\n2. Otto Brandt\n\n## 1. Begrüßung\n\nKarla begrüßt alle.\n')).toEqual(['Karla Menge', 'Otto Brandt']);
  });
});

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));
const board = '# Vorstandssitzung 2024-03-07\n\nAnwesend: Karla Menge, Otto Brandt, Jonas Weber\n\n## 1. Kasse\n\n';

describe('volunteering and promising hand out work', () => {
  it('takes `X erklärt sich bereit, ... zu` as X\'s task, with a word between the verb and `bereit`', () => {
    expect(actions(`${board}Otto erklärt sich bereit, die Belege zu sammeln.\n\nKarla erklärt sich hierbei bereit, neue Angebote einzuholen.\n`)).toEqual([
      { owners: ['Otto Brandt'], text: 'Otto erklärt sich bereit, die Belege zu sammeln.' },
      { owners: ['Karla Menge'], text: 'Karla erklärt sich hierbei bereit, neue Angebote einzuholen.' },
    ]);
  });

  it('takes `X sagt zu, ...` (X promises) as X\'s task', () => {
    expect(actions(`${board}Jonas sagt zu, dass er den Schlüssel bis Freitag zurückgibt.\n`)).toEqual([{ owners: ['Jonas Weber'], text: 'Jonas sagt zu, dass er den Schlüssel bis Freitag zurückgibt.' }]);
  });
});

describe('reports of what was said are no tasks', () => {
  it('leaves `teilt mit`, `führt aus`, `beantragt` and `überlegt` out of the actions', () => {
    const text = `${board}Karla teilt mit, dass das Konto gedeckt ist.\n\nOtto führt weiter aus, dass alle Beiträge eingegangen sind.\n\nJonas beantragt, die Beiträge zu erhöhen.\n\nOtto überlegt, im Mai hinzufahren.\n`;
    expect(actions(text)).toEqual([]);
  });
});

describe('German resolution labels and votes', () => {
  it('reads `Beschlussfassung:` and a compound `Vorstandsbeschluss (einstimmig):` as decision markers', () => {
    const text = `${board}Beschlussfassung: Die Beiträge steigen ab Mai auf 30 Euro.\n\n**Vorstandsbeschluss** (einstimmig): Der Verein kauft einen Beamer.\n`;
    expect(decisions(text)).toEqual(['Beschlussfassung: Die Beiträge steigen ab Mai auf 30 Euro.', 'Vorstandsbeschluss (einstimmig): Der Verein kauft einen Beamer.']);
  });

  it('takes the result line under a resolution (`Abstimmungsergebnis: ...`) as that resolution\'s vote, not a decision of its own', () => {
    expect(decisions(`${board}Beschluss: Der Vorstand wird entlastet.\n\nAbstimmungsergebnis: einstimmig bei zwei Enthaltungen.\n`)).toEqual(['Beschluss: Der Vorstand wird entlastet.']);
  });

  it('does not take minutes that are `noch nicht angenommen` (not yet approved) as decided', () => {
    expect(decisions(`${board}Das Protokoll der letzten Sitzung wird noch nicht angenommen.\n`)).toEqual([]);
  });

  it('reads the assembly commissioning the board (`beauftragt den Vorstand`) as a decision', () => {
    expect(decisions(`${board}Die Mitgliederversammlung beauftragt den Vorstand, eine Stellungnahme an die Stadt zu schreiben.\n`)).toEqual([
      'Die Mitgliederversammlung beauftragt den Vorstand, eine Stellungnahme an die Stadt zu schreiben.',
    ]);
  });
});

describe('paragraphs over a dashed rule', () => {
  it('reads lines over `---` that form a paragraph as prose, so a vote and its outcome are found', () => {
    const text = `${board}**Antrag**\nOtto beantragt, den Beitrag zu senken.\n---\n**Ja: 5**\n**Nein: 0**\nDer Antrag wird von der Mitgliederversammlung angenommen.\n---\n`;
    expect(decisions(text).length).toBe(1);
    expect(parseMinutes(text).agenda.map((a) => a.title)).toEqual(['Kasse']);
  });

  it('reads a one-line sentence over `---` as prose, and a one-line title over it as a heading', () => {
    const text = '# Vorstandssitzung 2024-03-07\n\nTeilnehmer\n----------\n\n- Karla Menge\n- Otto Brandt\n\n## 1. Kasse\n\nDer Antrag wurde einstimmig angenommen.\n---\n';
    expect(people(text)).toEqual(['Karla Menge', 'Otto Brandt']);
    expect(decisions(text)).toEqual(['Der Antrag wurde einstimmig angenommen.']);
  });
});

describe('German abbreviations inside a resolution', () => {
  it('does not end a sentence at `Abs.` or `bzgl.`', () => {
    expect(decisions(`${board}Beschluss: In § 3 Abs. 1 der Satzung wird das Wort „jährlich“ durch „halbjährlich“ ersetzt.\n`)).toEqual([
      'Beschluss: In § 3 Abs. 1 der Satzung wird das Wort „jährlich“ durch „halbjährlich“ ersetzt.',
    ]);
  });
});

describe('the signatures that close the minutes', () => {
  const roles = (text: string) => parseMinutes(text).participants.filter((p) => p.roles.length > 0).map((p) => `${p.name}: ${p.roles.join(',')}`);
  const body = '# Vorstandssitzung 2024-03-07\n\nAnwesend: Karla Menge, Otto Brandt, Jonas Weber\n\n## 1. Kasse\n\nDer Kassenstand ist gut.\n\n';

  it('reads a name over its role on the next line as that role (`Jonas Weber` / `Schriftführer`)', () => {
    expect(roles(`${body}..........................\n\nJonas Weber\n\nSchriftführer\n`)).toEqual(['Jonas Weber: secretary']);
  });

  it('reads two signatures side by side, each a name and its role after a comma', () => {
    expect(roles(`${body}Köln, den 08.03.2024\n\nKarla Menge, Vorsitzende            Jonas Weber, Schriftführer\n`)).toEqual(['Karla Menge: chair', 'Jonas Weber: secretary']);
  });

  it('leaves a role named by a label to that label', () => {
    expect(roles(`# Sitzung 2024-03-07\n\nAnwesend: Karla Menge, Otto Brandt\nProtokoll: Otto Brandt\n\n## 1. Kasse\n\nText.\n\nKarla Menge\n\nSchriftführerin\n`)).toEqual(['Otto Brandt: secretary']);
  });
});

describe('a time range with the clock word after each time', () => {
  const when = (line: string) => {
    const m = parseMinutes(`# Vorstandssitzung 2024-03-07\n\n${line}\n\n## 1. Kasse\n\nText.\n`);
    return [m.startTime, m.endTime];
  };

  it('reads `11:00 Uhr - 12:30 Uhr` and `14:07 Uhr – 14:57 Uhr` as start and end', () => {
    expect(when('11:00 Uhr - 12:30 Uhr')).toEqual(['11:00', '12:30']);
    expect(when('14:07 Uhr – 14:57 Uhr')).toEqual(['14:07', '14:57']);
  });

  it('reads bare hours with the clock word (`19 Uhr - 21 Uhr`) as a range too', () => {
    expect(when('19 Uhr - 21 Uhr')).toEqual(['19:00', '21:00']);
  });
});

describe('German nouns before words that only end like a verb', () => {
  it('takes no noun as owner before `derzeit`, `selbst`, `statt` or `erwünscht`', () => {
    const text = `${board}- Umfrage derzeit im Testbetrieb\n- Bitte, selbst beizutragen in der Liste\n- Mitmachen erwünscht\n- Planung statt nur Reaktion\n`;
    expect(actions(text).filter((a) => a.owners.length > 0)).toEqual([]);
  });

  it('still takes a name before a verb in -t (`Otto bucht den Raum`)', () => {
    expect(actions(`${board}Otto bucht den Raum für Mai.\n`)).toEqual([{ owners: ['Otto Brandt'], text: 'Otto bucht den Raum für Mai.' }]);
  });
});

describe('front matter of minutes published on a website', () => {
  it('takes the date in the front-matter title over the page\'s own `date`, and keeps that title over a first item heading', () => {
    const m = parseMinutes('---\ntitle: Protokoll der Mitgliederversammlung vom 05.03.2024\ndate: 2024-04-20 10:00:00 +0000\n---\n\n### TOP 1 - Begrüßung\n\nDie Vorsitzende begrüßt die Mitglieder.\n\n### TOP 2 - Kasse\n\nDer Bericht wird zur Kenntnis genommen.\n');
    expect([m.title, m.date]).toEqual(['Protokoll der Mitgliederversammlung', '2024-03-05']);
    expect(m.agenda.map((a) => a.number)).toEqual(['1', '2']);
  });

  it('reads the times after the date of a front-matter `date` field', () => {
    const m = parseMinutes('---\ntitle: Sitzungsprotokoll Fachschaftsrat\ndate: 26.06.2024, 18:30 - 19:45 Uhr\n---\n\n# Berichte\n\nKeine.\n');
    expect([m.date, m.startTime, m.endTime]).toEqual(['2024-06-26', '18:30', '19:45']);
  });
});

describe('an election by the assembly, the participle closing the clause', () => {
  it('reads `X wird von der Mitgliederversammlung zur Kassenwartin gewählt` as a decision, not as X\'s task', () => {
    const text = '# Mitgliederversammlung 2024-03-07\n\n## TOP 2 Wahlen\n\nKarla Menge wird von der Mitgliederversammlung zur Kassenwartin gewählt.\n';
    expect(decisions(text)).toEqual(['Karla Menge wird von der Mitgliederversammlung zur Kassenwartin gewählt.']);
    expect(actions(text)).toEqual([]);
  });
});

describe('a German verb that folds into another language\'s done word', () => {
  it('keeps `Otto klärt ...` open: `klärt` is no Swedish `klart` (done)', () => {
    expect(parseMinutes(`${board}- Status unklar, Otto klärt das mit der Bank\n`).actions.map((a) => a.status)).toEqual(['open']);
  });

  it('still reads a done word written without its accent (`utfort`) as done', () => {
    expect(parseMinutes('Närvarande: Anna Berg, Erik Lund\n\n§ 3 Lokalen\n\n- [ ] Anna bokar lokalen, utfort\n').actions.map((a) => a.status)).toEqual(['done']);
  });
});

describe('a list of tasks announced inside a list item', () => {
  const text = '# Vorstandssitzung 2024-03-07\n\nAnwesend: Karla Menge (KM), Otto Brandt (OB)\n\n## 1. Infrastruktur\n\n- E-Mail-Listen\n    - Die Listen wurden angelegt.\n\n      TODOs (OB):\n\n      - alte Mitglieder eintragen\n      - Archiv aktivieren\n- Chat: Diskussion über die Plattform läuft noch.\n';

  it('ends at the next sibling of the item that holds the label', () => {
    expect(actions(text).map((a) => a.text)).toEqual(['alte Mitglieder eintragen', 'Archiv aktivieren']);
  });

  it('gives each task the owner the label names in parentheses (`TODOs (OB):`)', () => {
    expect(actions(text).map((a) => a.owners)).toEqual([['Otto Brandt'], ['Otto Brandt']]);
  });
});

describe('opening and closing a general meeting', () => {
  it('reads the times of `eröffnet/schließt die Mitgliederversammlung um ...`', () => {
    const m = parseMinutes('# Mitgliederversammlung 2024-03-07\n\n## TOP 1 Begrüßung\n\nDie Vorsitzende eröffnet die Mitgliederversammlung um 19:05 Uhr.\n\n## TOP 2 Sonstiges\n\nDie Vorsitzende schließt die Mitgliederversammlung um 20:50 Uhr.\n');
    expect([m.startTime, m.endTime]).toEqual(['19:05', '20:50']);
  });

  it('takes no task from a negated statement (`Eine Aussprache wird nicht gewünscht`)', () => {
    expect(actions(`${board}Eine Aussprache zu den Kassenberichten wird nicht gewünscht.\n`)).toEqual([]);
  });
});

describe('a lone numbered heading under topic headings', () => {
  it('leaves the topic headings the agenda: the numbered one is a part of one of them', () => {
    const text = '* Anwesend: Paula, Erik, Dana\n\n# Raumzugang\n* alle haben Zugang\n\n# Weihnachtsfeier\n* Dana kümmert sich\n\n# Strategie\n* Idee: Klausurwochenende\n\n### 5.2 Logo\n* vertagt\n\n# Finanzen\n* Kasse stimmt\n';
    expect(parseMinutes(text).agenda.map((a) => a.title)).toEqual(['Raumzugang', 'Weihnachtsfeier', 'Strategie', 'Finanzen']);
  });

  it('still takes a lone numbered top heading as the agenda item it is', () => {
    expect(parseMinutes('# Sitzung 2024-03-07\n\n## 1. Kasse\n\nText.\n').agenda.map((a) => a.title)).toEqual(['Kasse']);
  });
});
