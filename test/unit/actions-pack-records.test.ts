import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mergeSightings, packRecords, toRecords, unpackRecords } from '../../src/actions/index.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const archive = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'actions');
const today = '2020-01-20';

describe('packRecords and unpackRecords', () => {
  it('give back merged records exactly, through JSON, with each path stored once', async () => {
    const names = (await readdir(archive)).sort();
    const meetings = await Promise.all(names.map(async (name) => ({ path: `minutes/${name}`, meeting: parseMinutes(await readFile(join(archive, name)), { path: name }) })));
    const merged = mergeSightings(toRecords(meetings, { today }), { today });
    expect(merged.some((record) => record.history.length > 1)).toBe(true);
    const packed = JSON.parse(JSON.stringify(packRecords(merged))) as unknown;
    expect(unpackRecords(packed)).toStrictEqual(merged);
    expect([...(packed as { paths: string[] }).paths].sort()).toEqual(names.map((name) => `minutes/${name}`));
    expect(unpackRecords(packRecords([]))).toEqual([]);
  });

  it('read anything else as null', () => {
    const record = { path: 0, history: [{ path: 1 }] };
    for (const value of [null, [], {}, { paths: 'a', records: [] }, { paths: ['a'], records: [record] }, { paths: ['a', 'b'], records: [{ ...record, path: '0' }] }]) {
      expect(unpackRecords(value)).toBeNull();
    }
    expect(unpackRecords({ paths: ['a', 'b'], records: [record] })).toEqual([{ path: 'a', history: [{ path: 'b' }] }]);
  });
});
