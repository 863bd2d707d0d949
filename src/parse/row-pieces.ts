import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { hasPhrase, wordsOf } from './cues.js';
import { NUMBER_CELL } from './agenda-table.js';
import { cellPieces } from './decision-cells.js';
import type { FindContext } from './find-context.js';
import type { Unit } from './to-units.js';


/**
 * The sentences written in the cells of a row of minutes kept as a table, one row an agenda item
 * (`| § 4 | Bryggan <br> Två anbud har kommit in. | Beslut att anta anbudet. <br> Pelle kontaktar
 * leverantören. |`), each as a unit of its own: a converter joins a cell's paragraphs with `<br>`,
 * and each line, entry or sentence of a cell is read as it would be in running text, as the
 * decisions of such a row are (see `noteCells`). The number cell and the item's title are left
 * out, and so is a column of proposals (`Proposal`, `Ehdotus`, `Förslag till beslut`): what was
 * proposed is no task. A row whose outcome rejects the matter or lays it aside (`Rejected`,
 * `Bordlades`) gives none. Empty for a row of any other table.
 */
export function rowPieces(unit: Unit, context: FindContext): Unit[] {
  const draft = context.drafts.find((d) => d.from === unit.line);
  if (draft === undefined || unit.cells === null) return [];
  const setAside = setAsideOf(context.vocabs);
  if (unit.cells.some((cell) => hasPhrase(cell, setAside))) return [];
  const proposals = proposalColumns(context.vocabs);
  const title = fold(draft.title);
  const out: Unit[] = [];
  unit.cells.forEach((cell, k) => {
    if (NUMBER_CELL.test(cell.trim()) || isProposalColumn(unit.columns?.[k], proposals)) return;
    for (const piece of cellPieces(cell, context.vocabs)) {
      if (fold(piece) === title) continue;
      out.push({ ...unit, text: piece, kind: 'sentence', cells: null, columns: null });
    }
  });
  return out;
}

/** Whether a column's header names a proposal: the whole header, or its first word is a motion's column word (`Förslag till beslut`). */
function isProposalColumn(header: string | undefined, proposals: Proposals): boolean {
  if (header === undefined) return false;
  const folded = fold(header).trim();
  const first = wordsOf(folded)[0];
  return proposals.whole.has(folded) || (first !== undefined && proposals.first.has(first));
}

interface Proposals {
  whole: Set<string>;
  first: Set<string>;
}

/** The folded headers of a column of proposals (the labels of a proposal and the column words of a motion) and the words that open one (a motion's column words), but none that also labels decisions (`Resolution`). */
const proposalColumns = oncePer((vocabs: readonly Vocabulary[]): Proposals => {
  const out: Proposals = { whole: new Set(), first: new Set() };
  for (const v of vocabs) {
    const decisions = new Set((v.labels.decisions ?? []).map((l) => fold(l)));
    for (const word of v.labels.proposal ?? []) if (!decisions.has(fold(word))) out.whole.add(fold(word));
    for (const word of v.columns.motion) {
      if (decisions.has(fold(word))) continue;
      out.whole.add(fold(word));
      out.first.add(fold(word));
    }
  }
  return out;
});

/** The outcomes that reject or lay aside a matter, of every vocabulary, with the failed outcomes of a motion. */
const setAsideOf = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => [...(v.setAside ?? []), ...v.failed]));
