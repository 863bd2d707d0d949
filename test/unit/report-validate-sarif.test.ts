import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../src/report/validate-sarif.js';
import { validationMessage } from './report-fixtures.js';

/**
 * The official SARIF 2.1.0 schema (OASIS, draft-07 revision), copied verbatim in content from
 * the npm package @datadog/datadog-ci-plugin-sarif@5.25.0, which bundles it from the OASIS
 * sarif-spec repository (`Schemata/sarif-schema-2.1.0.json`).
 */
const schemaUrl = new URL('../../fixtures/sarif-2.1.0.schema.json', import.meta.url);

function sarifValidator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true });
  addFormatsModule.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaUrl, 'utf8')) as object);
}

const validate = sarifValidator();

interface Log {
  $schema: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; shortDescription: { text: string } }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
    }>;
  }>;
}

const messages = [
  validationMessage({ ruleId: 'owner-unknown' }),
  validationMessage({ severity: 'warn', path: 'docs/2025 kevät/a b.md', message: 'Vague "due" <date> & 100%' }),
  validationMessage({ severity: 'info', path: 'docs\\windows\\c#.md', ruleId: 'note' }),
  validationMessage({ path: '/abs/path/x.md' }),
  validationMessage({ path: 'C:\\Users\\me\\m.md', start: { line: 1, column: 1 }, end: { line: 2, column: 1 } }),
  validationMessage({ path: './rel/weird:name?.md' }),
];

describe('formatSarif', () => {
  it('is valid against the official SARIF 2.1.0 schema', () => {
    const log: unknown = JSON.parse(formatSarif(messages, { toolVersion: '0.1.0', informationUri: 'https://example.org/minutes' }));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is valid with no messages at all', () => {
    const log: unknown = JSON.parse(formatSarif([], { toolVersion: '0.1.0' }));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is checked by a schema that does reject a broken log', () => {
    const log = JSON.parse(formatSarif(messages, { toolVersion: '0.1.0' })) as Log;
    const broken = structuredClone(log);
    const first = broken.runs[0]?.results[0];
    if (first) first.level = 'warn';
    expect(validate(broken)).toBe(false);
    const badUri = structuredClone(log);
    const location = badUri.runs[0]?.results[0]?.locations[0];
    if (location) location.physicalLocation.artifactLocation.uri = 'a b.md';
    expect(validate(badUri)).toBe(false);
    expect(validate.errors?.[0]?.message).toBe('must match format "uri-reference"');
  });

  it('lists each rule once, sorted, and points results at them', () => {
    const log = JSON.parse(formatSarif(messages, { toolVersion: '1.2.3', ruleDescriptions: { note: 'A note.' } })) as Log;
    const run = log.runs[0];
    expect(log.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    expect(run?.tool.driver.name).toBe('minutes');
    expect(run?.tool.driver.version).toBe('1.2.3');
    expect(run?.tool.driver.rules).toEqual([
      { id: 'date-missing', shortDescription: { text: 'date-missing' } },
      { id: 'note', shortDescription: { text: 'A note.' } },
      { id: 'owner-unknown', shortDescription: { text: 'owner-unknown' } },
    ]);
    expect(run?.results.map((result) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['owner-unknown', 2, 'error'],
      ['date-missing', 0, 'warning'],
      ['note', 1, 'note'],
      ['date-missing', 0, 'error'],
      ['date-missing', 0, 'error'],
      ['date-missing', 0, 'error'],
    ]);
    expect(run?.results[1]?.message.text).toBe('Vague "due" <date> & 100%');
  });

  it('writes paths as URI references with forward slashes and regions as given', () => {
    const log = JSON.parse(formatSarif(messages, { toolVersion: '0.1.0' })) as Log;
    const locations = log.runs[0]?.results.map((result) => result.locations[0]?.physicalLocation);
    expect(locations?.map((location) => location?.artifactLocation.uri)).toEqual([
      'minutes/a.md',
      'docs/2025%20kev%C3%A4t/a%20b.md',
      'docs/windows/c%23.md',
      'file:///abs/path/x.md',
      'file:///C:/Users/me/m.md',
      'rel/weird%3Aname%3F.md',
    ]);
    expect(locations?.[0]?.region).toEqual({ startLine: 3, startColumn: 1, endLine: 3, endColumn: 11 });
    expect(locations?.[4]?.region).toEqual({ startLine: 1, startColumn: 1, endLine: 2, endColumn: 1 });
  });
});
