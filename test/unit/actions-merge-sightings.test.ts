import { describe, expect, it } from 'vitest';
import { contentWords } from '../../src/actions/content-words.js';
import { mergeSightings } from '../../src/actions/merge-sightings.js';
import type { ActionRecord } from '../../src/report/types.js';
import { actionRecord } from './report-fixtures.js';

const today = '2020-01-20';

/** An action of the meeting held on `date`, in `minutes/DATE.md`, with a history of itself. */
function seen(date: string | null, overrides: Partial<ActionRecord> = {}): ActionRecord {
  const record = actionRecord({
    owners: ['Minna Männikkö'],
    text: 'Lähetä tiimiläisille Oulun omatoimiaikojen toimintaohjeet',
    due: null,
    path: `minutes/${date ?? 'undated'}.md`,
    meeting: { date, title: 'Työryhmä' },
    ...overrides,
  });
  return { ...record, history: [{ path: record.path, date, status: record.status, line: record.position.line }] };
}

function summary(records: ActionRecord[]) {
  return records.map((r) => ({ path: r.path, status: r.status, history: r.history.map((s) => `${s.date} ${s.status}`) }));
}

describe('mergeSightings', () => {
  it('closes a task an earlier meeting opened when a later one says it is done', () => {
    const opened = seen('2019-11-08', { text: '@minna: Lähetä tiimiläisille Oulun omatoimiaikojen toimintaohjeet 15.12.2019 mennessä', due: { text: '15.12.2019', start: '2019-12-15', end: '2019-12-15' } });
    const closed = seen('2019-12-13', { text: 'Minnalle: lähetä tiimiläisille Oulun omatoimiaikojen toimintaohjeet (tehty)', status: 'done' });
    const merged = mergeSightings([closed, opened], { today });
    expect(summary(merged)).toEqual([
      { path: 'minutes/2019-12-13.md', status: 'done', history: ['2019-11-08 open', '2019-12-13 done'] },
    ]);
    expect(merged[0]?.due?.end).toBe('2019-12-15');
    expect(merged[0]?.overdue).toBe(false);
  });

  it('keeps a task open through restatements, with the latest due date any sighting gave', () => {
    const first = seen('2019-11-08', { text: 'Minna: tilavaraukset koulutuspäiville 31.1.2019 mennessä', due: { text: '31.1.2019', start: '2019-01-31', end: '2019-01-31' } });
    const again = seen('2019-12-13', { text: 'Minna: tilavaraukset koulutuspäiville, kesken' });
    const [task, ...rest] = mergeSightings([first, again], { today });
    expect(rest).toEqual([]);
    expect(task?.status).toBe('open');
    expect(task?.due?.end).toBe('2019-01-31');
    expect(task?.overdue).toBe(true);
    expect(task?.history.map((s) => s.path)).toEqual(['minutes/2019-11-08.md', 'minutes/2019-12-13.md']);
  });

  it('needs the same owners, folded and as sets', () => {
    const a = seen('2019-11-08', { owners: ['Minna Männikkö', 'Isa Kotilaine'] });
    const b = seen('2019-12-13', { owners: ['isa kotilaine', 'MINNA MANNIKKO'], status: 'done' });
    const c = seen('2020-01-10', { owners: ['Isa Kotilaine'], status: 'done' });
    expect(summary(mergeSightings([a, b, c], { today }))).toEqual([
      { path: 'minutes/2019-12-13.md', status: 'done', history: ['2019-11-08 open', '2019-12-13 done'] },
      { path: 'minutes/2020-01-10.md', status: 'done', history: ['2020-01-10 done'] },
    ]);
  });

  it('needs similar text: different tasks of one owner stay apart', () => {
    const a = seen('2019-11-08', { text: 'Book the rooms for the spring training days' });
    const b = seen('2019-12-13', { text: 'Send the survey results to the group', status: 'done' });
    expect(mergeSightings([a, b], { today })).toHaveLength(2);
  });

  it('never merges two actions of one file, or actions of undated meetings', () => {
    const a = seen('2019-11-08');
    const b = seen('2019-11-08', { id: 'a2', position: { line: 30, column: 1 } });
    const c = seen(null, { status: 'done' });
    const d = seen(null, { path: 'other.md', status: 'done' });
    expect(mergeSightings([a, b, c, d], { today })).toHaveLength(4);
  });

  it('starts a new task when a closed one comes up open again', () => {
    const a = seen('2019-11-08', { status: 'done' });
    const b = seen('2019-12-13');
    const c = seen('2020-01-10', { status: 'done' });
    expect(summary(mergeSightings([a, b, c], { today }))).toEqual([
      { path: 'minutes/2019-11-08.md', status: 'done', history: ['2019-11-08 done'] },
      { path: 'minutes/2020-01-10.md', status: 'done', history: ['2019-12-13 open', '2020-01-10 done'] },
    ]);
  });

  it('joins the most similar open task and keeps records without a history', () => {
    const near = seen('2019-11-08', { text: 'Update the workgroup page with the training dates' });
    const far = seen('2019-11-08', { id: 'a2', text: 'Update the workgroup calendar', position: { line: 40, column: 1 } });
    const closing = { ...seen('2019-12-13', { text: 'Update the workgroup page with training dates', status: 'done' }), history: [] };
    const merged = mergeSightings([near, far, closing], { today });
    expect(merged.map((r) => [r.status, r.history.length])).toEqual([
      ['done', 2],
      ['open', 1],
    ]);
  });

  it('merges long chains of many owners, each task with its whole history', () => {
    const word = (k: number, turn: number) => {
      const a = ['bak', 'dok', 'fim', 'gur', 'hel'][k % 5] as string;
      const b = ['an', 'eb', 'id', 'ol', 'um'][Math.floor(k / 5)] as string;
      return [a + b, b + a, `${a.slice(0, 2)}${b}${a.slice(2)}`][turn];
    };
    const records: ActionRecord[] = [];
    for (let m = 0; m < 400; m++) {
      const date = `20${String(10 + Math.floor(m / 12)).padStart(2, '0')}-${String((m % 12) + 1).padStart(2, '0')}-01`;
      for (let k = 0; k < 25; k++) {
        records.push(seen(date, { id: `a${k}`, owners: [`Person ${k % 5}`], text: `Prepare ${word(k, 0)}, ${word(k, 1)} and ${word(k, 2)}`, position: { line: k + 1, column: 1 } }));
      }
    }
    const merged = mergeSightings(records, { today });
    expect(merged).toHaveLength(25);
    expect(merged.map((r) => r.history.length)).toEqual(new Array(25).fill(400));
    expect(merged.map((r) => r.id)).toEqual(Array.from({ length: 25 }, (_, k) => `a${k}`));
  });
});

describe('contentWords', () => {
  it('drops the deadline, numbers, stopwords, done words and owner names, and stems what is left', () => {
    expect(
      contentWords({
        owners: ['Minna Männikkö'],
        text: 'ACTION: Minnalle ja Männikölle: lähetä toimintaohjeet 15.12.2019 mennessä, done',
        due: { text: '15.12.2019', start: '2019-12-15', end: '2019-12-15' },
      }),
    ).toEqual(['lahet', 'toimi']);
  });
});
