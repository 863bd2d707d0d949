import { describe, expect, it } from 'vitest';
import { describeError, sayReason } from '../../src/input/describe-error.js';
import { catalogues, fill, type Catalogue, localeFromArgv, localeFromEnv, locales, placeholders, resolveLocale, say, sayAgain, sayCount, type MessageId } from '../../src/messages/index.js';

const englishIds = Object.keys(catalogues.en).sort();

describe('message catalogues', () => {
  it.each(locales)('%s has every id of the English catalogue, and no other', (locale) => {
    expect(Object.keys(catalogues[locale]).sort()).toEqual(englishIds);
  });

  it.each(locales)('%s gives every message the placeholders of the English one, and some text', (locale) => {
    for (const id of englishIds as MessageId[]) {
      const text = catalogues[locale][id];
      expect(placeholders(text), `${locale} ${id}`).toEqual(placeholders(catalogues.en[id]));
      expect(text.trim(), `${locale} ${id}`).not.toBe('');
    }
  });

  it('keeps code in backticks, and says the rules in Finnish and Swedish, not in English', () => {
    for (const id of englishIds.filter((candidate) => candidate.startsWith('rule.')) as MessageId[]) {
      for (const locale of ['fi', 'sv'] as const) {
        const text = catalogues[locale][id];
        expect(text.split('`').length % 2, `${locale} ${id}`).toBe(1);
        expect(text.replace(/\{\w+\}/g, ''), `${locale} ${id}`).not.toMatch(/\b(?:Unexpected|expected)\b/);
      }
    }
  });

  it('are typed so that a missing id or a missing placeholder does not compile (checked by tsc)', () => {
    // @ts-expect-error: a catalogue without every id of the English one is a compile error
    const partial: Catalogue = { 'rule.title-missing': 'Otsikko puuttuu' };
    // @ts-expect-error: a message with placeholders needs their values
    const unfilled = () => say('fi', 'rule.owner-unknown');
    // @ts-expect-error: and only ids of the catalogue exist
    const unknown = () => say('fi', 'rule.no-such-rule');
    expect([partial, unfilled, unknown]).toHaveLength(3);
  });

  it('has both forms of every count', () => {
    const counts = englishIds.filter((id) => id.endsWith('.one')).map((id) => id.slice(0, -'.one'.length));
    for (const base of counts) expect(englishIds, base).toContain(`${base}.other`);
  });
});

describe('say', () => {
  it('fills placeholders, and never again inside a value', () => {
    expect(say('en', 'rule.owner-unknown', { name: 'Dana {name}' })).toBe('Unexpected owner `Dana {name}`, expected a participant of the meeting');
    expect(fill('{a} and {b}', { a: '$&' })).toBe('$& and {b}');
  });

  it('says counts in the singular for 1 and the plural otherwise, in each language', () => {
    expect([0, 1, 2].map((n) => sayCount('en', 'actions.people', n))).toEqual(['0 people', '1 person', '2 people']);
    expect([0, 1, 2].map((n) => sayCount('fi', 'actions.people', n))).toEqual(['0 henkilöä', '1 henkilö', '2 henkilöä']);
    expect([0, 1, 2].map((n) => sayCount('sv', 'actions.people', n))).toEqual(['0 personer', '1 person', '2 personer']);
    expect(sayCount('fi', 'stylish.errors', 3)).toBe('3 virhettä');
    expect(sayCount('sv', 'stylish.warnings', 1)).toBe('1 varning');
  });

  it('says an English sentence of the catalogue again in another language', () => {
    const english = 'Unexpected second `Sirkka Seppala`, expected each participant once (first at 5:64)';
    expect(sayAgain(english, 'sv', 'rule.participant-duplicate')).toBe('Oväntad dubblett `Sirkka Seppala`, förväntade varje deltagare en gång (första gången vid 5:64)');
    expect(sayAgain(english, 'en', 'rule.participant-duplicate')).toBe(english);
    expect(sayAgain('Something else', 'fi', 'rule.participant-duplicate')).toBe('Something else');
  });
});

describe('the locale of a run', () => {
  it('reads LC_ALL, LC_MESSAGES and LANG in that order, skipping unset and empty ones', () => {
    expect(localeFromEnv({})).toBe('en');
    expect(localeFromEnv({ LANG: 'fi_FI.UTF-8' })).toBe('fi');
    expect(localeFromEnv({ LANG: 'sv_SE.UTF-8' })).toBe('sv');
    expect(localeFromEnv({ LC_ALL: 'sv_FI.UTF-8@euro', LANG: 'fi_FI.UTF-8' })).toBe('sv');
    expect(localeFromEnv({ LC_MESSAGES: 'fi_FI', LANG: 'sv_SE.UTF-8' })).toBe('fi');
    expect(localeFromEnv({ LC_ALL: '', LC_MESSAGES: '', LANG: 'fi' })).toBe('fi');
    expect(localeFromEnv({ LC_ALL: 'C', LANG: 'fi_FI.UTF-8' })).toBe('en');
  });

  it('takes C, POSIX and any other language as English', () => {
    for (const setting of ['C', 'C.UTF-8', 'POSIX', 'de_DE.UTF-8', 'en_GB.UTF-8', 'fil_PH', 'finnish', 'sve']) expect(localeFromEnv({ LANG: setting }), setting).toBe('en');
  });

  it('lets --locale win over the environment', () => {
    expect(resolveLocale('sv', { LC_ALL: 'fi_FI.UTF-8' })).toBe('sv');
    expect(resolveLocale('en', { LANG: 'fi_FI.UTF-8' })).toBe('en');
    expect(resolveLocale(undefined, { LANG: 'fi_FI.UTF-8' })).toBe('fi');
    expect(localeFromArgv(['node', 'minutes', 'parse', '--locale', 'fi', 'a.md'])).toBe('fi');
    expect(localeFromArgv(['node', 'minutes', 'parse', '--locale=sv'])).toBe('sv');
    expect(localeFromArgv(['node', 'minutes', 'parse', '--', '--locale', 'fi'])).toBeUndefined();
  });
});

describe('file errors', () => {
  it('are said in the locale, from the error or from the English reason loading carries', () => {
    const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    expect(describeError(missing)).toBe('no such file or directory');
    expect(describeError(missing, 'fi')).toBe('tiedostoa tai hakemistoa ei ole');
    expect(describeError(missing, 'sv')).toBe('filen eller katalogen finns inte');
    expect(sayReason('binary content, not text', 'fi')).toBe('binäärisisältöä, ei tekstiä');
    expect(sayReason('no files match', 'sv')).toBe('inga filer matchar');
    expect(sayReason('something unforeseen', 'fi')).toBe('something unforeseen');
  });
});
