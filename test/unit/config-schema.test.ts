import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { Config, configJsonSchema } from '../../src/config/config-schema.js';
import { lineColumn, locateJsonError } from '../../src/config/locate-json-error.js';
import { parseConfig } from '../../src/config/parse-config.js';

const options = { file: 'minutes.config.json', knownRules: ['weekday-mismatch'] };

describe('Config', () => {
  it('accepts a full configuration, a $schema key and an empty one', () => {
    const full = {
      $schema: './node_modules/minutes/config.schema.json',
      rules: { 'weekday-mismatch': 'off' },
      require: ['title', 'date', 'location', 'participants', 'chair', 'secretary', 'agenda'],
      language: 'nl',
      ignore: ['drafts/**'],
    };
    expect(Config.parse(full)).toEqual(full);
    expect(Config.parse({})).toEqual({});
  });

  it('rejects a rule id that is not kebab-case', () => {
    expect(() => parseConfig('{"rules": {"Weekday_Mismatch": "warn"}}', options)).toThrow(
      'minutes.config.json: rules.Weekday_Mismatch: expected a kebab-case rule id',
    );
  });

  it('names the element of a list with a wrong value', () => {
    expect(() => parseConfig('{"require": ["title", "venue"]}', options)).toThrow(
      'minutes.config.json: require[1]: expected "title" | "date" | "location" | "participants" | "chair" | "secretary" | "agenda", got "venue"',
    );
  });

  it('rejects a configuration that is not an object, naming no key', () => {
    let caught: unknown;
    try {
      parseConfig('[1]', options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect(String(caught)).toBe('ConfigError: minutes.config.json: expected object, got array');
  });

  it('reads a file with a byte order mark', () => {
    expect(parseConfig('\uFEFF{"language": "de"}', options)).toEqual({ language: 'de' });
  });

  it('exports a JSON Schema with the rules property and no unknown keys allowed', () => {
    const schema = configJsonSchema();
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties ?? {})).toEqual(['$schema', 'rules', 'require', 'language', 'ignore', 'people']);
    expect(schema.properties?.['rules']).toMatchObject({
      type: 'object',
      additionalProperties: { enum: ['error', 'warn', 'info', 'off'] },
    });
  });
});

describe('locateJsonError', () => {
  it('finds the first wrong character of JSON text, or none in valid JSON', () => {
    const cases = ['{"a": 1}', '[1, 2, ]', '{"a" 1}', '{"a": tru}', '{"a": 1} x', '{"a": [1, {"b": null}]', '', '01'];
    expect(cases.map(locateJsonError)).toEqual([undefined, 7, 5, 6, 9, 22, 0, 1]);
    for (const text of cases) expect(locateJsonError(text) === undefined).toBe(isJson(text));
  });

  it('turns an offset into a line and column', () => {
    expect(lineColumn('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
