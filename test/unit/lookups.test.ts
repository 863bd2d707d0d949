import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';
import { anyMatches, indexOfWord, matchesAny, matchesWord } from '../../src/lang/match.js';
import { roleOf, splitTopLevel } from '../../src/parse/read-people.js';

// The look-ups below are indexed once per word list; each must answer as the plain scan it replaced.

const seed = 20261129;
const vocabs = Object.values(vocabularies);
const letters = fc.constantFrom('a', 'e', 'k', 'ä', 't', 'i', 'n');
const word = fc.array(letters, { minLength: 0, maxLength: 5 }).map((l) => l.join(''));
const entry = fc.tuple(word, fc.boolean()).map(([w, stem]) => (stem ? `${w}*` : w));
const list = fc.array(entry, { maxLength: 6 });

describe('indexed word look-ups', () => {
  it('match a word as matchesWord does for each entry', () => {
    fc.assert(
      fc.property(word, list, (w, entries) => {
        expect(matchesAny(w, entries)).toBe(entries.some((e) => matchesWord(w, e)));
      }),
      { numRuns: 3000, seed },
    );
  });

  it('match the first words as a scan of them does', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), list, fc.nat(10), (words, entries, count) => {
        expect(anyMatches(words, entries, count)).toBe(words.slice(0, count).some((w) => entries.some((e) => matchesWord(w, e))));
      }),
      { numRuns: 3000, seed },
    );
  });

  it('match the stems of every vocabulary list as the scan does (stems kept by their first two characters)', () => {
    for (const vocab of vocabs) {
      for (const entries of Object.values(vocab).filter((v): v is string[] => Array.isArray(v) && v.every((e) => typeof e === 'string'))) {
        for (const e of entries.filter((x) => x.endsWith('*'))) {
          const stem = e.slice(0, -1);
          for (const w of [stem, `${stem}ssa`, stem.slice(0, -1), stem.slice(1), `x${stem}`, stem.charAt(0), '', '😀ä']) {
            expect(matchesAny(w, entries)).toBe(entries.some((x) => matchesWord(w, x)));
          }
        }
      }
    }
    // Stems of one and of no character start every word that opens with them, however short.
    expect(matchesAny('a', ['ab*', 'a*'])).toBe(true);
    expect(matchesAny('q', ['*'])).toBe(true);
    expect(matchesAny('a', ['ab*'])).toBe(false);
    expect(anyMatches(['xy', 'abc'], ['abd*', 'ab*'])).toBe(true);
  });

  it('find the first list that holds a match', () => {
    fc.assert(
      fc.property(word, fc.array(list, { maxLength: 5 }), (w, lists) => {
        expect(indexOfWord(w, lists)).toBe(lists.findIndex((entries) => entries.some((e) => matchesWord(w, e))));
      }),
      { numRuns: 3000, seed },
    );
    for (const vocab of vocabs) {
      for (const forms of vocab.months) {
        for (const form of forms) {
          const w = form.replace('*', 'ssa');
          expect(indexOfWord(w, vocab.months)).toBe(vocab.months.findIndex((entries) => entries.some((e) => matchesWord(w, e))));
        }
      }
    }
  });
});

describe('roleOf', () => {
  /** roleOf as a scan of every vocabulary's role lists. */
  const scan = (text: string, list: typeof vocabs): string | null => {
    const w = text.trim().toLowerCase();
    const bare = w.replace(/\.$/, '');
    for (const vocab of list) for (const [role, words] of Object.entries(vocab.roles)) if (words.includes(w) || words.includes(bare)) return role;
    return null;
  };

  it('names the role of the first list that holds the word, with or without its dot', () => {
    const words = [...new Set(vocabs.flatMap((v) => Object.values(v.roles).flat()))];
    const texts = words.flatMap((w) => [w, `${w}.`, ` ${w.toUpperCase()} `, `${w}..`, `x${w}`]);
    for (const list of [vocabs, [...vocabs].reverse(), vocabs.slice(0, 2)]) {
      for (const text of texts) expect(roleOf(text, list)).toBe(scan(text, list));
    }
  });
});

describe('splitTopLevel', () => {
  /** splitTopLevel as it split every text, before texts without a separator were passed over. */
  const split = (text: string, separator: RegExp): string[] => {
    const global = new RegExp(separator.source, `${separator.flags}g`);
    if (!/[([]/.test(text)) return text.split(global).map((s) => s.trim()).filter(Boolean);
    const opens: number[] = [];
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '(' || ch === '[') depth++;
      else if ((ch === ')' || ch === ']') && depth > 0) depth--;
      opens.push(depth);
    }
    const out: string[] = [];
    let start = 0;
    for (const match of text.matchAll(global)) {
      if ((opens[match.index] ?? 0) > 0) continue;
      out.push(text.slice(start, match.index));
      start = match.index + match[0].length;
    }
    out.push(text.slice(start));
    return out.map((s) => s.trim()).filter(Boolean);
  };

  it('splits as before', () => {
    const part = fc.constantFrom('Anna', ' ', ',', ' ja ', 'and', '(', ')', '[', ']', '/', '&', ';', 'x', '\t');
    const text = fc.array(part, { maxLength: 12 }).map((p) => p.join(''));
    for (const separator of [/,|\/|&|\b(?:and|ja|och|und|en)\b/, /[,;]|\s(?:and|ja|och|und|en|sekä)\s/, /,/, /[;]/]) {
      fc.assert(
        fc.property(text, (t) => {
          expect(splitTopLevel(t, separator)).toEqual(split(t, separator));
        }),
        { numRuns: 2000, seed },
      );
    }
  });
});
