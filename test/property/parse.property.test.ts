import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Meeting } from '../../src/model/meeting.js';
import { decode } from '../../src/parse/decode.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { lostWords, positionsOutside } from './invariants.js';
import { families, propertyNames } from './properties.js';
import { propertyRuns, runProperty } from './run-property.js';

// Properties of `parseMinutes` over generated input (issue 6): on a string it never throws (on
// bytes it may throw a DecodeError only, for content that is not text), its output always passes
// the zod model, every position lies inside the file, two parses give the same result, and
// nothing is lost (see `lostWords` in invariants.ts for exactly what that means). The inputs are
// minutes-like Markdown, arbitrary strings and arbitrary bytes (generators.ts).
//
// Each property runs MINUTES_PROPERTY_RUNS cases (default 1000; 12 properties, so 12,000 cases
// in CI) in a worker thread: a parse that never ends would block vitest's own timeout, so the
// test stops the worker when one case runs past `caseLimitMs` (run-property.ts) and fails naming that input. On a
// failure fast-check's report gives the seed and path; replay with
// `fc.assert(propertyOf(family, name, () => {}), { seed, path, numRuns })`.

const numRuns = propertyRuns();
const timeout = Math.max(60_000, numRuns * 100);

for (const family of families) {
  describe(`parseMinutes on ${family}`, () => {
    for (const name of propertyNames) {
      it(name, { timeout }, async () => {
        const failure = await runProperty({ family, name, numRuns });
        if (failure !== null) throw new Error(failure);
      });
    }
  });
}

describe('parseMinutes on the corpus', () => {
  for (const file of corpus()) {
    it(`${file}: schema-valid, positions inside, nothing lost`, () => {
      const bytes = new Uint8Array(readFileSync(file));
      const meeting = parseMinutes(bytes, { path: file });
      const { text } = decode(bytes);
      expect(() => Meeting.parse(meeting)).not.toThrow();
      expect(positionsOutside(meeting, text)).toEqual([]);
      expect(lostWords(meeting, text)).toEqual([]);
    });
  }
});

/** Every minutes file of the fixtures: the golden ones, and those of `actions/` and `validate/`. */
function corpus(): string[] {
  return ['fixtures', 'fixtures/actions', 'fixtures/validate'].flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => /\.(?:md|txt)$/.test(name) && !name.endsWith('.messages.txt'))
      .sort()
      .map((name) => join(folder, name)),
  );
}
