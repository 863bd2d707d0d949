import type { Vocabulary } from './types.js';
import type { Language } from '../model/meeting.js';
import { vocabularies } from './index.js';

const WORD = /[\p{L}]+/gu;

/**
 * The language of a text, from how often each vocabulary's stopwords occur in its first 20,000
 * characters. Finnish wins ties: it is the language the tool was made for.
 */
export function detectLanguage(text: string): Language {
  const head = text.slice(0, 20_000);
  const { scored, vocabs } = scoring();
  // Only the words some vocabulary scores are counted: most words of a text are none of them.
  const counts = new Map<string, number>();
  // The head lower-cased once, not word by word: the same words, as lower-casing keeps letters
  // letters, but for `İ`, whose lower case adds a combining dot that ends a word, and `Σ`, whose
  // lower case depends on what follows it (with either, word by word as before).
  const whole = !head.includes('\u0130') && !head.includes('\u03a3');
  for (const match of (whole ? head.toLowerCase() : head).match(WORD) ?? []) {
    const word = whole ? match : match.toLowerCase();
    if (scored.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  counts.set('å', head.includes('å') ? 3 : 0);
  let best: Language = 'fi';
  let bestScore = 0;
  for (const { vocab, labels } of vocabs) {
    const score =
      vocab.stopwords.reduce((sum, word) => sum + (counts.get(word) ?? 0), 0) +
      labels.reduce((sum, word) => sum + Math.min(1, counts.get(word) ?? 0), 0) * 2 +
      (vocab.code === 'sv' ? (counts.get('å') ?? 0) : 0);
    if (score > bestScore) {
      best = vocab.code;
      bestScore = score;
    }
  }
  return best;
}

/** Each vocabulary with its one-word labels, and every word that counts towards a score; gathered once. */
let gathered: { scored: ReadonlySet<string>; vocabs: readonly { vocab: Vocabulary; labels: readonly string[] }[] } | null = null;

function scoring(): NonNullable<typeof gathered> {
  if (gathered !== null) return gathered;
  const vocabs = Object.values(vocabularies).map((vocab) => ({ vocab, labels: Object.values(vocab.labels).flat().filter((label) => !label.includes(' ')) }));
  const scored = new Set(vocabs.flatMap(({ vocab, labels }) => [...vocab.stopwords, ...labels]));
  gathered = { scored, vocabs };
  return gathered;
}
