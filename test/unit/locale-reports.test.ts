import { describe, expect, it } from 'vitest';
import { formatActionsTable } from '../../src/report/actions-table.js';
import { explainCue, formatMeeting } from '../../src/report/meeting-text.js';
import { formatStylish } from '../../src/report/validate-stylish.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { formatMessageLine } from '../../src/validate/message-line.js';
import { rules } from '../../src/validate/rules/index.js';
import { validateMeeting } from '../../src/validate/validate-meeting.js';
import { actionRecord, validationMessage } from './report-fixtures.js';
import { meeting } from './validate-helpers.js';

const today = '2025-03-05';

describe('rule messages in Finnish and Swedish', () => {
  const text = '# Hallitus\n\nAika: Ma 8.11.2019\n\n## 1. Avaus\n\nAvattiin.\n\n## 2. Talous\n\nKäsiteltiin.\n\n## 4. Päättäminen\n\nPäätettiin.\n';
  const run = (locale: 'en' | 'fi' | 'sv', id: string) =>
    validateMeeting({ path: 'm.md', text, meeting: parseMinutes(text, { path: 'm.md' }) }, { rules: rules.filter((rule) => rule.id === id), locale }).map(formatMessageLine);

  it('agenda-numbering', () => {
    expect(run('en', 'agenda-numbering')).toEqual(['m.md:13:4-13:18: warn agenda-numbering Unexpected agenda item number 4, expected 3']);
    expect(run('fi', 'agenda-numbering')).toEqual(['m.md:13:4-13:18: warn agenda-numbering Odottamaton asiakohdan numero 4, odotettiin numeroa 3']);
    expect(run('sv', 'agenda-numbering')).toEqual(['m.md:13:4-13:18: warn agenda-numbering Oväntat punktnummer 4, förväntade 3']);
  });

  it('weekday-mismatch names the weekday in the language of the messages', () => {
    expect(run('fi', 'weekday-mismatch')).toEqual(['m.md:3:7-3:19: error weekday-mismatch Viikonpäivä `Ma` ei sovi päivämäärään 2019-11-08: se on perjantai']);
    expect(run('sv', 'weekday-mismatch')).toEqual(['m.md:3:7-3:19: error weekday-mismatch Oväntad veckodag `Ma` för 2019-11-08, förväntade `perjantai` (fredag)']);
  });

  it('date-invalid names the month in the language of the messages', () => {
    const invalid = '# Kokous\n\nSeuraava kokous 31.4.2024\n';
    const say = (locale: 'fi' | 'sv') =>
      validateMeeting({ path: 'm.md', text: invalid, meeting: meeting() }, { rules: rules.filter((rule) => rule.id === 'date-invalid'), locale }).map((m) => m.message);
    expect(say('fi')).toEqual(['Odottamaton päivämäärä `31.4.2024`, odotettiin päivää väliltä 1–30 (huhtikuu 2024)']);
    expect(say('sv')).toEqual(['Oväntat datum `31.4.2024`, förväntade en dag från 1 till 30 i april 2024']);
  });

  it('keeps rule ids and severities as they are', () => {
    const messages = validateMeeting({ path: 'm.md', text: '', meeting: meeting({ title: null }) }, { locale: 'fi' });
    expect(messages.map((m) => `${m.ruleId} ${m.severity}`)).toEqual(['title-missing error']);
    expect(messages[0]?.message).toBe('Otsikko puuttuu, odotettiin ensimmäistä otsikkoa tai riviä, joka nimeää kokouksen');
  });
});

describe('the stylish report in Finnish and Swedish', () => {
  const messages = [validationMessage(), validationMessage({ severity: 'error', start: { line: 4, column: 1 } }), validationMessage({ severity: 'warn' }), validationMessage({ severity: 'info' })];

  it('counts and names the severities', () => {
    expect(formatStylish(messages, { color: 0, locale: 'fi' }).endsWith('\n\n✖ 2 virhettä, ⚠ 1 varoitus, ℹ 1 huomautus\n')).toBe(true);
    expect(formatStylish(messages, { color: 0, locale: 'sv' }).endsWith('\n\n✖ 2 fel, ⚠ 1 varning, ℹ 1 informationsmeddelande\n')).toBe(true);
    expect(formatStylish(messages, { color: 0, locale: 'fi' })).toContain('  3:1-3:11  varoitus   ');
    expect(formatStylish(messages, { color: 0, locale: 'sv' })).toContain('  3:1-3:11  varning  ');
    expect(formatStylish(messages, { color: 0, locale: 'fi' })).toContain('date-missing');
  });

  it('says there are no problems', () => {
    expect(formatStylish([], { color: 0, locale: 'fi' })).toBe('✔ ei ongelmia\n');
    expect(formatStylish([], { color: 0, locale: 'sv' })).toBe('✔ inga problem\n');
  });
});

describe('the actions table in Finnish and Swedish', () => {
  const records = [
    actionRecord(),
    actionRecord({ id: 'a2', owners: ['Bo Ek'], text: 'Book a room', due: { text: '2025-03-01', start: '2025-03-01', end: '2025-03-01' } }),
    actionRecord({ id: 'a3', owners: [], text: 'Tidy up', due: null }),
  ];

  it('heads unassigned actions, marks the overdue ones and sums up', () => {
    const fi = formatActionsTable(records, { color: 0, width: 0, today, locale: 'fi' });
    expect(fi).toContain('\n(ei vastuuhenkilöä)\n');
    expect(fi).toContain('2025-03-01, myöhässä');
    expect(fi.endsWith('\n\n3 avointa tehtävää, 1 myöhässä, 2 henkilöä\n')).toBe(true);
    const sv = formatActionsTable(records, { color: 0, width: 0, today, locale: 'sv' });
    expect(sv).toContain('\n(ingen ansvarig)\n');
    expect(sv).toContain('2025-03-01, försenad');
    expect(sv.endsWith('\n\n3 öppna uppgifter, 1 försenad, 2 personer\n')).toBe(true);
  });

  it('counts done and mixed actions, and none', () => {
    const done = actionRecord({ id: 'a4', status: 'done' });
    expect(formatActionsTable([done], { color: 0, width: 0, today, locale: 'fi' })).toContain('\n1 tehty tehtävä, 0 myöhässä, 1 henkilö\n');
    expect(formatActionsTable([actionRecord(), done], { color: 0, width: 0, today, locale: 'sv' })).toContain('\n2 uppgifter (1 öppna, 1 klara), 0 försenade, 1 person\n');
    expect(formatActionsTable([], { color: 0, width: 80, today, locale: 'fi' })).toBe('0 tehtävää\n');
    expect(formatActionsTable([], { color: 0, width: 80, today, locale: 'sv' })).toBe('0 uppgifter\n');
  });
});

describe('the parse text in Finnish and Swedish', () => {
  const minutes = meeting({
    title: null,
    participants: [
      { name: 'Anna Virtanen', organization: null, roles: ['chair'], present: true },
      { name: 'Bo Ek', organization: null, roles: [], present: false },
    ],
    decisions: [],
    actions: [{ id: 'x', text: 'Tidy up', owners: [], due: { text: '1.4.', start: '2024-04-01', end: '2024-04-01' }, status: 'open', item: null, position: { line: 9, column: 1 }, cue: { kind: 'marker', words: 'TODO' } }],
  });

  it('labels the parts and lines up what follows When, Where and Absent', () => {
    expect(formatMeeting(minutes, { color: 0, width: 0, locale: 'fi', explain: true }).split('\n')).toEqual([
      '(nimetön kokous)',
      'm.md',
      'Aika   2024-03-12 18:00–19:30',
      'Paikka Toimisto',
      'Läsnä',
      '  Anna Virtanen puheenjohtaja',
      'Poissa Bo Ek',
      'Esityslista',
      '  1. Avaus',
      '  2. Päättäminen',
      'Tehtävät',
      '  [ ] Tidy up (määräaika 2024-04-01)',
      '      miksi: merkintä "TODO"',
      '',
    ]);
    const sv = formatMeeting(minutes, { color: 0, width: 0, locale: 'sv' });
    expect(sv).toContain('\nTid         2024-03-12 18:00–19:30\nPlats       Toimisto\nNärvarande\n  Anna Virtanen ordförande\nFrånvarande Bo Ek\nDagordning\n');
    expect(sv).toContain('\nUppgifter\n  [ ] Tidy up (senast 2024-04-01)\n');
    expect(explainCue({ kind: 'grammar', words: 'Minna lähettää', owner: 'Minna' }, 'sv')).toBe('varför: mening "Minna lähettää" · ansvariga: Minna');
  });
});
