import type { Vocabulary } from '../lang/types.js';
import type { AgendaDraft } from './agenda-draft.js';
import type { Header } from './read-header.js';
import type { Line } from './types.js';

/** The context every finder reads. */
export interface FindContext {
  lines: readonly Line[];
  header: Header;
  drafts: readonly AgendaDraft[];
  /** For each line, the index of the agenda item that holds it, or -1. */
  itemOf: readonly number[];
  /** Lines that are items of an agenda list (titles, not tasks). */
  agendaLines: ReadonlySet<number>;
  /** The meeting's language first, then English. */
  vocabs: readonly Vocabulary[];
  allVocabs: readonly Vocabulary[];
  /** Folded words written with a capital inside a sentence somewhere: names, not sentence starts. */
  proper: ReadonlySet<string>;
}
