import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutputFile } from '../../src/export/output-file.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'minutes-out-'));

describe('openOutputFile', () => {
  it('puts the whole new file in place on commit, and nothing before', () => {
    const dir = fresh();
    const target = join(dir, 'out.txt');
    writeFileSync(target, 'old');
    const file = openOutputFile(target);
    file.write('new ');
    file.write(new TextEncoder().encode('bytes'));
    file.write(' and text');
    expect(readFileSync(target, 'utf8')).toBe('old');
    file.commit();
    expect(readFileSync(target, 'utf8')).toBe('new bytes and text');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('leaves the old file and no temporary one on abort', () => {
    const dir = fresh();
    const target = join(dir, 'out.txt');
    writeFileSync(target, 'old');
    const file = openOutputFile(target);
    file.write('x'.repeat(3 << 20));
    file.abort();
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('fails at once on a missing folder or a folder', () => {
    const dir = fresh();
    expect(() => openOutputFile(join(dir, 'missing', 'out.txt'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(() => openOutputFile(dir)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  });
});
