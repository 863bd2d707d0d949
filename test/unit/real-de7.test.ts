import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real German minutes of kinds not read before (allotment clubs, choirs, a
 * school parents' council, municipal councils, a Swiss federation of hackerspaces, an Austrian
 * sports club). Every example here is written for the test; none is a line of those minutes.
 */

const people = (text: string) => parseMinutes(text).participants.map((p) => `${p.name}${p.roles.length > 0 ? ` (${p.roles.join(', ')})` : ''}`);

describe('the office joined to a name by `als` in the list of those present', () => {
  it('reads `Bürgermeister Hans Maier als Vorsitzender` as the chair and `… als Schriftführer` as the secretary', () => {
    const text = 'Sitzung des Gemeinderats\n\nAnwesend:\nBürgermeister Hans Maier als Vorsitzender\nGemeinderätin Eva Roth\nAmtsrat Paul Lang als Schriftführer\n';
    const read = people(text);
    expect(read).toContain('Hans Maier (chair)');
    expect(read.some((p) => p.includes('Paul Lang (secretary)'))).toBe(true);
  });

  it('reads `Ann Lee as chair` in an English list the same way', () => {
    const text = 'Board meeting\n\nPresent:\n- Ann Lee as chair\n- Bo Chan\n';
    expect(people(text)).toContain('Ann Lee (chair)');
  });

  it('keeps a name with `als` and a word that is no office a person without a role', () => {
    const text = 'Sitzung des Gemeinderats\n\nAnwesend:\nHans Maier als Gast\nEva Roth\n';
    expect(people(text).some((p) => p.includes('(chair)') || p.includes('(secretary)'))).toBe(false);
  });
});

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => `${a.number ?? '-'} ${a.title}`);
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('the agenda captioned with the session it belongs to', () => {
  it('reads the list under `Tagesordnung der öffentlichen Sitzung` as the agenda, items parted by blank lines', () => {
    const text = 'Sitzung des Gemeinderats\n\nMontag, 3. März 2025, 19:00 Uhr\n\nTagesordnung der öffentlichen Sitzung\n\n1. Fragen der Einwohner\n\n2. Neubau der Turnhalle\n\n3. Verschiedenes\n';
    expect(agenda(text)).toEqual(['1 Fragen der Einwohner', '2 Neubau der Turnhalle', '3 Verschiedenes']);
  });

  it('reads `Agenda for the annual meeting` the same way', () => {
    const text = 'Residents association\n\nAgenda for the annual meeting\n\n1. Election of officers\n2. Accounts\n3. Any other business\n';
    expect(agenda(text)).toEqual(['1 Election of officers', '2 Accounts', '3 Any other business']);
  });

  it('takes no sentence about the agenda for its caption (`Tagesordnung wird ohne Änderungen genehmigt`)', () => {
    const text = 'Vorstandssitzung\n\nTagesordnung wird ohne Änderungen genehmigt\n\n- Kasse prüfen\n- Fest planen\n';
    expect(agenda(text)).toEqual([]);
  });
});

describe('an agenda item written with its outcome after a dash', () => {
  it('reads `Item - Agreed ...` in an agenda list as a decision, the bare items not', () => {
    const text = 'Committee meeting\n\nAgenda:\n\n1. Accounts - Agreed to publish the accounts\n2. Newsletter\n3. Size of the committee - We decided not to set a limit\n';
    expect(decisions(text)).toEqual(['Accounts - Agreed to publish the accounts', 'Size of the committee - We decided not to set a limit']);
  });

  it('reads `TOP - Angenommen` in a German agenda list the same way, a dash in a title alone not', () => {
    const text = 'Vorstandssitzung\n\nTagesordnung:\n\n1. Kassenbericht - Angenommen\n2. Sommerfest - Planung\n3. Verschiedenes\n';
    expect(decisions(text)).toEqual(['Kassenbericht - Angenommen']);
  });
});

describe('the minutes of each item run on below the agenda list', () => {
  it('ends the agenda where `TOP 1 | …` starts the items over, the notes below it no items', () => {
    const text = 'Protokoll der Mitgliederversammlung\n\nTagesordnung\n• TOP 1 Begrüßung\n• TOP 2 Kassenbericht\n• TOP 3 Verschiedenes\nTOP 1 | Begrüßung\n• Die Tagesordnung wurde von den Mitgliedern angenommen.\n• Anna Berg dankt dem Vorstand\nTOP 2 | Kassenbericht\n• Der Kassenwart berichtet\n';
    expect(agenda(text).length).toBe(3);
    expect(decisions(text)).toContain('Die Tagesordnung wurde von den Mitgliedern angenommen.');
  });

  it('keeps sub-items written as `TOP 3.1` between the items of the agenda', () => {
    const text = 'Protokoll der Mitgliederversammlung\n\nTagesordnung\n• TOP 1 Begrüßung\n• TOP 2 Anträge\nTOP 2.1 Antrag auf Beitragserhöhung\n• TOP 3 Verschiedenes\n';
    expect(agenda(text).length).toBe(3);
  });
});

const chair = (text: string) => parseMinutes(text).participants.find((p) => p.roles.includes('chair'))?.name ?? null;
const actions = (text: string) => parseMinutes(text).actions.map((a) => a.text);

describe('the chair named by the sentence that opens the meeting, with no list of those present', () => {
  it('reads `Der 1. Vorsitzende, Joachim Berg, eröffnet um 19:10 Uhr die Versammlung` as the chair', () => {
    const text = 'Protokoll über die Jahreshauptversammlung am 23.01.2015\n\nTOP 1: Bericht des Vorsitzenden\n\nDer 1. Vorsitzende, Joachim Berg, eröffnet um 19:10 Uhr die Versammlung und begrüßt 40 Mitglieder.\n';
    expect(chair(text)).toBe('Joachim Berg');
  });

  it('reads the opening written as a point of a list (`- Der Tagungsleiter, Paul Kern, … eröffnet …`)', () => {
    const text = 'Protokoll der Jahreshauptversammlung\n\n1. Begrüßung\n2. Wahlen\n- Der Tagungsleiter, Paul Kern, begrüßt die Anwesenden und eröffnet die Veranstaltung.\n';
    expect(chair(text)).toBe('Paul Kern');
  });

  it('reads `The chair, Ann Lee, opened the meeting` the same way', () => {
    const text = 'Annual general meeting\n\nThe chair, Ann Lee, opened the meeting at 7 pm.\n';
    expect(chair(text)).toBe('Ann Lee');
  });

  it('takes no guest the opener greets for the chair (`Der Vorsitzende eröffnet … und begrüßt Karl Weber`)', () => {
    const text = 'Protokoll der Jahreshauptversammlung\n\nDer Vorsitzende eröffnet die Versammlung und begrüßt Karl Weber vom Landesverband.\n';
    expect(chair(text)).toBeNull();
  });

  it('takes no office after its article for a person (`Der Tagungsleiter, Paul Kern, …` read as a list)', () => {
    const text = 'Protokoll\n\nAnwesend:\nDer Tagungsleiter, Paul Kern, Eva Roth\n';
    expect(people(text).some((p) => p.startsWith('Der '))).toBe(false);
  });
});

describe('thanks said in the meeting', () => {
  it('takes `Anna Berg dankt dem Vorstand für die Zusammenarbeit` for no task', () => {
    const text = 'Protokoll der Mitgliederversammlung\n\n## TOP 1 Begrüßung\n\n- Anna Berg dankt dem Vorstand für die Zusammenarbeit\n- Karl Roth kümmert sich um die Einladungen\n';
    expect(actions(text)).toEqual(['Karl Roth kümmert sich um die Einladungen']);
  });

  it('takes the reflexive `bedanken sich` of two people for no task either, and keeps their work', () => {
    const text = 'Protokoll der Vorstandssitzung\n\nAnwesend: Ute Kamp, Jan Berg, Eva Roth\n\nTOP 1 Begrüßung\n\nUte Kamp und Jan Berg bedanken sich für die Unterstützung und verlassen die Sitzung. Eva Roth organisiert das Sommerfest.\n';
    expect(actions(text)).toEqual(['Eva Roth organisiert das Sommerfest.']);
  });
});

describe('a verdict on the motion with the verb put second (`Somit ist der Antrag angenommen`)', () => {
  it('takes the motion before the vote for what was decided', () => {
    const text = 'Protokoll der Generalversammlung\n\n## Beitritt zum Dachverband\n\nDer Verein soll dem Dachverband beitreten.\n\n* Dafür: 12\n* Dagegen: 0\n* Enthaltungen: 1\n\nSomit ist der Antrag angenommen.\n';
    const read = decisions(text);
    expect(read.length).toBe(1);
    expect(read[0]).toContain('Dachverband beitreten');
  });

  it('keeps a verdict that names its own subject a decision of its own (`Somit ist der Vorstand entlastet`)', () => {
    const text = 'Protokoll der Generalversammlung\n\n## Entlastung\n\nDer Kassenbericht wird vorgestellt.\n\nSomit ist der Vorstand einstimmig entlastet.\n';
    expect(decisions(text)).toEqual(['Somit ist der Vorstand einstimmig entlastet.']);
  });
});

describe('the same order in Dutch', () => {
  it('takes the motion before `Daarmee is het voorstel aangenomen`', () => {
    const text = 'Notulen ledenvergadering\n\n## Contributie\n\nDe contributie blijft 20 euro per jaar.\n\n* Voor: 12\n* Tegen: 0\n\nDaarmee is het voorstel aangenomen.\n';
    const read = decisions(text);
    expect(read.length).toBe(1);
    expect(read[0]).toContain('contributie blijft');
  });
});

describe('what someone no longer does', () => {
  it('takes `Adi Berg steht für den Posten nicht mehr zur Verfügung` and `… stehen nicht länger zur Wahl` for no task', () => {
    const text = 'Protokoll der Generalversammlung\n\n## Wahl des Vorstandes\n\nAdi Berg steht für den Posten nicht mehr zur Verfügung.\n\nMarc Roth und Eva Stein stehen nicht länger zur Wahl.\n\nKarl Weber kümmert sich um die Anmeldung beim Register.\n';
    expect(actions(text)).toEqual(['Karl Weber kümmert sich um die Anmeldung beim Register.']);
  });

  it('takes `Bo Chan is no longer available as treasurer` for no task in English', () => {
    const text = 'Board meeting\n\nPresent: Ann Lee, Bo Chan\n\nBo Chan is no longer available as treasurer.\n\nAnn Lee will send the accounts to the auditor.\n';
    expect(actions(text)).toEqual(['Ann Lee will send the accounts to the auditor.']);
  });

  it('keeps a task that limits a sum (`… soll nicht mehr als 100 Euro ausgeben`)', () => {
    const text = 'Protokoll der Vorstandssitzung\n\nAnwesend: Karl Weber, Eva Stein\n\nKarl Weber besorgt die Getränke für das Sommerfest und gibt nicht mehr als 100 Euro aus.\n';
    expect(actions(text).length).toBe(1);
  });
});
