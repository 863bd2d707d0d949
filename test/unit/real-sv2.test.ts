import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found in the second round of reading real Swedish minutes (the board of a national section
 * of an NGO, a youth association's annual meeting, a fellowship's service group, a course team's
 * work summaries). Every sentence below is written for the test; none is copied from them.
 */

const tasks = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

describe('Swedish minutes report what a member said in the present tense', () => {
  it('reads no task in `X sammanfattar ...`, `X konstaterar ...` or `X tillägger ...`', () => {
    const text = 'Protokoll styrelsemöte\n\nNärvarande: Karin Lund, Olle Berg\n\n§ 4 Utvärdering av höstens möten\n\nKarin Lund sammanfattar medlemmarnas svar på enkäten om höstens möten.\n\nOlle Berg konstaterar att deltagandet har ökat och tillägger att lokalen var för liten.\n';
    expect(tasks(text)).toEqual([]);
  });

  it('still reads `X tar kontakt med ...` as a task', () => {
    const text = 'Protokoll styrelsemöte\n\nNärvarande: Karin Lund, Olle Berg\n\n§ 5 Lokal\n\nOlle Berg tar kontakt med hyresvärden om en större lokal.\n';
    expect(tasks(text)).toEqual([{ owners: ['Olle Berg'], text: 'Olle Berg tar kontakt med hyresvärden om en större lokal.' }]);
  });
});

describe('a meeting over two days in its title line', () => {
  it('is dated by its first day, and the last day is its end date', () => {
    const text = 'Möte med förbundsstyrelsen den 14-15 mars 2009\n\nNärvarande: Karin Lund, Olle Berg\n\n§ 1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n';
    const m = parseMinutes(text);
    expect({ date: m.date, endDate: m.endDate }).toEqual({ date: '2009-03-14', endDate: '2009-03-15' });
  });

  it('keeps a single day as it is', () => {
    const text = 'Möte med förbundsstyrelsen den 15 mars 2009\n\nNärvarande: Karin Lund, Olle Berg\n';
    expect(parseMinutes(text).date).toEqual('2009-03-15');
  });
});

describe('the abbreviation `mötesordf.` beside a name in the attendance', () => {
  it('makes that member the chair', () => {
    const text = 'Protokoll styrelsemöte 3 maj 2011\n\nNärvarande:\nKarin Lund, mötesordf.\nOlle Berg, sekr.\nEva Ek\n\n§ 1 Mötets öppnande\n\nMötet öppnades.\n';
    const m = parseMinutes(text);
    expect(m.participants.filter((p) => p.roles.includes('chair')).map((p) => p.name)).toEqual(['Karin Lund']);
  });
});
