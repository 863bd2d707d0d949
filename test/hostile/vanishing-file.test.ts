import { mkdtempSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../fake-io.js';
import { expectOneLineError } from './hostile-helpers.js';

// A file that vanishes mid-run (issue 6): `minutes actions` and `validate` over a folder find
// `gone.md` when they walk it, and it is deleted for real just before it is read. The folder
// walk and the reads use node:fs directly (not the injected Io), so node:fs's `readFile` is
// wrapped here: when asked for a file named gone.md it first unlinks it, then reads as usual.

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFile = ((path: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
    if (typeof path === 'string' && path.endsWith('gone.md')) {
      try {
        fs.unlinkSync(path);
      } catch {
        // Already gone.
      }
    }
    return (fs.readFile as (...args: unknown[]) => void)(path, ...rest);
  }) as typeof fs.readFile;
  return { ...fs, default: { ...fs, readFile }, readFile };
});

describe('a file that vanishes between collection and reading', () => {
  const folder = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-vanish-'));
    writeFileSync(join(dir, 'a.md'), readFileSync('fixtures/hostile/line-ends-crlf.md'));
    writeFileSync(join(dir, 'gone.md'), readFileSync('fixtures/hostile/line-ends-cr.md'));
    return dir;
  };

  it('minutes actions: one line naming it, exit 1 (issue 4), the other files listed', async () => {
    const dir = folder();
    const result = await runCli(['actions', '.', '--format', 'json'], { cwd: dir });
    expectOneLineError(result, /^minutes: gone\.md: no such file or directory\n$/, 1);
    expect((JSON.parse(result.stdout) as Array<{ path: string }>).map((r) => r.path)).toEqual(['a.md']);
  });

  it('minutes validate: one line naming it, exit 2, the other files checked', async () => {
    const dir = folder();
    const result = await runCli(['validate', '.', '--format', 'json'], { cwd: dir });
    expectOneLineError(result, /^minutes: gone\.md: no such file or directory\n$/);
    expect((JSON.parse(result.stdout) as Array<{ path: string }>).map((r) => r.path)).toEqual(['a.md']);
  });

  it('the wrapper really deletes the file (the test tests something)', async () => {
    const dir = folder();
    const { readFile } = await import('node:fs');
    await new Promise<void>((resolve) => readFile(join(dir, 'gone.md'), () => resolve()));
    expect(() => unlinkSync(join(dir, 'gone.md'))).toThrow(/ENOENT/);
  });
});
