import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionRecord } from '../src/report/types.js';
import type { Meeting } from '../src/model/meeting.js';
import { runCli } from './fake-io.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Two meetings that write Minna Männikkö four ways (`M. Männikkö`, `MM`, `Minnalle`, `@mmannikko`), with `.minutesrc.json` beside them. */
const rosterFolder = join(root, 'fixtures', 'roster');
const meetings = ['fixtures/roster/2020-02-14-tyoryhma.md', 'fixtures/roster/2020-03-10-workgroup.md'];
const today = ['--today', '2020-03-01'];
let temp: string;

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'minutes-cli-roster-'));
});

afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

/** A copy of the roster fixtures in the temporary folder, with `config` (a JSON value or text) as its `.minutesrc.json`, or none. */
async function copyMeetings(config?: unknown): Promise<string> {
  const copy = join(temp, 'minutes');
  await mkdir(copy, { recursive: true });
  for (const name of await readdir(rosterFolder)) if (name.endsWith('.md')) await copyFile(join(rosterFolder, name), join(copy, name));
  if (config !== undefined) await writeFile(join(copy, '.minutesrc.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return copy;
}

async function actionsJson(paths: string[], args: string[] = [], cwd = root): Promise<ActionRecord[]> {
  const result = await runCli(['actions', ...paths, '--format', 'json', '--status', 'all', ...today, ...args], { cwd });
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout) as ActionRecord[];
}

describe('a people roster across meetings', () => {
  it('gives one person one name in both meetings, however the minutes wrote it, keeping what they wrote', async () => {
    const result = await runCli(['parse', ...meetings, '--json'], { cwd: root });
    expect(result.exitCode).toBe(0);
    const [february, march] = JSON.parse(result.stdout) as [Meeting, Meeting];
    expect(february.participants.map((p) => [p.name, p.nameAsWritten ?? null])).toEqual([
      ['Minna Männikkö', 'M. Männikkö'],
      ['Isa Kotilaine', null],
      ['Heidi Tuikka', null],
      ['Pekka Salo', null],
    ]);
    expect(march.participants.map((p) => [p.name, p.nameAsWritten ?? null])).toEqual([
      ['Minna Männikkö', null],
      ['Isa Kotilaine', null],
      ['Heidi Tuikka', 'H. Tuikka'],
    ]);
    // The roster's e-mail, and its organisation where the minutes name none.
    expect(february.participants[0]).toMatchObject({ email: 'minna.mannikko@example.org', organization: 'Oulun kaupunginkirjasto' });
    const owners = (meeting: Meeting) => meeting.actions.map((a) => [a.owners.join(', '), (a.ownersAsWritten ?? a.owners).join(', ')]);
    expect(owners(february)).toEqual([
      ['Minna Männikkö', 'Minna'], // "Minnalle annettiin tehtäväksi ..."
      ['Minna Männikkö', 'M. Männikkö'], // "MM: ...", through the meeting's participant list first
      ['Isa Kotilaine', 'Isa Kotilaine'],
      ['Heidi Tuikka', '@htuikka'],
    ]);
    expect(owners(march)).toEqual([
      ['Minna Männikkö', 'Minna Männikkö'], // "@mmannikko", a handle the minutes give beside her name
      ['Isa Kotilaine', 'Isa Kotilaine'],
      ['Heidi Tuikka', 'Heidi'],
    ]);
  });

  it('lists each person once in minutes actions, where without the roster the same people are six owners', async () => {
    const owners = (records: ActionRecord[]) => [...new Set(records.flatMap((record) => record.owners))].sort();
    expect(owners(await actionsJson(['fixtures/roster']))).toEqual(['Heidi Tuikka', 'Isa Kotilaine', 'Minna Männikkö']);
    const bare = await copyMeetings();
    expect(owners(await actionsJson(['.'], [], bare))).toEqual(['@htuikka', 'Heidi', 'Isa Kotilaine', 'M. Männikkö', 'Minna', 'Minna Männikkö']);
  });

  it('finds a person by an alias, a handle, the name and an inflected form with --owner', async () => {
    const texts = async (owner: string) => (await actionsJson(['fixtures/roster'], ['--owner', owner])).map((record) => record.text);
    const minnas = await texts('MM');
    expect(minnas).toHaveLength(3);
    expect(minnas.join('\n')).toContain('Minnalle annettiin');
    expect(minnas.join('\n')).toContain('@mmannikko to send');
    for (const way of ['@mmannikko', 'mmannikko', 'M. Männikkö', 'minna mannikko', 'Männikölle']) expect(await texts(way), way).toEqual(minnas);
    expect(await texts('@htuikka')).toHaveLength(2);
    expect(await texts('ik')).toHaveLength(2);
  });

  it('writes an ATTENDEE with the roster e-mail in --format ics, only for owners that have one', async () => {
    const result = await runCli(['actions', 'fixtures/roster', '--format', 'ics', '--status', 'all', ...today], { cwd: root });
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.replaceAll('\r\n ', '').split('\r\n');
    const attendees = lines.filter((line) => line.startsWith('ATTENDEE'));
    expect(attendees.filter((line) => line === 'ATTENDEE;CN=Minna Männikkö:mailto:minna.mannikko@example.org')).toHaveLength(3);
    expect(attendees.filter((line) => line === 'ATTENDEE;CN=Isa Kotilaine:mailto:isa.kotilaine@example.org')).toHaveLength(2);
    // Heidi Tuikka has no e-mail in the roster: her two tasks have no ATTENDEE.
    expect(attendees).toHaveLength(5);
    expect(lines.filter((line) => line === 'CATEGORIES:Heidi Tuikka')).toHaveLength(2);
  });
});

describe('validate with a roster', () => {
  it('reports attendees missing from the roster with participant-unknown, when the configuration turns it on', async () => {
    const roster = JSON.parse(await readFile(join(rosterFolder, '.minutesrc.json'), 'utf8')) as { people: unknown[] };
    const folder = await copyMeetings({ ...roster, rules: { 'participant-unknown': 'error' } });
    const result = await runCli(['validate', '--format', 'github', '.'], { cwd: folder });
    expect(result.stdout).toBe(
      '::error file=2020-02-14-tyoryhma.md,line=5,col=64,endLine=5,endColumn=74,title=participant-unknown::Unexpected participant `Pekka Salo`, expected a person of the roster (`people` in the configuration)\n',
    );
    expect(result.exitCode).toBe(1);
  });

  it('is off by default, and accepts roster people as owners in owner-unknown', async () => {
    const messages = (stdout: string) => (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>).flatMap((file) => file.messages);
    const withRoster = await runCli(['validate', '--format', 'json', 'fixtures/roster'], { cwd: root });
    expect(withRoster.exitCode).toBe(0);
    expect(messages(withRoster.stdout)).toEqual([]);
    // Without the roster, the owners the meeting cannot place are unknown.
    const bare = await copyMeetings();
    const result = await runCli(['validate', '--format', 'json', '.'], { cwd: bare });
    const unknown = messages(result.stdout).filter((m) => m.ruleId === 'owner-unknown').map((m) => m.message);
    expect(unknown).toEqual(['Unexpected owner `Minna`, expected a participant of the meeting', 'Unexpected owner `Heidi`, expected a participant of the meeting']);
  });
});

describe('a malformed roster', () => {
  const bad = { people: [{ name: 'Minna Männikkö', aliases: ['MM'] }, { name: 'Matti Mäki', aliases: 'MaM' }] };
  const claimed = { people: [{ name: 'Minna Männikkö', aliases: ['MM'] }, { name: 'Matti Mäki', aliases: ['mm'] }] };

  it.each([['parse', '2020-02-14-tyoryhma.md'], ['actions', '.'], ['validate', '.']])('stops %s with one line naming the file and the key, exit 2', async (command, path) => {
    const folder = await copyMeetings(bad);
    expect(await runCli([command, path], { cwd: folder })).toEqual({ exitCode: 2, stdout: '', stderr: 'minutes: .minutesrc.json: people[1].aliases: expected array, got "MaM"\n' });
    const other = await copyMeetings(claimed);
    expect(await runCli([command, path], { cwd: other })).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'minutes: .minutesrc.json: people[1].aliases[0]: "mm" is already claimed by people[0] (Minna Männikkö) as aliases[0]\n',
    });
  });

  it('names the line and column of invalid JSON', async () => {
    const folder = await copyMeetings('{"people": [{"name": "A"},]}');
    expect(await runCli(['actions', '.'], { cwd: folder })).toMatchObject({ exitCode: 2, stderr: 'minutes: .minutesrc.json: invalid JSON at line 1 column 27\n' });
  });
});

describe('the cache and the roster', () => {
  it('never gives the names of an earlier roster: parse results are stored without them, whole runs with the configuration', async () => {
    const cache = join(temp, 'cache');
    const roster = JSON.parse(await readFile(join(rosterFolder, '.minutesrc.json'), 'utf8')) as { people: Array<{ name: string }> };
    const folder = await copyMeetings(roster);
    const owners = async () => [...new Set((await actionsJson(['.'], ['--cache', '--cache-location', cache], folder)).flatMap((r) => r.owners))].sort();
    expect(await owners()).toEqual(['Heidi Tuikka', 'Isa Kotilaine', 'Minna Männikkö']);
    expect(await owners()).toEqual(['Heidi Tuikka', 'Isa Kotilaine', 'Minna Männikkö']);
    // Minna changes her name: every task follows, from the same cached parse results.
    const renamed = { people: roster.people.map((person) => (person.name === 'Minna Männikkö' ? { ...person, name: 'Minna Rautio', aliases: ['M. Männikkö', 'MM', 'Minna Männikkö'] } : person)) };
    await writeFile(join(folder, '.minutesrc.json'), JSON.stringify(renamed));
    expect(await owners()).toEqual(['Heidi Tuikka', 'Isa Kotilaine', 'Minna Rautio']);
    const validate = async () => (await runCli(['validate', '--format', 'json', '--rule', 'participant-unknown=warn', '--cache', '--cache-location', cache, '.'], { cwd: folder })).stdout;
    expect(await validate()).toContain('Pekka Salo');
    await writeFile(join(folder, '.minutesrc.json'), JSON.stringify({ people: [...renamed.people, { name: 'Pekka Salo' }] }));
    expect(await validate()).not.toContain('Pekka Salo');
  });
});
