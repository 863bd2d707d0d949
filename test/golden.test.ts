import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Meeting } from '../src/model/meeting.js';
import { runCli } from './fake-io.js';

// Every fixture NAME.md / NAME.txt at the top of fixtures/ has its full `parse --json` output in
// NAME.json, reviewed by a person. UPDATE_GOLDEN=1 rewrites them; nothing else ever does.
const fixtures = readdirSync('fixtures').filter((name) => /\.(md|txt)$/.test(name)).sort();

describe('golden parse --json output', () => {
  it('has at least six fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of fixtures) {
    it(name, async () => {
      const path = `fixtures/${name}`;
      const result = await runCli(['parse', path, '--json']);
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);
      const golden = path.replace(/\.(md|txt)$/, '.json');
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, result.stdout);
      expect(existsSync(golden), `${golden} is missing: review the output, then run UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`).toBe(true);
      expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
      expect(() => Meeting.parse(JSON.parse(result.stdout))).not.toThrow();
    });
  }
});
