import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Conventions of English minutes found missing by test/accuracy/probe-en, each pinned with a
// sentence of our own: councils, boards, trustees, unions, clubs and chat-pasted notes.

const present = (text: string) => parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name);
const absent = (text: string) => parseMinutes(text).participants.filter((p) => !p.present).map((p) => p.name);

describe('a plural title before a list of people', () => {
  it('is no part of the first name (`Councillors A Brown and C Green`)', () => {
    const text = 'Minutes of the Harbour Committee\n\nPRESENT: Councillors W Tern (Chair), E Gull and P Skua\nAPOLOGIES: Messrs Kittiwake and Fulmar\n';
    expect(present(text)).toEqual(['W Tern', 'E Gull', 'P Skua']);
    expect(absent(text)).toEqual(['Kittiwake', 'Fulmar']);
  });
});
