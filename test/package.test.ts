import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The package as a user gets it: packed, installed into a new TypeScript project (dependencies from
// npm's cache, which `npm ci` filled), compiled against its declarations and run.
const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'minutes-consumer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const consumer = `import { readFileSync } from 'node:fs';
import { listDecisions, parseMinutes, Meeting as MeetingSchema, type ActionItem, type DecisionRecord, type Meeting } from 'minutes';

const meeting: Meeting = parseMinutes(readFileSync(process.argv[2] as string));
const chair: string | undefined = meeting.participants.find((p) => p.roles.includes('chair'))?.name;
const first: ActionItem | undefined = meeting.actions[0];
// @ts-expect-error: the model is typed, so a misspelt field is a compile error (an untyped package would make this line unused)
void meeting.titel;
MeetingSchema.parse(meeting);
const register: DecisionRecord[] = listDecisions([meeting], { grep: 'koulutuspaivaa', since: '2019-11-08' });
const decisions = register.map((d) => [d.meeting.date, d.path + ':' + d.position.line, d.item, d.itemTitle?.slice(0, 10)].join(' '));
console.log(JSON.stringify({ chair, owners: first?.owners ?? null, cue: first?.cue.kind ?? null, decisions }));
`;

const tsconfig = {
  compilerOptions: {
    target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, outDir: 'out',
    typeRoots: [join(root, 'node_modules/@types')], types: ['node'],
  },
  files: ['consumer.ts'],
};

describe('the packed package', () => {
  it('installs, resolves its types and runs parseMinutes and listDecisions from a TypeScript consumer', () => {
    const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    npm(['pack', '--ignore-scripts', '--pack-destination', work], root);
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const project = join(work, 'project');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, tarball as string)], project);
    writeFileSync(join(project, 'consumer.ts'), consumer);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig));
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
    const out = execFileSync(process.execPath, [join(project, 'out/consumer.js'), join(root, 'fixtures/oulu-2019-11-08.txt')], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ chair: 'Minna Männikkö', owners: ['Minna Männikkö'], cue: 'grammar', decisions: ['2019-11-08 -:25 2 Näkökulmia'] });
  }, 180_000);
});
