import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** An agenda list item whose title runs on to the next line keeps the whole title. */

describe('an agenda item written over two lines', () => {
  const text = '# Styrelsemöte 2025-03-04\n\nDagordning:\n1. Mötets öppnande\n2. Budget för\nnästa år\n3. Avslutning\n';

  it('joins a next line that opens in lower case to the title', () => {
    expect(parseMinutes(text).agenda.map((a) => a.title)).toEqual(['Mötets öppnande', 'Budget för nästa år', 'Avslutning']);
  });

  it('leaves a capitalised next line to the notes', () => {
    const notes = '# Board 2025-03-04\n\nAgenda:\n1. Opening\n2. Budget\nAnn presents the figures.\n3. Closing\n';
    expect(parseMinutes(notes).agenda.map((a) => a.title)).toEqual(['Opening', 'Budget', 'Closing']);
  });
});
