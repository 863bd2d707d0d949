import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';

/** The most words a service's name takes (`Zoom Video Conference`, `Microsoft Teams`). */
const MOST_WORDS = 5;

/** The most characters read for an adverb, a lead, an article and a name of five words. */
const MOST_CHARACTERS = 200;

/**
 * The service a meeting held at a distance was held on, from the words that follow its date or time
 * in the sentence of record (`remotely through Zoom.`, `via a Zoom Virtual Meeting`, `using Zoom
 * starting at 7.30pm`, `online via Teams`): an adverb of holding it so may come first, then a word
 * that leads to the service, an article, and the service's name as its capitalised words, up to the
 * first word in lower case, a stop, a weekday or a month. Null where the words hold no such lead.
 */
export function remotePlace(text: string, vocabs: readonly Vocabulary[]): string | null {
  const { modes, leads, articles, calendar } = remoteWords(vocabs);
  // The sentence of record ends its line: a label on the next (`Present:`) is none of the name. A
  // service's name stands within the first words, so a long text is read no further than them.
  const words = (text.trim().slice(0, MOST_CHARACTERS).split('\n')[0] as string).split(/\s+/u);
  let at = 0;
  if (modes.has(bare(words[at]))) at++;
  if (!leads.has(bare(words[at]))) return null;
  at++;
  if (articles.has(bare(words[at]))) at++;
  const name: string[] = [];
  for (; at < words.length && name.length < MOST_WORDS; at++) {
    const written = words[at] as string;
    const word = written.replace(/(?<![.,;:!?)])[.,;:!?)]+$/u, '');
    if (!/^[\p{Lu}\d]/u.test(word) || calendar.has(word.toLowerCase()) || written.endsWith(':')) break;
    name.push(word);
    if (word !== written) break;
  }
  return name.length > 0 ? name.join(' ') : null;
}

/** A word lower case without the stops after it; '' for none. */
function bare(word: string | undefined): string {
  return (word ?? '').toLowerCase().replace(/(?<![.,;:])[.,;:]+$/u, '');
}

/** The words of holding at a distance of the vocabularies, and their names of weekdays and months, made once per list. */
const remoteWords = oncePer((vocabs: readonly Vocabulary[]) => ({
  modes: new Set(vocabs.flatMap((v) => v.remote.modes)),
  leads: new Set(vocabs.flatMap((v) => v.remote.leads)),
  articles: new Set(vocabs.flatMap((v) => v.remote.articles)),
  calendar: new Set(vocabs.flatMap((v) => [...v.weekdays.flat(), ...v.months.flat()])),
}));
