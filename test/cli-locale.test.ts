import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './fake-io.js';

// The language of messages: LC_ALL, LC_MESSAGES and LANG (via the fake io's env) and --locale,
// for people; the machine formats keep their English ids.
const cwd = join(dirname(fileURLToPath(import.meta.url)), '..');
const weekday = 'fixtures/validate/weekday-mismatch.md';
const seed = 'fixtures/oulu-2019-11-08.txt';
const fi = { LANG: 'fi_FI.UTF-8' };

describe('minutes validate in Finnish and Swedish', () => {
  it('speaks Finnish under LANG=fi_FI.UTF-8, rule ids unchanged', async () => {
    const result = await runCli(['validate', weekday], { cwd, env: fi });
    expect(result.stdout).toContain('virhe  Viikonpäivä `Ma` ei sovi päivämäärään 2019-11-08: se on perjantai  weekday-mismatch');
    expect(result.stdout).toContain('✖ 1 virhe\n');
    expect(result.exitCode).toBe(1);
  });

  it('speaks Swedish with --locale sv, over LANG', async () => {
    const result = await runCli(['validate', '--locale', 'sv', weekday], { cwd, env: fi });
    expect(result.stdout).toContain('fel  Oväntad veckodag `Ma` för 2019-11-08, förväntade `perjantai` (fredag)  weekday-mismatch');
    expect(result.stdout).toContain('✖ 1 fel\n');
  });

  it('takes LC_ALL over LANG, and C as English', async () => {
    expect((await runCli(['validate', weekday], { cwd, env: { LC_ALL: 'sv_SE.UTF-8', ...fi } })).stdout).toContain('✖ 1 fel\n');
    expect((await runCli(['validate', weekday], { cwd, env: { LC_ALL: 'C', ...fi } })).stdout).toContain('✖ 1 error\n');
    expect((await runCli(['validate', '--locale', 'en', weekday], { cwd, env: fi })).stdout).toContain('✖ 1 error\n');
  });

  it('keeps ids, severities and field names in JSON and SARIF; only the sentence changes', async () => {
    const json = JSON.parse((await runCli(['validate', '--format', 'json', weekday], { cwd, env: fi })).stdout) as unknown;
    expect(JSON.stringify(json)).toContain('"ruleId":"weekday-mismatch"');
    expect(JSON.stringify(json)).toContain('"severity":"error"');
    expect(JSON.stringify(json)).toContain('Viikonpäivä `Ma` ei sovi päivämäärään 2019-11-08');
    const sarif = (await runCli(['validate', '--format', 'sarif', '--locale', 'sv', weekday], { cwd })).stdout;
    expect(sarif).toContain('"ruleId": "weekday-mismatch"');
    expect(sarif).toContain('"level": "error"');
    expect(sarif).toContain('Oväntad veckodag');
    const github = (await runCli(['validate', '--format', 'github', weekday], { cwd, env: fi })).stdout;
    expect(github).toMatch(/^::error file=.*title=weekday-mismatch::Viikonpäivä/m);
  });

  it('says a missing file and too many warnings in the locale', async () => {
    const missing = await runCli(['validate', 'no-such-file.md'], { cwd, env: fi });
    expect(missing.stderr).toBe('minutes: no-such-file.md: tiedostoa tai hakemistoa ei ole\n');
    expect(missing.exitCode).toBe(2);
    const warnings = await runCli(['validate', '--max-warnings', '0', '--locale', 'sv', 'fixtures/validate/place-missing.md'], { cwd });
    expect(warnings.stderr).toBe('minutes: för många varningar (1, --max-warnings 0)\n');
  });

  it('stays English with an empty environment', async () => {
    const result = await runCli(['validate', weekday], { cwd });
    expect(result.stdout).toContain('error  Unexpected weekday `Ma` for 2019-11-08, expected `perjantai` (Friday)  weekday-mismatch');
  });
});

describe('minutes actions and parse in Finnish and Swedish', () => {
  it('heads, marks and sums up the actions table', async () => {
    const result = await runCli(['actions', '--today', '2020-01-01', seed], { cwd, env: fi });
    expect(result.stdout).toContain('\n(ei vastuuhenkilöä)\n');
    expect(result.stdout).toContain('2019-12-31, myöhässä');
    expect(result.stdout).toMatch(/\n5 avointa tehtävää, 1 myöhässä, 2 henkilöä\n$/);
    const sv = await runCli(['actions', '--locale', 'sv', '--today', '2020-01-01', seed], { cwd, env: fi });
    expect(sv.stdout).toMatch(/\n5 öppna uppgifter, 1 försenad, 2 personer\n$/);
  });

  it('says the usage checks in the locale, and keeps JSON as it is', async () => {
    const result = await runCli(['actions', '--since', '2020-02-01', '--until', '2020-01-01', seed], { cwd, env: { LC_MESSAGES: 'sv_SE.UTF-8' } });
    expect(result.stderr).toBe('minutes: --since 2020-02-01 är efter --until 2020-01-01: inget möte kan uppfylla båda\n');
    expect(result.exitCode).toBe(2);
    const english = await runCli(['actions', '--format', 'json', '--today', '2020-01-01', seed], { cwd });
    expect((await runCli(['actions', '--format', 'json', '--today', '2020-01-01', seed], { cwd, env: fi })).stdout).toBe(english.stdout);
  });

  it('labels the parse text, and keeps parse --json as it is', async () => {
    const result = await runCli(['parse', '--locale', 'sv', seed], { cwd });
    expect(result.stdout).toContain('\nTid         2019-11-08 10:00–15:00\n');
    expect(result.stdout).toContain('\nDagordning\n');
    const text = await runCli(['parse', seed], { cwd, env: fi });
    expect(text.stdout).toContain('\nAika   2019-11-08 10:00–15:00\n');
    expect(text.stdout).toContain('\nPäätökset\n');
    expect((await runCli(['parse', '--json', seed], { cwd, env: fi })).stdout).toBe((await runCli(['parse', '--json', seed], { cwd })).stdout);
  });

  it('says a file that cannot be read in the locale', async () => {
    const result = await runCli(['parse', '--locale', 'sv', 'no-such-file.md'], { cwd });
    expect(result.stderr).toBe('minutes: no-such-file.md: filen eller katalogen finns inte\n');
    expect(result.exitCode).toBe(2);
  });
});
