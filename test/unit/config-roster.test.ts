import { describe, expect, it } from 'vitest';
import { checkConfig, parseConfig } from '../../src/config/parse-config.js';

const options = { file: 'minutes.config.json', knownRules: ['weekday-mismatch'] };

describe('the roster in the configuration', () => {
  it('accepts a roster of people, only the name required', () => {
    const people = [
      { name: 'Minna Männikkö', aliases: ['M. Männikkö', 'MM'], handles: ['@mmannikko'], email: 'minna@example.org', organization: 'Oulun kaupunginkirjasto' },
      { name: 'Isa Kotilaine' },
    ];
    expect(parseConfig(JSON.stringify({ people }), options)).toEqual({ people });
  });

  it.each([
    ['{"people": {"name": "A"}}', 'people: expected array, got object'],
    ['{"people": [{"name": "A"}, {"name": "B", "aliases": "BB"}]}', 'people[1].aliases: expected array, got "BB"'],
    ['{"people": [{"aliases": ["A"]}]}', 'people[0].name: expected string, got nothing'],
    ['{"people": [{"name": "  "}]}', 'people[0].name: expected a name, not blank text, got "  "'],
    ['{"people": [{"name": "A", "handles": ["@a b"]}]}', 'people[0].handles[0]: expected a handle without spaces, such as "@mmannikko", got "@a b"'],
    ['{"people": [{"name": "A", "email": "nope"}]}', 'people[0].email: expected an e-mail address, such as "minna@example.org", got "nope"'],
    ['{"people": [{"name": "A", "nick": "a"}]}', 'people[0].nick: unknown key'],
  ])('names the file and the key path of a malformed roster: %s', (text, message) => {
    expect(() => parseConfig(text, options)).toThrow(`minutes.config.json: ${message}`);
  });

  it('rejects an alias, a handle or a name that two people claim, any case or accents', () => {
    const clash = (people: unknown[]) => () => parseConfig(JSON.stringify({ people }), options);
    expect(clash([{ name: 'Minna Männikkö', aliases: ['MM'] }, { name: 'Matti Mäki', aliases: ['mm'] }])).toThrow(
      'minutes.config.json: people[1].aliases[0]: "mm" is already claimed by people[0] (Minna Männikkö) as aliases[0]',
    );
    expect(clash([{ name: 'Minna Männikkö', handles: ['@minna'] }, { name: 'Minna Korhonen', handles: ['MINNA'] }])).toThrow(
      'minutes.config.json: people[1].handles[0]: "MINNA" is already claimed by people[0] (Minna Männikkö) as handles[0]',
    );
    expect(clash([{ name: 'Minna Männikkö' }, { name: 'Matti Mäki', aliases: ['Minna Mannikko'] }])).toThrow(
      'people[1].aliases[0]: "Minna Mannikko" is already claimed by people[0] (Minna Männikkö) as name',
    );
    expect(clash([{ name: 'Anna Ek' }, { name: 'anna ek' }])).toThrow('people[1].name: "anna ek" is already claimed by people[0] (Anna Ek) as name');
    // A person may repeat their own alias, and a handle may read like another person's alias.
    expect(clash([{ name: 'Minna Männikkö', aliases: ['MM', 'mm'] }, { name: 'Matti Mäki', handles: ['@mm'] }])).not.toThrow();
  });

  it('names the key path inside package.json', () => {
    expect(() => checkConfig({ people: [{ name: 'A', aliases: [1] }] }, { ...options, file: 'package.json', prefix: 'minutes' })).toThrow(
      'package.json: minutes.people[0].aliases[0]: expected string, got 1',
    );
  });
});
