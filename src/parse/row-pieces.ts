import { fold } from '../lang/match.js';
import { cellPieces } from './decision-cells.js';
import type { FindContext } from './find-context.js';
import type { Unit } from './to-units.js';

/** A cell that only numbers its row (`1`, `1.`, `§ 4`, `TOP 2`). */
const NUMBER_CELL = /^(?:\p{L}{1,12}\s?)?[#§]?\s?\d{1,3}\.?$/u;

/**
 * The sentences written in the cells of a row of minutes kept as a table, one row an agenda item
 * (`| § 4 | Bryggan <br> Två anbud har kommit in. | Beslut att anta anbudet. <br> Pelle kontaktar
 * leverantören. |`), each as a unit of its own: a converter joins a cell's paragraphs with `<br>`,
 * and each line, entry or sentence of a cell is read as it would be in running text, as the
 * decisions of such a row are (see `noteCells`). The number cell and the item's title are left
 * out. Empty for a row of any other table.
 */
export function rowPieces(unit: Unit, context: FindContext): Unit[] {
  const draft = context.drafts.find((d) => d.from === unit.line);
  if (draft === undefined || unit.cells === null) return [];
  const title = fold(draft.title);
  const out: Unit[] = [];
  for (const cell of unit.cells) {
    if (NUMBER_CELL.test(cell.trim())) continue;
    for (const piece of cellPieces(cell)) {
      if (fold(piece) === title) continue;
      out.push({ ...unit, text: piece, kind: 'sentence', cells: null, columns: null });
    }
  }
  return out;
}
