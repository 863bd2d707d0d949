import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Rules found by writing Dutch, Swedish and German association minutes in layouts the corpus lacks (test/accuracy/probe). */

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

describe('attendance lines are never tasks', () => {
  it('leaves an attendance line under a bold title, in the same paragraph, out of the actions', () => {
    const text = '**Vergadering van de tuinclub, 4 april 2024**\nAanwezig: Mirjam Kok (voorzitter), Ties Haan, Lieke Ploegmaker, Wout Brandt\n\nTies belt de loodgieter.\n';
    expect(actions(text)).toEqual([{ owners: ['Ties Haan'], text: 'Ties belt de loodgieter.' }]);
  });

  it('reads a surname that ends like a Dutch verb (-t) as the rest of the name, not as its verb', () => {
    const text = 'Aanwezig: Mirjam Kok, Ties Haan, Lieke Ploegmaker, Wout Brandt\n\n1. Opening\n\nDe notulen zijn gelezen door Mirjam Kok, Wout Brandt en Ties.\n';
    expect(actions(text)).toEqual([]);
  });
});

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('Swedish att-clauses under a resolution formula', () => {
  const head = 'Datum: 2024-05-02\nNärvarande: Greta Ahl, Ivar Moberg, Siv Rask\n\n';

  it('takes each att-line under `Styrelsen beslutade` as one decision, and a person in one as its doer', () => {
    const text = `${head}§ 4 Loppis\nStyrelsen beslutade\natt loppisen hålls den 8 juni\natt Ivar bokar tälten\natt överskottet går till lägerkassan\n`;
    expect(decisions(text)).toEqual(['att loppisen hålls den 8 juni', 'att Ivar bokar tälten', 'att överskottet går till lägerkassan']);
    expect(actions(text)).toEqual([{ owners: ['Ivar Moberg'], text: 'att Ivar bokar tälten' }]);
  });

  it('takes att-paragraphs after a formula whose body is a compound noun (`Miljönämnden beslutar`)', () => {
    const text = `${head}## § 12 Bidrag\nMiljönämnden beslutar\n\natt anta riktlinjerna för bidrag,\n\natt återkomma i frågan i höst.\n`;
    expect(decisions(text)).toEqual(['att anta riktlinjerna för bidrag', 'att återkomma i frågan i höst.']);
  });

  it('keeps a single att-line with its formula as one decision', () => {
    expect(decisions(`${head}Mötet beslutade\natt flytta höstfesten till oktober.\n`)).toEqual(['Mötet beslutade att flytta höstfesten till oktober.']);
  });
});

describe('minutes typed with a margin', () => {
  it('reads an indented block of labels, items and sentences as text, not as code', () => {
    const text = 'Verslag ledenvergadering\n\n    Datum: 9 maart 2024\n    Aanwezig: Roos Veld, Tijn Mol, Gert Wal\n\n    1. Opening\n    Roos opent.\n\n    2. Contributie\n    De contributie wordt vastgesteld op 40 euro.\n    Tijn stuurt de facturen.\n\n    3. Sluiting\n    Roos sluit.\n';
    const meeting = parseMinutes(text);
    expect(meeting.agenda.map((a) => a.title)).toEqual(['Opening', 'Contributie', 'Sluiting']);
    expect(meeting.decisions.map((d) => d.text)).toEqual(['De contributie wordt vastgesteld op 40 euro.']);
    expect(actions(text)).toEqual([{ owners: ['Tijn Mol'], text: 'Tijn stuurt de facturen.' }]);
  });

  it('leaves an indented block of code as code', () => {
    const text = 'Verslag\n\n    Datum: 9 maart 2024\n    const x = 1;\n    Tijn stuurt de facturen.\n';
    expect(parseMinutes(text).agenda).toEqual([]);
    expect(actions(text)).toEqual([]);
  });
});

describe('times of the meeting', () => {
  const when = (text: string) => {
    const m = parseMinutes(text);
    return { start: m.startTime, end: m.endTime, location: m.location };
  };

  it('reads a time with its clock word after it (`19.45 uur`, `18 Uhr`) in a date label', () => {
    expect(when('# Ledenvergadering Schaakclub\n\n**Datum:** 2 oktober 2024, 19.45 uur\n').start).toBe('19:45');
    expect(when('# Mitgliederversammlung\n\nDatum: 4. Mai 2024, 18 Uhr\n').start).toBe('18:00');
  });

  it('reads a time alone after a label that names date and time alike (`Tid: 18.30`)', () => {
    expect(when('# Styrelsemöte\n\nDatum: 2024-05-02\nTid: 18.30\n').start).toBe('18:30');
  });

  it('reads the closing time where no opening time is written', () => {
    expect(when('# Bestuursvergadering\n\nDatum: 2 oktober 2024\n\n1. Opening\nDe voorzitter opent.\n\n2. Sluiting\nDe voorzitter sluit de vergadering om 22.10 uur.\n').end).toBe('22:10');
  });

  it('takes no place from a word of another language (Dutch `met` is no English `met`)', () => {
    expect(when('# Overleg tuinclub\n\nDatum: 2 oktober 2024\n\nNa overleg met de gemeente is afgesproken dat de heg blijft.\n').location).toBeNull();
  });
});

describe('titles of typed minutes', () => {
  const title = (text: string) => parseMinutes(text).title;

  it('takes the line under the document name alone (`PROTOKOLL`, `NOTULEN`)', () => {
    expect(title('PROTOKOLL\nÅrsmöte i Roddklubben Åran\nDatum: 2024-03-10\n')).toBe('Årsmöte i Roddklubben Åran');
    expect(title('NOTULEN\nLedenvergadering Volkstuin De Wilg\n\nDatum: 10 maart 2024\n')).toBe('Ledenvergadering Volkstuin De Wilg');
  });

  it("takes the body's name over a line that holds the date of a meeting", () => {
    expect(title('Roddklubben Åran\nProtokoll fört vid styrelsemöte den 10 mars 2024\n\nNärvarande: Eva Nord, Per Syd\n')).toBe('Roddklubben Åran');
    expect(title('Kerkenraad De Ark\n\nVergadering van dinsdag 12 maart 2024, 20.00 uur, consistorie\n')).toBe('Kerkenraad De Ark');
    expect(title('Verslag werkgroep Fietspad\nwoensdag 13 maart 2024, 19.30 uur, dorpshuis\n\nAanwezig: Eva Kuipers, Bart Stam\n')).toBe('Verslag werkgroep Fietspad');
  });

  it("joins a meeting's name and the bare name of the body under it", () => {
    expect(title('Protokoll der Mitgliederversammlung\nSchachfreunde Nordheide e. V.\n\nDatum: 10. März 2024\n')).toBe('Protokoll der Mitgliederversammlung, Schachfreunde Nordheide e. V.');
  });

  it('takes no line with a time of its own for the name', () => {
    expect(title('PAD 18:59\nKuukausikokous pidetään tiistaina 1.3.2024 klo 19\n')).not.toBe('PAD');
  });
});

describe('people named with a title, and verbs of several words', () => {
  it('reads a participant written with a title before the name, and an owner named by form of address and surname', () => {
    const text = 'Sitzung des Gemeinderats\n\nDatum: 5. März 2024\nVorsitz: Pfarrer Jonas Hein\nAnwesend: Jonas Hein, Lea Brück, Timo Gast\n\nFrau Brück bestellt die Stühle.\n';
    const meeting = parseMinutes(text);
    expect(meeting.participants.map((p) => p.name)).toEqual(['Jonas Hein', 'Lea Brück', 'Timo Gast']);
    expect(meeting.participants.find((p) => p.roles.includes('chair'))?.name).toBe('Jonas Hein');
    expect(actions(text)).toEqual([{ owners: ['Lea Brück'], text: 'Frau Brück bestellt die Stühle.' }]);
  });

  it('reads attendance under the words municipal minutes use (`Beslutande`, `Övriga deltagande`) and a lower-case title before a name', () => {
    const text = '# Protokoll Miljönämnden\n\nDatum: 2024-04-04\nBeslutande: Ove Lund (S), ordförande; Kia Berg (M)\nÖvriga deltagande: kommunalråd Eja Hult; Tor Wik, nämndsekreterare\n';
    const meeting = parseMinutes(text);
    expect(meeting.participants.map((p) => p.name)).toEqual(['Ove Lund', 'Kia Berg', 'Eja Hult', 'Tor Wik']);
    expect(meeting.participants.find((p) => p.roles.includes('secretary'))?.name).toBe('Tor Wik');
  });

  it('takes a report of several words (`tar upp`, raises) for no task, though its first word (`tar`) links one', () => {
    expect(actions('Datum: 2024-05-02\nNärvarande: Greta Ahl, Ivar Moberg\n\nGreta tar upp att nyckeln saknas.\n')).toEqual([]);
  });

  it('reads a separable verb whose particle ends the clause as a task, and the word before an article as a preposition', () => {
    const nl = 'Datum: 2 oktober 2024\nAanwezig: Roos Veld, Tijn Mol\n\nTijn vraagt een subsidie aan bij de provincie.\n';
    expect(actions(nl)).toEqual([{ owners: ['Tijn Mol'], text: 'Tijn vraagt een subsidie aan bij de provincie.' }]);
    expect(actions('Datum: 5. März 2024\nAnwesend: Lea Brück, Timo Gast\n\nTimo fragt nach den Preisen an der Kasse.\n')).toEqual([]);
  });

  it('reads a Dutch commitment (`zegt toe`) as a task, and `meldt` (reports) as none', () => {
    const text = 'Datum: 2 oktober 2024\nAanwezig: Roos Veld, Tijn Mol\n\nRoos meldt dat de lamp kapot is. Tijn zegt toe de offerte te sturen.\n';
    expect(actions(text)).toEqual([{ owners: ['Tijn Mol'], text: 'Tijn zegt toe de offerte te sturen.' }]);
  });
});

describe('a terse verdict and its proposal', () => {
  it('names a terse verdict by nothing under the heading before it', () => {
    const text = '# Styrelsemöte\n\nDatum: 2024-05-02\nNärvarande: Greta Ahl, Ivar Moberg\n\n## §1 Ekonomi\nMötet beslutar:\n- att godkänna budgeten\n- att höja avgiften\n\n## §2 Fest\nFörslaget antogs.\n';
    expect(decisions(text)).toEqual(['att godkänna budgeten', 'att höja avgiften', 'Förslaget antogs.']);
  });
});

describe("an owner's line after its task", () => {
  it('gives `Ansvarig: Name` after a task marker in its paragraph to that task', () => {
    const text = 'Datum: 2024-05-02\nNärvarande: Greta Ahl, Ivar Moberg\n\n§ 3 Förråd\nÅtgärd: Köpa nya hyllor. Ansvarig: Ivar\n';
    expect(actions(text)).toEqual([{ owners: ['Ivar Moberg'], text: 'Åtgärd: Köpa nya hyllor.' }]);
  });
});

describe('a remark in parentheses after a full stop', () => {
  it('closes the sentence before it: the next line is a sentence of its own', () => {
    const text = 'Datum: 5. März 2024\nAnwesend: Lea Brück, Timo Gast\n\nBeschluss: Der Ausflug ist am 4. Mai. (2 Ja, 0 Nein)\nTimo bucht den Bus.\n';
    expect(decisions(text)).toEqual(['Beschluss: Der Ausflug ist am 4. Mai.']);
    expect(actions(text)).toEqual([{ owners: ['Timo Gast'], text: 'Timo bucht den Bus.' }]);
  });
});

describe('a marked number alone in a heading', () => {
  it('takes its title from the plain line under it, and keeps its number', () => {
    const text = '# Notulen\n\nDatum: 2 oktober 2024\n\n#### Agendapunt 1\nOpening\n\nRoos opent.\n\n#### Agendapunt 2\nKascontrole\n\nDe kas is in orde.\n';
    expect(parseMinutes(text).agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Opening'], ['2', 'Kascontrole']]);
  });
});
