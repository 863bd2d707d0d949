import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The one test that runs the built CLI as a user would; `npm install` builds it (prepare).
describe('bin/minutes.js', () => {
  it('is built', () => {
    expect(existsSync('dist/cli.js'), 'run npm run build first').toBe(true);
    expect(existsSync('dist/cli-bundle.cjs'), 'run npm run build first').toBe(true);
  });

  it('prints the same on a start with the code cache of an earlier run, and without a cache', () => {
    const cache = mkdtempSync(join(tmpdir(), 'minutes-smoke-'));
    try {
      const parse = (env: Record<string, string>) =>
        execFileSync(process.execPath, ['bin/minutes.js', 'parse', 'fixtures/oulu-2019-11-08.txt', '--json'], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache, ...env } });
      const first = parse({});
      expect(readdirSync(join(cache, 'minutes', 'code')).filter((name) => name.startsWith('cli-bundle.cjs-parse-'))).toHaveLength(1);
      expect(parse({})).toBe(first);
      expect(parse({ MINUTES_CODE_CACHE: '0' })).toBe(first);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('exports SQLite, whose engine the one-file bundle requires from node_modules', () => {
    const work = mkdtempSync(join(tmpdir(), 'minutes-smoke-'));
    try {
      const database = join(work, 'archive.db');
      execFileSync(process.execPath, ['bin/minutes.js', 'export', '--format', 'sqlite', '-o', database, 'fixtures/oulu-2019-11-08.txt'], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: work } });
      expect(readFileSync(database).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
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
