import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse/parse-minutes.js';
import { parseJsonInWorker } from '../src/workers/parse-json.js';
import { runCli } from './fake-io.js';

// `minutes parse --json` reads one large document in a worker with a capped heap (issue 7: the
// 50 MB document's peak memory). The worker's JSON is the main thread's, byte for byte.
const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = readdirSync(new URL('../fixtures/', import.meta.url)).filter((name) => /\.(md|txt)$/.test(name));

describe('parse --json in a worker', () => {
  it('gives the JSON of parseMinutes for every fixture', { timeout: 120_000 }, async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    for (const name of fixtures) {
      const bytes = readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
      const options = { path: `fixtures/${name}` };
      expect(await parseJsonInWorker(bytes, options)).toEqual({ json: JSON.stringify(parseMinutes(bytes, options), null, 2) });
    }
  });

  it('reports content that is not text as the main thread does', { timeout: 60_000 }, async () => {
    expect(await parseJsonInWorker(new Uint8Array([0x61, 0, 0x62]), { path: 'x.md' })).toEqual({ error: expect.stringContaining('not text') });
  });

  it('prints the same with --jobs 1 (a worker) as with --jobs 0 (none)', { timeout: 60_000 }, async () => {
    const inWorker = await runCli(['parse', 'fixtures/oulu-2019-11-08.txt', '--json', '--jobs', '1'], { cwd: root });
    const onThread = await runCli(['parse', 'fixtures/oulu-2019-11-08.txt', '--json', '--jobs', '0'], { cwd: root });
    expect(inWorker).toEqual(onThread);
    expect(JSON.parse(inWorker.stdout).date).toBe('2019-11-08');
  });
});
