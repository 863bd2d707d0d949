import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const tasks = (items: string) =>
  parseMinutes(`# Release sync\n\n2024-03-05\n\nAttendees: Rita Hall, Omar Ortiz\n\n## Tasks\n\n${items}\n`).actions.map((a) => [a.owners, a.text]);

describe('a user handle that assigns a task in a task list', () => {
  it('gives the task to a handle that opens it before its verb', () => {
    expect(tasks('- [ ] @kemp-j tag the release candidate')).toEqual([[['@kemp-j'], '@kemp-j tag the release candidate']]);
  });

  it('gives the task to a handle that closes it, in parentheses or not', () => {
    expect(tasks('- [ ] Update the changelog @wal\n- [ ] Rotate the signing key (@omar99)')).toEqual([
      [['@wal'], 'Update the changelog @wal'],
      [['@omar99'], 'Rotate the signing key (@omar99)'],
    ]);
  });

  it('takes no owner from a handle inside the task or an e-mail address', () => {
    expect(tasks('- [ ] Ask @wal about the mirror\n- [ ] Write to ops@example.org')).toEqual([
      [[], 'Ask @wal about the mirror'],
      [[], 'Write to ops@example.org'],
    ]);
  });

  it('leaves a handle in running prose to the grammar of the sentence', () => {
    const m = parseMinutes('# Release sync\n\n2024-03-05\n\nAttendees: Rita Hall, Omar Ortiz\n\n## Notes\n\nThe mirror was slow, see the report by @wal\n');
    expect(m.actions).toEqual([]);
  });
});

describe('a heading that names a place as its topic', () => {
  it('takes no place from a task under it', () => {
    const m = parseMinutes('# Release sync\n\n2024-03-05\n\n## Venue\n\n- [ ] @kemp-j book the hall\n');
    expect(m.location).toBeNull();
    expect(m.actions.map((a) => a.owners)).toEqual([['@kemp-j']]);
  });

  it('still reads the place under a heading of its own', () => {
    expect(parseMinutes('# Release sync\n\n2024-03-05\n\n## Venue\n\nRoom 4, Library\n').location).toBe('Room 4, Library');
  });
});

describe('markers that name their owner', () => {
  const notes = (line: string) =>
    parseMinutes(`# Release sync\n\n2024-03-05\n\nAttendees: Rita Hall, Omar Ortiz, Kay Kemp\n\n## 1. Mirrors\n\nThe mirrors were slow.\n\n${line}\n`);

  it('reads the owner a code comment puts in parentheses after TODO', () => {
    expect(notes('TODO(omar): rotate the mirror keys').actions.map((a) => a.owners)).toEqual([['Omar Ortiz']]);
  });

  it('gives an arrow that opens with participants before their verb to them as a task, not a decision', () => {
    const one = notes('=> Omar moves the mirrors to the new host');
    expect(one.decisions).toEqual([]);
    expect(one.actions.map((a) => a.owners)).toEqual([['Omar Ortiz']]);
    expect(notes('→ Rita and Kay test the failover').actions.map((a) => a.owners)).toEqual([['Rita Hall', 'Kay Kemp']]);
  });

  it('leaves an arrow before an outcome with no participant a decision', () => {
    const m = notes('=> The mirrors move to the new host');
    expect(m.decisions.map((d) => d.text)).toEqual(['=> The mirrors move to the new host']);
    expect(m.actions).toEqual([]);
  });
});
