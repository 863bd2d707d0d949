import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/input/collect-inputs.js';

const isRoot = process.getuid?.() === 0;
let root: string;

async function tree(files: string[]): Promise<void> {
  for (const file of files) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), `# ${file}\n`);
  }
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'minutes-collect-'));
});

afterEach(async () => {
  await chmod(join(root, 'locked'), 0o755).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

describe('collectInputs', () => {
  it('walks the current directory when no path is given, sorted, skipping other extensions', async () => {
    await tree(['b.md', 'a.txt', 'notes.json', 'sub/c.markdown', 'sub/d.MD', 'a-z/e.md', 'image.png']);
    const result = await collectInputs([], { cwd: root });
    expect(result).toEqual({ files: ['a-z/e.md', 'a.txt', 'b.md', 'sub/c.markdown', 'sub/d.MD'], problems: [] });
  });

  it('skips node_modules and hidden folders when walking, but takes a named file inside one', async () => {
    await tree(['a.md', 'node_modules/pkg/readme.md', '.git/x.md', 'sub/.hidden/y.md', '.github/z.md']);
    const walked = await collectInputs(['.'], { cwd: root });
    expect(walked.files).toEqual(['a.md']);
    const named = await collectInputs(['.github/z.md', '.github'], { cwd: root });
    expect(named.files).toEqual(['.github/z.md']);
  });

  it('keeps paths as given, in the given order, without duplicates', async () => {
    await tree(['minutes/2019/a.md', 'minutes/2019/b.md', 'other/c.md']);
    const result = await collectInputs(['other/c.md', './minutes/', 'minutes/2019/a.md', 'other/../other/c.md'], {
      cwd: root,
    });
    expect(result.files).toEqual(['other/c.md', 'minutes/2019/a.md', 'minutes/2019/b.md']);
  });

  it('returns absolute paths only when given absolute paths', async () => {
    await tree(['minutes/a.md']);
    const result = await collectInputs([join(root, 'minutes')], { cwd: root });
    expect(result.files).toEqual([join(root, 'minutes/a.md')]);
  });

  it('expands a glob, sorted, and reports one that matches nothing', async () => {
    await tree(['minutes/2019-02.md', 'minutes/2019-01.md', 'minutes/2020-01.md', 'minutes/.2019-x.md']);
    const result = await collectInputs(['minutes/2019-*.md', 'minutes/1999-*.md'], { cwd: root });
    expect(result.files).toEqual(['minutes/2019-01.md', 'minutes/2019-02.md']);
    expect(result.problems).toEqual([{ path: 'minutes/1999-*.md', message: 'no files match' }]);
  });

  it('leaves node_modules out of glob results', async () => {
    await tree(['a/x.md', 'node_modules/p/y.md', 'a/node_modules/z.md']);
    const result = await collectInputs(['**/*.md'], { cwd: root });
    expect(result.files).toEqual(['a/x.md']);
  });

  it('applies --ignore globs, relative to cwd, to walks, globs and named files', async () => {
    await tree(['minutes/a.md', 'minutes/drafts/b.md', 'minutes/c-draft.md', 'templates/t.md', 'x/d.md']);
    const ignore = ['minutes/drafts', '**/*-draft.md', 'templates/**'];
    const walked = await collectInputs([], { cwd: root, ignore });
    expect(walked.files).toEqual(['minutes/a.md', 'x/d.md']);
    const globbed = await collectInputs(['**/*.md', 'templates/t.md'], { cwd: root, ignore });
    expect(globbed.files).toEqual(['minutes/a.md', 'x/d.md']);
  });

  it('reports a missing path and goes on', async () => {
    await tree(['a.md']);
    const result = await collectInputs(['missing.md', 'a.md'], { cwd: root });
    expect(result).toEqual({
      files: ['a.md'],
      problems: [{ path: 'missing.md', message: 'no such file or directory' }],
    });
  });

  it('passes standard input through as -, once', async () => {
    await tree(['a.md']);
    const result = await collectInputs(['-', 'a.md', '-'], { cwd: root });
    expect(result.files).toEqual(['-', 'a.md']);
  });

  it('follows symbolic links but ends a link loop', async () => {
    await tree(['top/a.md', 'top/sub/b.md', 'elsewhere/c.md']);
    await symlink(join(root, 'top'), join(root, 'top/sub/loop'), 'dir');
    await symlink(join(root, 'elsewhere'), join(root, 'top/linked'), 'dir');
    await symlink(join(root, 'top/a.md'), join(root, 'top/z-alias.md'), 'file');
    const walked = await collectInputs(['top'], { cwd: root });
    expect(walked.files).toEqual(['top/a.md', 'top/linked/c.md', 'top/sub/b.md', 'top/z-alias.md']);
    expect(walked.problems).toEqual([]);
    const globbed = await collectInputs(['top/**/*.md'], { cwd: root });
    expect(globbed.files).toContain('top/sub/b.md');
  });

  it('reports a dangling link to a minutes file, and a self-referencing one, without crashing', async () => {
    await tree(['d/a.md']);
    await symlink(join(root, 'd/gone.md'), join(root, 'd/dangling.md'));
    await symlink(join(root, 'd/self.md'), join(root, 'd/self.md'));
    const result = await collectInputs(['d'], { cwd: root });
    expect(result.files).toEqual(['d/a.md']);
    expect(result.problems).toEqual([
      { path: 'd/dangling.md', message: 'no such file or directory' },
      { path: 'd/self.md', message: 'too many levels of symbolic links' },
    ]);
  });

  // Root reads any directory whatever its mode, so the walk would not meet EACCES in CI.
  it.skipIf(isRoot)('reports an unreadable directory and walks on', async () => {
    await tree(['a.md', 'locked/b.md', 'z/c.md']);
    await chmod(join(root, 'locked'), 0o000);
    const result = await collectInputs([], { cwd: root });
    expect(result).toEqual({
      files: ['a.md', 'z/c.md'],
      problems: [{ path: 'locked', message: 'permission denied' }],
    });
  });
});
