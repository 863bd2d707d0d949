import { fold } from '../lang/match.js';
import type { Vocabulary } from '../lang/types.js';
import type { Cue } from '../model/cue.js';
import { gather, wordsOf } from './cues.js';
import { decisionMarkers } from './decision-markers.js';
import type { OutcomeScope } from './decision-scope.js';
import type { Unit } from './to-units.js';

/** Cells that hold nothing decided (`-`, `n/a`, `none`). */
export const EMPTY_CELL = /^[\s\-–—/.?]*$|^(?:n\/?a|none|ei|ingen|keine|geen|nein|no)\.?$/iu;

/**
 * A table row's decision: the cell under a decision column (`| Topic | Decision |`), the longest
 * other cell of a row whose type cell is a decision label (`| Decision | Use Postgres | Ann |`),
 * every row of a table in an outcome section, or a motion carried in a motion table.
 */
export function tableDecision(unit: Unit, scope: OutcomeScope | undefined, vocabs: readonly Vocabulary[]): { text: string; cue: Cue } | null {
  const cells = unit.cells ?? [];
  const markers = decisionMarkers(vocabs);
  const column = (unit.columns ?? []).findIndex((c) => markers.includes(fold(c).trim()));
  const cell = cells[column]?.trim() ?? '';
  if (column >= 0 && !EMPTY_CELL.test(cell)) {
    // A terse verdict (`Approved`) takes its topic: the first cell before it with words, not its number (`| 2 | Budget | Approved |`).
    const topic = wordsOf(cell).length < 4 ? cells.slice(0, column).find((c) => /\p{L}/u.test(c)) : undefined;
    return { text: topic ? `${topic.trim()}: ${cell}` : cell, cue: { kind: 'table', words: (unit.columns ?? [])[column] ?? '' } };
  }
  const typed = cells.findIndex((c) => markers.includes(fold(c).trim()));
  if (typed >= 0 && column < 0) {
    const others = cells.filter((c, k) => k !== typed && !EMPTY_CELL.test(c)).sort((a, b) => b.length - a.length);
    if (others[0] !== undefined) return { text: others[0].trim(), cue: { kind: 'marker', words: cells[typed] ?? '' } };
  }
  if (scope && column < 0 && wordsOf(cells.join(' ')).length >= 3) return { text: cells.filter((c) => !EMPTY_CELL.test(c)).join(' — '), cue: { kind: 'section', words: scope.label } };
  return motionRow(unit, vocabs);
}

function motionRow(unit: Unit, vocabs: readonly Vocabulary[]): { text: string; cue: Cue } | null {
  const cells = unit.cells ?? [];
  const carried = gather(vocabs, 'carried');
  const outcome = cells.slice(1).find((cell) => carried.includes(fold(cell).trim()));
  if (!outcome || cells.length < 2) return null;
  return { text: `${cells[0]} — ${outcome}`, cue: { kind: 'vote', words: outcome } };
}
