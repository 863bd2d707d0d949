/**
 * The width on a terminal of a label of our own messages (`When`, `Paikka`, `Frånvarande`): one
 * column a character. Every such label of every locale is text of ASCII and Latin letters, which
 * `textWidth` measures so (test/unit/label-width.test.ts checks each against it); counting them
 * here lets the summary of `minutes parse` line its labels up without loading string-width, whose
 * emoji expressions and segmenter cost a tenth of a second of CPU at start-up.
 */
export function labelWidth(label: string): number {
  return label.length;
}
