import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutesAsync } from '../../src/parse/parse-async.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// A large document's Markdown parse spread over worker threads gives the same meeting as one
// thread (issue 7). Forced here on the fixtures: tiny chunks, groups of a few chunks, no minimum size.
const dir = new URL('../../fixtures/', import.meta.url);
const fixtures = readdirSync(dir).filter((name) => /\.(md|txt)$/.test(name));
const forced = { workers: 2, workerMinChars: 0, chunkSize: 256, groupChars: 1024 };

describe('parseMinutesAsync', () => {
  it('finds the fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of fixtures) {
    it(`reads ${name} in workers as parseMinutes does`, { timeout: 60_000 }, async () => {
      const bytes = readFileSync(new URL(name, dir));
      expect(await parseMinutesAsync(bytes, forced)).toEqual(parseMinutes(bytes, { chunkSize: 256 }));
    });
  }

  it('reads a document of many groups with front matter the same way', { timeout: 60_000 }, async () => {
    const body = readFileSync(new URL('oulu-2019-11-08.txt', dir), 'utf8');
    const text = `---\ntitle: Pitkä kokous\ndate: 2019-11-08\n---\n\n${Array.from({ length: 12 }, () => body).join('\n\n')}`;
    const stats = { workerGroups: 0, threadGroups: 0 };
    const async = await parseMinutesAsync(text, { ...forced, stats });
    expect(async).toEqual(parseMinutes(text, { chunkSize: 256 }));
    expect(async.fields).toHaveProperty('title');
    expect(stats.workerGroups).toBeGreaterThan(10);
    expect(stats.threadGroups).toBe(0);
  });

  it('parses on the calling thread below the minimum size', async () => {
    const bytes = readFileSync(new URL('oulu-2019-11-08.txt', dir));
    expect(await parseMinutesAsync(bytes, { workers: 2 })).toEqual(parseMinutes(bytes));
  });
});
