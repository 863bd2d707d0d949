import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Failed writes of the built CLI, as a user meets them: one line on stderr and exit 2, never a
// stack trace; a closed pipe stays quiet.
// English messages (LC_ALL=C) whatever the machine's locale, unless a test sets its own.
const cli = (args: string[], stdout: 'pipe' | number = 'pipe', locale: Record<string, string> = { LC_ALL: 'C' }) =>
  spawnSync(process.execPath, ['bin/minutes.js', ...args], { encoding: 'utf8', stdio: ['ignore', stdout, 'pipe'], env: { ...process.env, LC_ALL: '', ...locale } });
const seed = 'fixtures/oulu-2019-11-08.txt';
const lastLine = (stderr: string) => stderr.trimEnd().split('\n').at(-1);

describe('write errors', () => {
  it.skipIf(!existsSync('/dev/full'))('stdout on a full device (/dev/full): one line, exit 2', () => {
    for (const args of [['parse', seed, '--json'], ['parse', seed], ['actions', seed], ['validate', seed, '--format', 'json'], ['export', '--format', 'ndjson', seed]]) {
      const fd = openSync('/dev/full', 'w');
      const result = cli(args, fd);
      closeSync(fd);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toBe('minutes: standard output: no space left on device\n');
    }
  });

  it.skipIf(!existsSync('/dev/full'))('stdout on a full device in the language of the run: LANG, or --locale over it', () => {
    const cases: [string[], Record<string, string>, string][] = [
      [['validate', seed], { LANG: 'fi_FI.UTF-8' }, 'minutes: vakiotuloste: laitteella ei ole tilaa jäljellä\n'],
      [['actions', '--locale', 'sv', seed], { LANG: 'fi_FI.UTF-8' }, 'minutes: standard ut: inget utrymme kvar på enheten\n'],
    ];
    for (const [args, env, line] of cases) {
      const fd = openSync('/dev/full', 'w');
      const result = cli(args, fd, env);
      closeSync(fd);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toBe(line);
    }
  });

  it('-o into a missing folder, onto a folder, onto a full device: one line naming the file, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-write-'));
    const cases: [string, string][] = [
      [join(dir, 'missing', 'out.txt'), 'no such file or directory'],
      [dir, 'is a directory'],
      ...(existsSync('/dev/full') ? [['/dev/full', 'no space left on device'] as [string, string]] : []),
    ];
    for (const [target, reason] of cases) {
      for (const command of ['actions', 'validate']) {
        const result = cli([command, seed, '-o', target]);
        expect(result.status, `${command} -o ${target}`).toBe(2);
        expect(lastLine(result.stderr)).toBe(`minutes: ${target}: ${reason}`);
        expect(result.stderr).not.toMatch(/\n\s+at /);
      }
    }
  });

  it('a closed pipe (EPIPE) ends quietly with the run\'s exit code', () => {
    // Twenty copies of the seed as JSON are far more than a pipe holds, so the writer meets the closed end.
    const files = Array.from({ length: 20 }, () => seed).join(' ');
    const result = spawnSync('bash', ['-c', `"${process.execPath}" bin/minutes.js parse ${files} --json | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('0');
  });
});
