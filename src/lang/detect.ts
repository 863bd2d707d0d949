import type { Vocabulary } from './types.js';
import { oncePer } from './once-per.js';
import type { Language } from '../model/meeting.js';
import { vocabularies } from './index.js';

const WORD = /[\p{L}]+/gu;
const RING = /å/gu;

/**
 * The language of a text, from how often each vocabulary's stopwords occur in its first 20,000
 * characters. Finnish wins ties: it is the language the tool was made for.
 */
export function detectLanguage(text: string): Language {
  const counts = new Map<string, number>();
  for (const match of text.slice(0, 20_000).matchAll(WORD)) {
    const word = match[0].toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  counts.set('å', [...text.slice(0, 20_000).matchAll(RING)].length > 0 ? 3 : 0);
  let best: Language = 'fi';
  let bestScore = 0;
  for (const vocab of Object.values(vocabularies)) {
    const labels = oneWordLabels(vocab);
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

/** The one-word labels of a vocabulary, gathered once. */
const oneWordLabels = oncePer((vocab: Vocabulary): string[] => Object.values(vocab.labels).flat().filter((label) => !label.includes(' ')));
