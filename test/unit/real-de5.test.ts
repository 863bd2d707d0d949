import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading a fifth round of real German minutes: student councils (Fachschaftsrat),
 * a student group's pad, association boards and general meetings, a club founding assembly, a
 * citizens' initiative and a Swiss thesis kick-off. Every example here is written for the test;
 * none is a line of those minutes.
 */

const head = '# Sitzung 12.03.2024\n\n- Anwesend: Anna, Ben, Carla, Dora\n- Protokoll: Ben\n\n';

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text, cue: a.cue.kind }));

describe('German notes hand a point to a participant by an arrow (`→ Name`)', () => {
  it('makes a note ending in an arrow and a participant that participant’s task', () => {
    const text = `${head}## 1. Orga\n- Raumanfrage an die Verwaltung → Carla\n`;
    expect(actions(text)).toEqual([{ owners: ['Carla'], text: 'Raumanfrage an die Verwaltung → Carla', cue: 'marker' }]);
  });

  it('gives the task to each participant named after the arrow', () => {
    const text = `${head}## 1. Orga\n- Plakat für den Spieleabend → Anna und Dora\n`;
    expect(actions(text).map((a) => a.owners)).toEqual([['Anna', 'Dora']]);
  });

  it('reads a sentence after an arrow as a clause of its own (`→Ben und Dora kümmern sich`)', () => {
    const text = `${head}## 1. Orga\n- Rückfrage beim Prüfungsamt →Ben und Dora kümmern sich\n`;
    expect(actions(text).map((a) => a.owners)).toEqual([['Ben', 'Dora']]);
  });

  it('takes no task where the arrow leads to a channel or a place, not to a participant', () => {
    const text = `${head}## 1. Orga\n- Noch einmal bewerben → Social Media\n- Alte Flyer → Altpapier\n`;
    expect(actions(text)).toEqual([]);
  });

  it('takes no owner from an arrow followed by what happens next', () => {
    const text = `${head}## 1. Orga\n- Der Entwurf liegt im Verteiler → kann verschickt werden\n`;
    expect(actions(text).flatMap((a) => a.owners)).toEqual([]);
  });
});

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('a vote right after a labelled proposal (`Beschlussvorlage:`) decides that proposal', () => {
  it('takes the proposal beside the vote, not the list item both stand under', () => {
    const text = `${head}## 4. Studienfahrt\n- Zuschuss für Mitfahrende: ganz, halb oder gar nicht\n  - Man könnte auch Spenden sammeln\n  - Beschlussvorlage: Wir zahlen die Hälfte des Beitrags.\n  - Abstimmung: 6/0/1\n`;
    expect(decisions(text)).toEqual(['Wir zahlen die Hälfte des Beitrags. — Abstimmung: 6/0/1']);
  });

  it('still gives a vote without a proposal beside it the item it stands under', () => {
    const text = `${head}## 5. Feier\n- Sommerfest im Juni\n  - Der Ort ist noch offen\n  - Abstimmung: 6/0/0\n`;
    expect(decisions(text)).toEqual(['Sommerfest im Juni — Abstimmung: 6/0/0']);
  });
});

describe('a verdict on `this proposal` (`Dieser Vorschlag wurde angenommen`, `Dies wurde beschlossen`) decides the proposal before it', () => {
  const mv = '# Protokoll der Mitgliederversammlung vom 3. März 2024\n\nAnwesend: Anna Berg, Ben Kurz, Carla Wolf\n\n';

  it('joins the proposal to a verdict whose subject is the demonstrative and the proposal’s noun', () => {
    const text = `${mv}## TOP 2. Versammlungsleitung\n\nBen Kurz schlug vor, Anna Berg zur Versammlungsleiterin zu bestimmen.\nDieser Vorschlag wurde einstimmig angenommen.\n`;
    expect(decisions(text)).toEqual(['Ben Kurz schlug vor, Anna Berg zur Versammlungsleiterin zu bestimmen. — Dieser Vorschlag wurde einstimmig angenommen.']);
  });

  it('joins the proposal of the paragraph before to `Dies wurde … beschlossen`', () => {
    const text = `${mv}## TOP 3. Beiträge\n\nEs wurde vorgeschlagen, den Jahresbeitrag auf 30 Euro zu senken.\n\nDies wurde mit 7 Ja-Stimmen bei einer Enthaltung beschlossen.\n`;
    expect(decisions(text)).toEqual(['Es wurde vorgeschlagen, den Jahresbeitrag auf 30 Euro zu senken. — Dies wurde mit 7 Ja-Stimmen bei einer Enthaltung beschlossen.']);
  });

  it('looks past the counts of the vote to the motion (`Ja: 9` / `Nein: 0` / `Der Antrag wird angenommen`)', () => {
    const text = `${mv}## TOP 4. Entlastung\n\n**Antrag**\n\nDer Vorstand beantragt die Entlastung der Kassenprüfer.\n\n**Ja: 9**\n\n**Nein: 0**\n\nDer Antrag wird angenommen.\n`;
    expect(decisions(text)).toEqual(['Der Vorstand beantragt die Entlastung der Kassenprüfer. — Der Antrag wird angenommen.']);
  });

  it('leaves a verdict that names its own matter alone', () => {
    const text = `${mv}## TOP 5. Protokoll\n\nCarla Wolf verliest das Protokoll der letzten Sitzung.\n\nDas Protokoll wird einstimmig genehmigt.\n\n## TOP 6. Technik\n\nBen Kurz berichtet über den Beamer.\n\nDer Antrag von Carla Wolf auf einen neuen Beamer wird angenommen.\n`;
    expect(decisions(text)).toEqual(['Das Protokoll wird einstimmig genehmigt.', 'Der Antrag von Carla Wolf auf einen neuen Beamer wird angenommen.']);
  });
});

describe('German nouns are no owners: every noun is capitalised', () => {
  it('takes no owner from a participle before an auxiliary (`… Name und Anschrift erfasst werden`)', () => {
    const text = `${head}## 2. Mitglieder\n- In der Liste sollen künftig Name und Anschrift erfasst werden\n`;
    expect(actions(text).flatMap((a) => a.owners)).toEqual([]);
  });

  it('takes no word built with a noun suffix for a person (`Auswertung braucht`, `(Geschäftsführung)`)', () => {
    const text = `${head}## 3. Rückblick\n- Spieleabend: gut besucht, die Auswertung dauert, Auswertung braucht wohl mehr Zeit\n- Termin mit der Verwaltung (Geschäftsführung)\n`;
    expect(actions(text).flatMap((a) => a.owners)).toEqual([]);
  });

  it('still reads a participant whose name ends like such a word', () => {
    const text = '# Sitzung 12.03.2024\n\n- Anwesend: Anna Hartung, Ben Kurz\n\n## 1. Orga\n- Hartung klärt die Raumbuchung\n';
    expect(actions(text).map((a) => a.owners)).toEqual([['Anna Hartung']]);
  });
});

describe('the chair and the minute-taker chosen at the opening of a general meeting', () => {
  const roleOf = (text: string, role: string) => parseMinutes(text).participants.find((p) => p.roles.includes(role))?.name ?? null;
  const mv = '# Protokoll der Mitgliederversammlung vom 3. März 2024\n\n';

  it('reads `X zum Versammlungsleiter und Y zum Protokollführer zu bestimmen`', () => {
    const text = `${mv}Herr Lang schlug vor, Herrn Jonas Weber zum Versammlungsleiter und Frau Mia Roth zur Protokollführerin zu bestimmen. Dieser Vorschlag wurde einstimmig angenommen.\n\n## 1. Begrüßung\n\nJonas Weber begrüßt die Mitglieder.\n`;
    expect([roleOf(text, 'chair'), roleOf(text, 'secretary')]).toEqual(['Jonas Weber', 'Mia Roth']);
  });

  it('reads `schlägt X als Versammlungsleiter vor` and `als Protokollierenden`', () => {
    const text = `${mv}## TOP 2. Wahl der Versammlungsleitung\n\nDer Vorstand schlägt Jonas Weber als Versammlungsleiter vor.\n\nDer Vorsitzende schlägt Mia Roth als Protokollierende vor.\n`;
    expect([roleOf(text, 'chair'), roleOf(text, 'secretary')]).toEqual(['Jonas Weber', 'Mia Roth']);
  });

  it('takes no noun for the minute-taker (`… bei einer Enthaltung als Protokollant angenommen`)', () => {
    const text = `${mv}## TOP 1. Begrüßung\n\nDer Beisitzer wird vorgeschlagen und mit zwei Stimmen bei einer Enthaltung als Protokollant angenommen.\n`;
    expect(roleOf(text, 'secretary')).toBeNull();
  });
});

describe('a finding of quorum in a dass-clause, whose verb stands last (`…, dass der Vorstand beschlussfähig ist`)', () => {
  const vs = '# Vorstandssitzung vom 3. März 2024\n\nAnwesend: Anna Berg, Ben Kurz, Carla Wolf\n\n';

  it('is a decision-like finding', () => {
    const text = `${vs}## TOP 1. Beschlussfähigkeit\n\nDie Vorsitzende stellt fest, dass der Vorstand beschlussfähig ist.\n`;
    expect(decisions(text)).toEqual(['Die Vorsitzende stellt fest, dass der Vorstand beschlussfähig ist.']);
  });

  it('is none where the body is not quorate', () => {
    const text = `${vs}## TOP 1. Beschlussfähigkeit\n\nEs wird festgestellt, dass die Kommission nicht beschlussfähig ist.\n`;
    expect(decisions(text)).toEqual([]);
  });
});

describe('coming to a group or a meeting is taking part, no task', () => {
  it('takes no task from `X kommt in die Arbeitsgruppe` or `X kommt später`', () => {
    const text = `${head}## 3. Orga\n- Carla kommt in die Arbeitsgruppe\n- Ben kommt später\n`;
    expect(actions(text)).toEqual([]);
  });

  it('still takes the task of someone who takes care of a thing', () => {
    const text = `${head}## 3. Orga\n- Carla kümmert sich um die Anmeldung\n`;
    expect(actions(text).map((a) => a.owners)).toEqual([['Carla']]);
  });
});

describe('the participle test reads the auxiliaries of the minutes’ own language', () => {
  it('keeps `X sammelt was aus der Umfrage` a task (`was` is German `what`, not English `was`)', () => {
    const text = `${head}## 6. Lehre\n- Dora sammelt was aus der Umfrage\n`;
    expect(actions(text).map((a) => a.owners)).toEqual([['Dora']]);
  });
});

describe('a verdict on the proposal after its tally, or after the proposal already read as a decision', () => {
  const mv = '# Protokoll der Mitgliederversammlung vom 3. März 2024\n\nAnwesend: Anna Berg, Ben Kurz, Carla Wolf\n\n';

  it('looks past a tally without words (`7/0/1`) to the proposal', () => {
    const text = `${mv}## TOP 5. Kasse\n\nEs wurde vorgeschlagen, eine zweite Kassenprüferin zu bestimmen.\n\n7/0/1\n\nDies wurde beschlossen.\n`;
    expect(decisions(text)).toEqual(['Es wurde vorgeschlagen, eine zweite Kassenprüferin zu bestimmen. — Dies wurde beschlossen.']);
  });

  it('adds no second decision when the proposal before it is one already', () => {
    const text = `${mv}## TOP 6. Satzung\n\nDer Vorstand wird ermächtigt, redaktionelle Änderungen der Satzung vorzunehmen.\n\nDies wurde einstimmig beschlossen.\n`;
    expect(decisions(text)).toHaveLength(1);
  });
});

describe('a preposition fused with its article (`Beim`, `Ins`, `Fürs`) opens no name', () => {
  it('takes no owner from `Beim Design-Review wird …`', () => {
    const text = `${head}## 7. Termine\n- Beim Design-Review wird das Abgabedatum festgelegt\n`;
    expect(actions(text).flatMap((a) => a.owners)).toEqual([]);
  });
});

describe('what `wir` do by a day the note names with its number is the group’s task', () => {
  it('takes `Wir laden … am 17. April ein` as a task nobody is named for, due that day', () => {
    const text = `${head}## 8. Kooperation\n- Wir laden die Nachbarvereine zu einem Treffen am 17. April ein\n`;
    const [task] = parseMinutes(text).actions;
    expect([task?.owners, task?.due?.end]).toEqual([[], '2024-04-17']);
  });

  it('takes no task from a plan without a day, a report, a modal or a meeting held', () => {
    const text = `${head}## 8. Kooperation\n- Wir laden die Nachbarvereine bald ein\n- Wir haben am 2. März die Flyer verteilt\n- Wir sollten am 5. Mai nachfragen\n- Wir treffen uns am 5. Mai im Café\n`;
    expect(actions(text)).toEqual([]);
  });
});
