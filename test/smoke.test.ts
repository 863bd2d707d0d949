import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The one test that runs the built CLI as a user would; `npm install` builds it (prepare).
describe('bin/minutes.js', () => {
  it('is built', () => {
    expect(existsSync('dist/cli.js'), 'run npm run build first').toBe(true);
  });

  it('parses the seed into JSON', () => {
    const stdout = execFileSync(process.execPath, ['bin/minutes.js', 'parse', 'fixtures/oulu-2019-11-08.txt', '--json'], { encoding: 'utf8' });
    const meeting = JSON.parse(stdout);
    expect(meeting.date).toBe('2019-11-08');
    expect(meeting.participants.find((p: { roles: string[] }) => p.roles.includes('chair')).name).toBe('Minna Männikkö');
  });

  it('prints one line and exits 2 on a missing file, with no stack trace', () => {
    const result = spawnSync(process.execPath, ['bin/minutes.js', 'parse', 'nope.md'], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('minutes: nope.md: no such file or directory\n');
  });
});
