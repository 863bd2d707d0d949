import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOverdue, mergeSightings, toRecords } from '../../src/actions/index.js';
import { actionsOf, looksLike, project } from '../../src/cache/entry-kinds.js';
import type { Meeting } from '../../src/model/meeting.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

/** Every minutes fixture, parsed, with its path. */
async function meetings(): Promise<Array<{ path: string; meeting: Meeting }>> {
  const names = [
    ...(await readdir(fixtures)).filter((name) => /\.(?:md|txt)$/.test(name)),
    ...(await readdir(join(fixtures, 'actions'))).map((name) => join('actions', name)),
    ...(await readdir(join(fixtures, 'validate'))).filter((name) => name.endsWith('.md')).map((name) => join('validate', name)),
  ];
  return Promise.all(names.map(async (path) => ({ path, meeting: parseMinutes(await readFile(join(fixtures, path)), { path }) })));
}

describe('actionsOf', () => {
  it('keeps everything toRecords reads: the records of every fixture are the same as from the whole meeting', async () => {
    const all = await meetings();
    expect(all.length).toBeGreaterThan(20);
    expect(all.reduce((sum, { meeting }) => sum + meeting.actions.length, 0)).toBeGreaterThan(20);
    const today = '2020-01-20';
    const slim = all.map(({ path, meeting }) => ({ path, meeting: JSON.parse(JSON.stringify(actionsOf(meeting))) as ReturnType<typeof actionsOf> }));
    expect(toRecords(slim, { today })).toStrictEqual(toRecords(all, { today }));
  });

  it('keeps the first agenda item of each number an action names, and no other', () => {
    const action = (item: string | null) => ({ id: `A${item}`, item, owners: [], text: 'Do it', due: null, status: 'open' as const, position: { line: 1, column: 1 }, cue: { kind: 'marker' as const, words: 'TODO' } });
    const item = (number: string | null, title: string) => ({ number, title, presenter: null, text: 'long text', position: { line: 1, column: 1 } });
    const meeting = { date: '2020-01-01', title: 'T', actions: [action('2'), action(null), action('9')], agenda: [item('1', 'One'), item('2', 'Two'), item(null, 'None'), item('2', 'Again')] };
    expect(actionsOf(meeting)).toStrictEqual({ date: '2020-01-01', title: 'T', actions: meeting.actions, agenda: [{ number: '2', title: 'Two' }] });
  });
});

describe('looksLike', () => {
  it('accepts each kind as project makes it, and not the other kind', async () => {
    const meeting = (await meetings())[0]?.meeting as Meeting;
    expect(looksLike('meeting', project('meeting', meeting))).toBe(true);
    expect(looksLike('actions', project('actions', meeting))).toBe(true);
    expect(looksLike('meeting', project('actions', meeting))).toBe(false);
    expect(looksLike('actions', null)).toBe(false);
    expect(looksLike('actions', { date: 1, title: null, actions: [], agenda: [] })).toBe(false);
  });
});

describe('mergeSightings and overdue', () => {
  it('marks a merged task overdue exactly when isOverdue says so of it, which lets a stored run be used on another day', async () => {
    const all = await meetings();
    for (const today of ['2000-01-01', '2019-12-01', '2020-01-20', '2099-01-01']) {
      const merged = mergeSightings(toRecords(all, { today }), { today });
      for (const record of merged) expect(record.overdue).toBe(isOverdue(record, today));
      const other = mergeSightings(toRecords(all, { today: '2019-06-01' }), { today: '2019-06-01' });
      expect(other.map((record) => ({ ...record, overdue: isOverdue(record, today) }))).toStrictEqual(merged);
    }
  });
});
