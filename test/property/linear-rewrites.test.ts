import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD_BEFORE } from '../../src/parse/read-dates.js';
import { fold } from '../../src/lang/match.js';
import { markerRest } from '../../src/parse/find-decisions.js';
import { dateOnlyShape } from '../../src/parse/read-header.js';
import { normalizeLabel } from '../../src/parse/read-label.js';
import { splitLead } from '../../src/parse/read-owners.js';

// The regular expressions rewritten for linear time (issue 6) mean what the originals meant: each
// pair is compared on generated strings over the characters that decide a match. The originals
// backtrack quadratically or worse, so the strings here are short.

const seed = Number(process.env.MINUTES_PROPERTY_SEED ?? 20261128) || Date.now();
const numRuns = 3000;

function over(chars: string[], maxLength = 24): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...chars), { maxLength }).map((parts) => parts.join(''));
}

/** Pairs of an original pattern and its rewrite with a look-behind that starts a match only where a run starts. */
const trims: [RegExp, RegExp, string[]][] = [
  [/[\s,]+$/, /(?<![\s,])[\s,]+$/, ['a', ' ', ',', '\t']],
  [/[*_]+$/, /(?<![*_])[*_]+$/, ['a', '*', '_', ' ']],
  [/[.:]+$/, /(?<![.:])[.:]+$/, ['a', '.', ':']],
  [/(\p{L}+)\.?,?\s*$/u, WORD_BEFORE, ['a', 'Ä', '1', '.', ',', ' ', '\t']],
  [/(\p{L}+)[.:]?\s*$/u, /(?<!\p{L})(\p{L}+)[.:]?\s*$/u, ['a', 'Ä', '1', '.', ':', ' ']],
  [/([\p{L}\p{N}.]+)$/u, /(?<![\p{L}\p{N}.])([\p{L}\p{N}.]+)$/u, ['a', '1', '.', ' ', '!']],
  [/[\s,;]*(?:\b(?:ja|and|och|und|en)\s*)?$/u, /(?<![\s,;])[\s,;]*(?:\b(?:ja|and|och|und|en)\s*)?$/u, ['ja', 'and', 'x', ' ', ',', ';', 'e', 'n']],
  [/\s*\([^()]*\)\s*$/, /(?<!\s)\s*\([^()]*\)\s*$/, ['a', ' ', '(', ')']],
  [/\(s\)|[:\s]+$/g, /\(s\)|(?<![:\s])[:\s]+$/g, ['(s)', 'a', ':', ' ']],
  [
    /([.!?]+)(["”’)]*)\s+(?=[("“]?[\p{Lu}\d@])|\s+(?=\()/gu,
    /(?<![.!?])([.!?]+)(["”’)]*)\s+(?=[("“]?[\p{Lu}\d@])|(?<!\s)\s+(?=\()/gu,
    ['a', 'B', '.', '!', ')', '"', ' ', '('],
  ],
  [/\s\((@[\w.-]+)[^()]*\)$/, /\s\((@[\w.-]+)(?:[^()\w.-][^()]*)?\)$/, [' ', '(', ')', '@', 'a', '-', '.', ',']],
  [
    /(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) \((\p{L}+)\)/gu,
    /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) \((\p{L}+)\)/gu,
    // Names start at a word start now, not inside a word (`aAA (A)` and `-AA (A)` were read from
    // `AA`), so the words here are whole.
    ['Anna ', 'Liisa ', 'anna ', 'Anna-Liisa ', "O'Neil ", '(pj)', '(', ')', ' ', ', '],
  ],
];

/** Every match of a regex on a text, with its groups: the same list means the same meaning there. */
function matches(regex: RegExp, text: string): unknown {
  if (regex.global) return [...text.matchAll(regex)].map((m) => [m.index, ...m]);
  const m = regex.exec(text);
  return m ? [m.index, ...m] : null;
}

describe('linear rewrites of regular expressions', () => {
  for (const [original, rewrite, chars] of trims) {
    it(`${rewrite} matches as ${original} did`, () => {
      fc.assert(
        fc.property(over(chars), (text) => {
          expect(matches(rewrite, text)).toEqual(matches(original, text));
        }),
        { numRuns, seed },
      );
    });
  }

  it('two trims in a row strip as one global replace of both ends did', () => {
    const cases: [RegExp, (text: string) => string][] = [
      [/^[\s:;,.–—-]+|[\s:;,(–—-]+$/g, (text) => text.replace(/^[\s:;,.–—-]+/, '').replace(/(?<![\s:;,(–—-])[\s:;,(–—-]+$/, '')],
      [/^[\s:–—-]+|[\s,;]+$/g, (text) => text.replace(/^[\s:–—-]+/, '').replace(/(?<![\s,;])[\s,;]+$/, '')],
    ];
    for (const [original, rewrite] of cases) {
      fc.assert(
        fc.property(over(['a', ' ', ':', ';', ',', '(', '–', '.', '-']), (text) => {
          expect(rewrite(text)).toBe(text.replace(original, ''));
        }),
        { numRuns, seed },
      );
    }
  });

  it('rewrites that differ only where a line break or an empty capture is involved agree on one line', () => {
    const groups = (m: RegExpExecArray | null) => (m ? [...m].map((g) => g ?? '') : null);
    // The third member says whether a match whose text is blank counts as none (as it does for
    // `selfTask`, which reads a promise in that text).
    const cases: [RegExp, RegExp, string[], boolean][] = [
      [/^(?:§\s*)?(\d{1,3}(?:\.\d{1,3})*)(?:\s*§)?[.):]?(?:\s+|$)(.*)$/u, /^(?:§\s*)?(\d{1,3}(?:\.\d{1,3})*)(?:\s*§)?[.):]?(?:\s+|$)(\S.*)?$/u, ['§', '1', '.', ' ', ')', 'a'], false],
      [/^([\p{L}][\p{L}\d_.-]{0,15})\s?:\s+(.+)$/u, /^([\p{L}][\p{L}\d_.-]{0,15})\s?:\s+(\S.*)$/u, ['mk', ':', ' ', '\t', 'I will', '.'], true],
    ];
    for (const [original, rewrite, chars, blankIsNone] of cases) {
      fc.assert(
        fc.property(over(chars), (text) => {
          const want = groups(original.exec(text));
          const got = groups(rewrite.exec(text));
          const meaning = (g: string[] | null) => (!g || (blankIsNone && g[2]?.trim() === '') ? null : [g[1]?.trim(), g[2]?.trim()]);
          expect(meaning(got)).toEqual(meaning(want));
        }),
        { numRuns, seed },
      );
    }
  });

  it('a decision marker is read as before', () => {
    const markers = ['päätös', 'resolution', 'päätös päätös'];
    // A marker may follow up to six bullets, arrows or marks (`→ Päätös:`, `**RESOLUTION:**`), none of which names it.
    const original = (text: string) => {
      if (text.startsWith('#')) return null;
      const bare = text.replace(/^[^\p{L}\p{N}]{0,6}/u, '').trimStart();
      const match = /^([\p{L} ]{2,30}?)\s*(?:#?\d+)?\s*[:：]\s*(.*)$/u.exec(bare);
      if (!match) return null;
      const key = fold(match[1] ?? '').trim();
      return markers.includes(key) && (match[2] ?? '').trim() !== '' ? (match[2] ?? '').replace(/[*_]+$/, '').trim() : null;
    };
    fc.assert(
      fc.property(over(['Päätös', 'RESOLUTION', ' ', '#2', ':', '*', 'x', '>']), (text) => {
        expect(markerRest(text, markers)).toBe(original(text));
      }),
      { numRuns, seed },
    );
  });

  it('names split at the same separators', () => {
    const pairs: [RegExp, RegExp][] = [
      [/\s*(?:,|\/|&|\band\b|\bja\b|\boch\b|\bund\b|\ben\b)\s*/, /,|\/|&|\b(?:and|ja|och|und|en)\b/],
      [/\s*(?:,|&|\s(?:and|ja|sekä|och|und|en)\s)\s*/u, /,|&|\s(?:and|ja|sekä|och|und|en)\s/u],
    ];
    // Lists of names as written; the rewrites differ on a conjunction right after a comma
    // (`Anna, ja Mikko`), which now separates too, where the original kept `ja Mikko` as one part.
    const name = fc.constantFrom('Anna', 'Mikko', 'Jan Erik', 'Anders', 'Sven-Erik', 'Anja', 'Jens');
    const separator = fc.constantFrom(', ', ',', ' ja ', ' and ', ' & ', '/', ' / ', ' sekä ', ' och ', ' und ', ' en ', '  ,  ', ' ');
    const list = fc.tuple(name, fc.array(fc.tuple(separator, name), { maxLength: 5 })).map(([first, rest]) => first + rest.map(([s, n]) => s + n).join(''));
    const parts = (text: string, separator: RegExp) =>
      text
        .split(separator)
        .map((p) => p.trim())
        .filter((p) => p !== '');
    for (const [original, rewrite] of pairs) {
      fc.assert(
        fc.property(list, (text) => {
          expect(parts(text, rewrite)).toEqual(parts(text, original));
        }),
        { numRuns, seed },
      );
    }
  });

  it('dateOnlyShape accepts what /^[\\p{L}]*[.,]?\\s*[\\d.\\-/\\s\\p{L},]{6,40}$/u accepted', () => {
    const original = /^[\p{L}]*[.,]?\s*[\d.\-/\s\p{L},]{6,40}$/u;
    fc.assert(
      fc.property(over(['a', 'Tiistai', '1', '.', ',', ' ', '/', '-', '!'], 30), (text) => {
        expect(dateOnlyShape(text)).toBe(original.test(text));
      }),
      { numRuns, seed },
    );
  });

  it('splitLead splits as /^\\s*([^:–—]{1,48}?)\\s*(?::|\\s[-–—]\\s)\\s*(\\S.*)$/s did', () => {
    const original = /^\s*([^:–—]{1,48}?)\s*(?::|\s[-–—]\s)\s*(\S.*)$/su;
    const expected = (text: string) => {
      const m = original.exec(text);
      return m && (m[1] ?? '').trim() !== '' ? { names: (m[1] ?? '').trim(), rest: m[2] } : null;
    };
    fc.assert(
      fc.property(over(['Minna', 'a', ' ', ':', '-', '–', '—', '\n', 'x'.repeat(20)], 12), (text) => {
        expect(splitLead(text)).toEqual(expected(text));
      }),
      { numRuns, seed },
    );
  });
});

describe('trims that scan from the end', () => {
  it('normalizeLabel reads a label as the chain of replacements it replaced', () => {
    const original = (label: string) =>
      label
        .toLowerCase()
        .replace(/\(s\)/g, '')
        .replace(/[\s:：.#*_]+$/, '')
        .replace(/\s*\([^()]*\)\s*$/, '')
        .replace(/[\s:：.#*_]+$/, '')
        .replace(/^[\s#*_]+/, '')
        .trim();
    fc.assert(
      fc.property(over(['Läsnä', 'Scribe', '(s)', '(', ')', ' ', '\u00a0', ':', '：', '.', '#', '*', '_', 'x'], 16), (text) => {
        expect(normalizeLabel(text)).toBe(original(text));
      }),
      { numRuns, seed },
    );
  });
});
