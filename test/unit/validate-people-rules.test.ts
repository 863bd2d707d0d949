import { describe, expect, it } from 'vitest';
import { runRule, runRuleOn } from './validate-helpers.js';

describe('title-missing, date-missing, place-missing, participants-missing', () => {
  it('point at the title line, else the first line with text, else 1:1', () => {
    expect(runRuleOn('date-missing', { date: null })).toEqual([
      'm.md:1:1-1:2: error date-missing Unexpected missing date, expected the date of the meeting (`Date: 2024-03-05`, `Aika: 5.3.2024`)',
    ]);
    expect(runRuleOn('title-missing', { title: null, fields: {} }, '\n\n  Date: 2024-01-01  \n')).toEqual([
      'm.md:3:3-3:19: error title-missing Unexpected missing title, expected a first heading or line naming the meeting',
    ]);
    expect(runRuleOn('participants-missing', { participants: [], fields: {} }, '')).toEqual([
      'm.md:1:1-1:1: error participants-missing Unexpected missing participants, expected a list of who attended (`Present:`, `Läsnä:`)',
    ]);
  });

  it('points place-missing at the date as written when there is one', () => {
    expect(runRule('place-missing', '# Board\n\n**Date:** 5 March 2024\n', 'en')).toEqual([
      'm.md:3:11-3:23: warn place-missing Unexpected missing place, expected where the meeting was held (`Location:`, `Paikka:`)',
    ]);
  });
});

describe('chair-missing and secretary-missing', () => {
  it('flag a list without the role, at the list', () => {
    expect(runRule('chair-missing', '# Board\n\nDate: 2024-05-07\nPresent: Laura Finch, Mark Dyer (secretary)\n', 'en')).toEqual([
      'm.md:4:1-4:44: warn chair-missing Unexpected missing chair, expected a chair among the participants (`Chair: Anna Virtanen`, `Anna Virtanen (pj.)`)',
    ]);
    expect(runRule('secretary-missing', '# Board\n\nDate: 2024-05-07\nPresent: Laura Finch, Mark Dyer (secretary)\n', 'en')).toEqual([]);
  });

  it('stay silent when nobody is listed, which participants-missing reports', () => {
    expect(runRuleOn('chair-missing', { participants: [] })).toEqual([]);
    expect(runRuleOn('secretary-missing', { participants: [] })).toEqual([]);
  });
});

describe('participant-duplicate', () => {
  it('flags the second entry, ignoring case and diacritics', () => {
    const person = (name: string, column: number) => ({ name, organization: null, roles: [], present: true, position: { line: 3, column } });
    const text = '# K\n\nLäsnä: Sirkka Seppälä, Arja Nevala, sirkka seppala\n';
    expect(runRuleOn('participant-duplicate', { participants: [person('Sirkka Seppälä', 8), person('Arja Nevala', 24), person('sirkka seppala', 37)] }, text)).toEqual([
      'm.md:3:37-3:51: warn participant-duplicate Unexpected second `sirkka seppala`, expected each participant once (first at 3:8)',
    ]);
  });
});

describe('presenter-unknown', () => {
  const item = (presenter: string) => ({ number: '2', title: 'Talousarvio', presenter, text: 'x', position: { line: 5, column: 4 } });
  const text = '# K\n\n\n\n## 2. Talousarvio / Pekka Salo\n';

  it('flags a presenter who is not a participant, at the name', () => {
    expect(runRuleOn('presenter-unknown', { agenda: [item('Pekka Salo')] }, text)).toEqual([
      'm.md:5:21-5:31: warn presenter-unknown Unexpected presenter `Pekka Salo`, expected a participant of the meeting',
    ]);
  });

  it('passes participants by full or first name, handles, groups, and meetings without participants', () => {
    expect(runRuleOn('presenter-unknown', { agenda: [item('Anna Virtanen'), item('Liisa'), item('Anna ja Mikko'), item('@pekka'), item('tiimin jäsenet')] })).toEqual([]);
    expect(runRuleOn('presenter-unknown', { agenda: [item('Pekka Salo')], participants: [] })).toEqual([]);
  });
});

describe('owner-unknown, due-before-meeting, action-owner-missing, action-due-missing', () => {
  const action = (overrides: object) => ({ id: 'A1', item: '1', owners: [], text: 'Pekka lähettää kutsun 1.3.2024 mennessä.', due: null, status: 'open' as const, position: { line: 5, column: 1 }, cue: { kind: 'grammar' as const, words: 'Pekka lähettää' }, ...overrides });
  const text = '# K\n\n\n\nPekka lähettää kutsun 1.3.2024 mennessä. Muuta.\n';

  it('flag an owner who is not a participant, but not handles, groups or participants', () => {
    expect(runRuleOn('owner-unknown', { actions: [action({ owners: ['Pekka', '@pekka', 'kaikki', 'Anna Virtanen', '@liisak'] })] }, text)).toEqual([
      'm.md:5:1-5:6: warn owner-unknown Unexpected owner `Pekka`, expected a participant of the meeting',
    ]);
    expect(runRuleOn('owner-unknown', { actions: [action({ owners: ['Pekka'] })], participants: [] }, text)).toEqual([]);
  });

  it('take a person of the roster as a known owner, and say the roster counts when one is given', () => {
    const roster = [{ name: 'Pekka Salo', aliases: ['PS'] }, { name: 'Liisa Koski' }];
    expect(runRuleOn('owner-unknown', { actions: [action({ owners: ['Pekka', 'PS', 'Pekka Salo'] })] }, text, roster)).toEqual([]);
    expect(runRuleOn('owner-unknown', { actions: [action({ owners: ['Pekka'] })] }, text, [{ name: 'Liisa Koski' }])).toEqual([
      'm.md:5:1-5:6: warn owner-unknown Unexpected owner `Pekka`, expected a participant of the meeting or a person of the roster',
    ]);
  });

  it('participant-unknown: flag listed people who are nobody of the roster, at their name, and none without a place', () => {
    const lines = '# K\n\nLäsnä: Anna Virtanen, P. Salo, Ville Vieras\n';
    const at = (column: number) => ({ line: 3, column });
    const participants = [
      { name: 'Anna Virtanen', organization: null, roles: [], present: true, position: at(8) },
      { name: 'Pekka Salo', nameAsWritten: 'P. Salo', organization: null, roles: [], present: true, position: at(23) },
      { name: 'Ville Vieras', organization: null, roles: [], present: true, position: at(32) },
      { name: 'Ulla Ulkona', organization: null, roles: [], present: false },
      { name: 'Kim', handle: '@kimk', organization: null, roles: [], present: true, position: at(1) },
    ];
    const roster = [{ name: 'Anna Virtanen' }, { name: 'Pekka Salo' }, { name: 'Kim Koo', handles: ['@kimk'] }];
    expect(runRuleOn('participant-unknown', { participants }, lines, roster)).toEqual([
      'm.md:3:32-3:44: warn participant-unknown Unexpected participant `Ville Vieras`, expected a person of the roster (`people` in the configuration)',
    ]);
    // No roster: nobody is on it.
    expect(runRuleOn('participant-unknown', { participants: participants.slice(0, 1) }, lines)).toEqual([
      'm.md:3:8-3:21: warn participant-unknown Unexpected participant `Anna Virtanen`, expected a person of the roster (`people` in the configuration)',
    ]);
  });

  it('flag an open action due before the meeting, at the due date as written', () => {
    const due = { text: '1.3.2024', start: '2024-03-01', end: '2024-03-01' };
    expect(runRuleOn('due-before-meeting', { actions: [action({ due }), action({ due, status: 'done' })] }, text)).toEqual([
      'm.md:5:23-5:31: warn due-before-meeting Unexpected due date 2024-03-01 before the meeting on 2024-03-12, expected a date on or after the meeting',
    ]);
    expect(runRuleOn('due-before-meeting', { actions: [action({ due: { ...due, end: '2024-03-12' } })] }, text)).toEqual([]);
  });

  it('note open actions without an owner or a due date, over the action\'s text', () => {
    expect(runRuleOn('action-owner-missing', { actions: [action({}), action({ status: 'done' }), action({ owners: ['Anna Virtanen'] })] }, text)).toEqual([
      'm.md:5:1-5:41: info action-owner-missing Unexpected action without an owner, expected someone named to do it',
    ]);
    expect(runRuleOn('action-due-missing', { actions: [action({})] }, text)).toEqual([
      'm.md:5:1-5:41: warn action-due-missing Unexpected action without a due date, expected a deadline (`by 15.3.`, `viikolla 12`)',
    ]);
  });
});
