import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Dutch minutes from public repositories (working groups of
 * government standards bodies, student associations, project teams, a sounding-board meeting
 * converted from PDF). Every sentence below is written for the test; none is copied from them.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((item) => ({ number: item.number, title: item.title }));

describe('a number slipped into one topic heading', () => {
  it('keeps the unnumbered topic headings beside the one numbered heading as items', () => {
    const text = '# Verslag overleg fietsroutes\n\n## Opening\n\nWelkom.\n\n## Presentatie nieuwe kaart\n\nDe kaart wordt getoond.\n\n## 3. Bespreking knelpunten\n\nDrie knelpunten.\n\n## Rondvraag\n\nGeen vragen.\n';
    expect(agenda(text)).toEqual([
      { number: null, title: 'Opening' },
      { number: null, title: 'Presentatie nieuwe kaart' },
      { number: '3', title: 'Bespreking knelpunten' },
      { number: null, title: 'Rondvraag' },
    ]);
  });

  it('still takes a lone numbered heading as the item where no other topic heading stands beside it', () => {
    const text = '# Verslag overleg fietsroutes\n\n## 1. Bespreking knelpunten\n\nDrie knelpunten.\n';
    expect(agenda(text)).toEqual([{ number: '1', title: 'Bespreking knelpunten' }]);
  });
});

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text, status: a.status }));

describe('an actiepunten table names its owners in its own column', () => {
  it('keeps a first name in the `Verantwoordelijke` column although no attendee list names it', () => {
    const text = '# Projectoverleg website\n\n## Actiepunten\n\n| Actie | Verantwoordelijke | Status |\n|---|---|---|\n| Hosting opzeggen | Marieke | open |\n| Logo aanleveren | Joris | klaar |\n| Teksten nalopen | iedereen | open |\n';
    expect(actions(text)).toEqual([
      { owners: ['Marieke'], text: 'Hosting opzeggen', status: 'open' },
      { owners: ['Joris'], text: 'Logo aanleveren', status: 'done' },
      { owners: [], text: 'Teksten nalopen', status: 'open' },
    ]);
  });

  it('reads `Naam` and `Door` beside `Actie` as the owner column', () => {
    const text = '# Overleg\n\n## Actielijst\n\n| Nr | Actie | Naam |\n|---|---|---|\n| 1 | Subsidie aanvragen | Femke Kuipers |\n\n| Wat | Door | Wanneer |\n|---|---|---|\n| Zaal boeken | Gert | 1 maart 2024 |\n';
    expect(actions(text).map((a) => ({ owners: a.owners, text: a.text }))).toEqual([
      { owners: ['Femke Kuipers'], text: 'Subsidie aanvragen' },
      { owners: ['Gert'], text: 'Zaal boeken' },
    ]);
  });
});

describe('a numbered agenda whose items mostly have nothing written under them', () => {
  const head = 'Notulen ledenvergadering 14 maart 2024\n\nAanwezig: 23 leden\n\n';

  it('is the agenda when it holds the standing items (Opening, Rondvraag, Sluiting) and notes stand under some items', () => {
    const text = `${head}1. Opening\n\n2. Mededelingen\n\n3. Jaarverslag\n\nDe secretaris leest het jaarverslag voor.\n\n4. Kascommissie\n\n5. Rondvraag\n\n6. Sluiting\n`;
    expect(agenda(text)).toEqual([
      { number: '1', title: 'Opening' },
      { number: '2', title: 'Mededelingen' },
      { number: '3', title: 'Jaarverslag' },
      { number: '4', title: 'Kascommissie' },
      { number: '5', title: 'Rondvraag' },
      { number: '6', title: 'Sluiting' },
    ]);
  });

  it('leaves a numbered list of errands with a note after it alone: no standing item among them', () => {
    const text = `${head}## Boodschappen\n\n1. Koffie kopen\n\n2. Bekers halen\n\n3. Stoelen zetten\n\nDat doet Ruud.\n\n4. Vlaggen ophangen\n`;
    expect(agenda(text).some((item) => item.number === '1')).toBe(false);
  });
});

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('typographic bullets pasted from a word processor or a web page', () => {
  it('reads each `•` line as an entry of its own, so a decision does not swallow its neighbours', () => {
    const text = 'Kort verslag bestuursvergadering tennisclub\n\n • De voorzitter opent de vergadering.\n • Er zijn geen ingekomen stukken.\n • De begroting voor het clubfeest wordt goedgekeurd.\n • Het nieuwe rooster komt op de website.\n';
    expect(decisions(text)).toEqual(['De begroting voor het clubfeest wordt goedgekeurd.']);
  });

  it('keeps every word where it was: the bullet becomes a dash of the same width', async () => {
    const { withListBullets } = await import('../../src/parse/to-tree.js');
    expect(withListBullets(' • een\n▪ twee\nnu • midden')).toBe(' - een\n- twee\nnu • midden');
  });
});

describe('a verb of deciding with its particle at the end of the clause (stelt … vast)', () => {
  it('takes `stelt de notulen vast` and `keurt de begroting goed` as decisions', () => {
    const text = 'Notulen ledenvergadering 14 maart 2024\n\n1. Notulen\n\nDe vergadering stelt de notulen van 9 maart 2023 vast.\n\n2. Begroting\n\nNa een korte toelichting keurt de vergadering de begroting voor 2025 goed, met dank aan de penningmeester.\n';
    expect(decisions(text)).toEqual([
      'De vergadering stelt de notulen van 9 maart 2023 vast.',
      'Na een korte toelichting keurt de vergadering de begroting voor 2025 goed, met dank aan de penningmeester.',
    ]);
  });

  it('leaves the verb alone where its particle is not the last word of its clause', () => {
    const text = 'Notulen ledenvergadering 14 maart 2024\n\n1. Kas\n\nDe penningmeester stelt een vraag over de vaste lasten van het clubhuis.\n';
    expect(decisions(text)).toEqual([]);
  });
});

describe('minutes written in the present tense report what was said, not tasks', () => {
  const head = 'Notulen bestuursvergadering 3 april 2024\n\nAanwezig: Karin Vos (voorzitter), Bart Mulder (secretaris), Ilse Kok\n\n';

  it('leaves `dankt`, `maakt bekend`, `schetst`, `deelt mee` out of the actions, and keeps a real task', () => {
    const text = `${head}1. Mededelingen\n\nDe voorzitter dankt Ilse voor het jaarverslag. De voorzitter maakt bekend dat de huur omhoog gaat. De secretaris schetst het verloop van het ledental. Karin deelt mee dat de kantine dicht is. Bart stuurt de uitnodiging voor de ledenvergadering.\n`;
    expect(actions(text).map((a) => ({ owners: a.owners, text: a.text }))).toEqual([
      { owners: ['Bart Mulder'], text: 'Bart stuurt de uitnodiging voor de ledenvergadering.' },
    ]);
  });
});

describe('Dutch and Flemish header and decision words seen in real minutes', () => {
  it('reads `Verslaggever` as the secretary and `Verontschuldigd` as absent', () => {
    const text = '# Verslag overleg\n\n| | |\n|---:|:---|\n| **Datum** | 2024-02-12, 14:00 |\n| **Aanwezig** | Lotte Claes, Pieter Goossens |\n| **Verontschuldigd** | Wout Peeters |\n| **Verslaggever** | Lotte Claes |\n\n## Planning\n\nDe planning wordt overlopen.\n';
    const people = parseMinutes(text).participants.map((p) => ({ name: p.name, roles: p.roles, present: p.present }));
    expect(people).toContainEqual({ name: 'Lotte Claes', roles: ['secretary'], present: true });
    expect(people).toContainEqual({ name: 'Wout Peeters', roles: [], present: false });
  });

  it('takes `Vastgelegd wordt` and `een akkoord op` as decisions, and `Sluiting vergadering om` as the end', () => {
    const text = 'Verslag werkgroep groen 5 juni 2024\n\n1. Bomen\n\nVastgelegd wordt om elk voorjaar een snoeidag te houden.\n\n2. Plan\n\nNa de toelichting is er een akkoord op het beheerplan zoals gepresenteerd.\n\nSluiting vergadering om 21:30 uur\n';
    const meeting = parseMinutes(text);
    expect(meeting.decisions.map((d) => d.text)).toEqual([
      'Vastgelegd wordt om elk voorjaar een snoeidag te houden.',
      'Na de toelichting is er een akkoord op het beheerplan zoals gepresenteerd.',
    ]);
    expect(meeting.endTime).toBe('21:30');
  });
});

describe('when and where a Dutch meeting was held, as a sentence says it', () => {
  it('reads the place after the date of `gehouden werd op ... in ...`', () => {
    const text = 'Verslag van de ledenvergadering welke gehouden werd op 12 maart 2024 in buurthuis De Linde in Almere.\n\n1. Opening\n\nWelkom.\n';
    const meeting = parseMinutes(text);
    expect(meeting.date).toBe('2024-03-12');
    expect(meeting.location).toBe('buurthuis De Linde in Almere');
  });

  it('reads the time that opens the sentence before the verb (`Om 19.45 uur opent de voorzitter de vergadering`)', () => {
    const text = 'Verslag ledenvergadering 12 maart 2024\n\n1. Opening\n\nOm 19.45 uur opent de voorzitter de vergadering.\n\n5. Sluiting\n\nOm 21.10 wordt de vergadering door de voorzitter gesloten.\n';
    const meeting = parseMinutes(text);
    expect([meeting.startTime, meeting.endTime]).toEqual(['19:45', '21:10']);
  });
});

describe('an actielijst at the end that repeats the tasks written in the notes', () => {
  it('gives the task the owner the list names instead of counting it twice', () => {
    const text = '# Verslag werkgroep fietspaden\n\n## Knelpunten\n\nActiepunt: de lijst met gevaarlijke kruisingen wordt aangevuld en gedeeld met de gemeente.\n\n## Fietsenstalling\n\nActiepunt: een offerte voor extra fietsenrekken opvragen.\n\n## Actielijst\n\n| Nr | Actie | Naam |\n|---|---|---|\n| 1 | De lijst met gevaarlijke kruisingen wordt aangevuld en gedeeld met de gemeente | Sanne |\n| 2 | Offerte voor extra fietsenrekken opvragen | Joost |\n';
    expect(actions(text).map((a) => ({ owners: a.owners, text: a.text }))).toEqual([
      { owners: ['Sanne'], text: 'Actiepunt: de lijst met gevaarlijke kruisingen wordt aangevuld en gedeeld met de gemeente.' },
      { owners: ['Joost'], text: 'Actiepunt: een offerte voor extra fietsenrekken opvragen.' },
    ]);
  });
});
