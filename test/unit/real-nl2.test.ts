import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found in the second round of reading real Dutch minutes (a knowledge-exchange group of
 * archives, a government working group, a municipal project team, a provincial executive, the
 * annual meetings of two clubs). Every sentence below is written for the test; none is copied.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('a Dutch passive whose participle closes the clause', () => {
  it('takes the participle at the clause end, words after the auxiliary, as the decision verb', () => {
    const text = 'Verslag jaarvergadering schaakclub\n\nNa de koffie werden zonder veel discussie de jaarstukken goedgekeurd.\n\nDaarna werd de nieuwe contributie voor volgend seizoen vastgesteld.\n';
    expect(decisions(text)).toEqual([
      'Na de koffie werden zonder veel discussie de jaarstukken goedgekeurd.',
      'Daarna werd de nieuwe contributie voor volgend seizoen vastgesteld.',
    ]);
  });

  it('reads a board member re-elected (`herkozen`) as a decision', () => {
    const text = 'Verslag jaarvergadering schaakclub\n\nDe secretaris en de penningmeester zijn met applaus herkozen.\n';
    expect(decisions(text)).toEqual(['De secretaris en de penningmeester zijn met applaus herkozen.']);
  });

  it('takes no participle that is not the last word of its clause, nor one that is negated', () => {
    const text = 'Verslag jaarvergadering schaakclub\n\nEr werd lang over het goedgekeurde plan van de jeugdcommissie gesproken.\n\nDe begroting werd door de leden helaas niet goedgekeurd.\n';
    expect(decisions(text)).toEqual([]);
  });
});

const when = (text: string) => {
  const m = parseMinutes(text);
  return { date: m.date, startTime: m.startTime, endTime: m.endTime, location: m.location };
};

describe('Dutch times of day written in prose or with `u` after them', () => {
  it('reads date, place and a range of times with `u` glued on, in that order on one line', () => {
    const text = '# Overleg fietsbeleid\n\n3 maart 2021, Zwolle, 10:00u - 12:30u\n\n## Opening\n\nWelkom.\n';
    expect(when(text)).toEqual({ date: '2021-03-03', startTime: '10:00', endTime: '12:30', location: 'Zwolle' });
  });

  it('reads the start from `De aanvang was ... uur` and an evening close written on the twelve-hour dial', () => {
    const text = 'Op dinsdag 9 april 2019 hield de biljartclub haar jaarvergadering.\n\nDe aanvang was 19.45 uur.\n\nNa de rondvraag sloot de voorzitter om 10.15 uur de vergadering.\n';
    expect(when(text)).toMatchObject({ date: '2019-04-09', startTime: '19:45', endTime: '22:15' });
  });

  it('keeps a close past midnight as written', () => {
    const text = 'Op vrijdag 6 december 2019 hield de toneelvereniging haar jaarvergadering.\n\nDe aanvang was 23.00 uur.\n\nNa de rondvraag sluit de voorzitter de vergadering om 00.30 uur.\n';
    expect(when(text)).toMatchObject({ startTime: '23:00', endTime: '00:30' });
  });
});

const tasks = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

describe('a name before the auxiliary of the passive undergoes, it does not do', () => {
  it('reads no task in `Tool wordt nog onderzocht` nor in `Piet wordt voorzitter`', () => {
    const text = '# Overleg digitalisering\n\nAanwezig: Piet Jansen, Sara de Wit\n\n## Tools\n\nWe vergelijken drie pakketten. Kraken wordt nog onderzocht door het archief.\n\n## Bestuur\n\nPiet wordt per 1 januari voorzitter.\n';
    expect(tasks(text)).toEqual([]);
  });

  it('still reads a task where the name is followed by a verb of doing', () => {
    const text = '# Overleg digitalisering\n\nAanwezig: Piet Jansen, Sara de Wit\n\n## Tools\n\nSara stuurt de vergelijking van de drie pakketten rond.\n';
    expect(tasks(text)).toEqual([{ owners: ['Sara de Wit'], text: 'Sara stuurt de vergelijking van de drie pakketten rond.' }]);
  });
});

describe('TOML front matter between `+++` fences, as Hugo sites write it', () => {
  it('is front matter, not body: its publishing stamp gives no time, the labelled meeting date wins, its title is read', () => {
    const text = "+++\ndate = '2023-05-09T09:12:40+02:00'\ntitle = 'Werkgroep open data'\ndraft = false\n[menus]\n  [menus.main]\n    weight = 3\n+++\n\n## Bijeenkomst\n\n- Datum: 2 mei 2023\n- Tijd: 10:00-12:00\n\n## Opening\n\nWelkom.\n";
    const m = parseMinutes(text);
    expect({ title: m.title, date: m.date, startTime: m.startTime, endTime: m.endTime }).toEqual({ title: 'Werkgroep open data', date: '2023-05-02', startTime: '10:00', endTime: '12:00' });
  });

  it('takes the date in its title when the body names none, and no start time from a stamp with an offset', () => {
    const text = "+++\ntitle = 'Werkgroep open data 9 mei 2023'\nlastmod = 2023-05-12T08:30:00+02:00\n+++\n\n## Opening\n\nWelkom.\n";
    const m = parseMinutes(text);
    expect({ title: m.title, date: m.date, startTime: m.startTime }).toEqual({ title: 'Werkgroep open data', date: '2023-05-09', startTime: null });
  });
});

describe('roles and fields of the next meeting are not this meeting’s', () => {
  it('takes no chair from `vanaf de volgende keer voorgezeten door X`', () => {
    const text = '# Werkgroep toegankelijkheid\n\n## Opening\n\n- Kennismaking. Vanaf de volgende keer wordt dit overleg voorgezeten door Anouk Visser.\n\n## Rondvraag\n\nGeen vragen.\n';
    expect(parseMinutes(text).participants.filter((p) => p.roles.includes('chair'))).toEqual([]);
  });

  it('takes no chair, date or place from labels under a heading about the next meeting', () => {
    const text = '# Werkgroep toegankelijkheid\n\nDatum: 4 april 2022\n\n## Opening\n\nWelkom.\n\n## Volgende vergadering\n\nVoorzitter: Anouk Visser\nLocatie: Gemeentehuis Deventer\n\n- Thema: formulieren\n';
    const m = parseMinutes(text);
    expect({ date: m.date, location: m.location, chairs: m.participants.filter((p) => p.roles.includes('chair')).map((p) => p.name) }).toEqual({ date: '2022-04-04', location: null, chairs: [] });
  });
});
