import fc from 'fast-check';

/**
 * fast-check generators for minutes-like text: lines a secretary writes (headings, bold header
 * labels with dates, participant lists, numbered items, decisions, actions and task boxes, table
 * rows, quotes) in Finnish, English and Swedish, salted with what real files and hostile ones
 * carry: combining marks, zero-width and bidi controls inside names, tabs, stray Markdown marks,
 * links, and every kind of line end. Shared by the property tests and the hostile tests.
 */

/** Zero-width and invisible format characters that turn up inside copied names. */
export const zeroWidth = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];
/** Bidirectional controls: marks, embeddings, overrides and isolates. */
export const bidi = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
/** Combining marks, alone or after a base letter. */
export const combining = ['\u0301', '\u0308', '\u030A', '\u0323', '\u20DD'];
/** Markdown marks written where they do not belong. */
export const strayMarks = ['*', '**', '_', '__', '#', '|', '>', '`', '~~', '[', ']', '\\', '<', '&', '- ', '+ ', '1. ', '[ ] ', '[x] '];

const names = [
  'Minna Männikkö', 'Isa Ahonen', 'Pekka Salo', 'Sirkka Seppälä', 'Arja Nevala', 'Jörg Müller',
  'Anna Lindqvist', 'Alice Smith', 'Bob Jones', 'Åsa Öberg', 'Zoë Ångström', 'Lê Văn Thành',
  'Øyvind Ødegård', 'Ngozi Okonjo', 'محمد علي', 'Αλέξανδρος Παππάς', 'Иван Петров', '李小龍',
];
const words = [
  'kokous', 'avattiin', 'hyväksyttiin', 'esityslista', 'talousarvio', 'päätettiin', 'että', 'lähettää',
  'kutsun', 'mennessä', 'jäsenrekisteri', 'päivitetään', 'Muut', 'asiat', 'the', 'meeting', 'budget',
  'approved', 'will', 'send', 'report', 'minutes', 'agreed', 'review', 'styrelsen', 'beslöts', 'att',
  'protokoll', 'justeras', 'klo', 'Q1', 'v2.0', 'ääkköset', 'naïve', 'café', 'x', 'ok',
];
const labels = [
  'Aika', 'Paikka', 'Läsnä', 'Poissa', 'Puheenjohtaja', 'Sihteeri', 'Date', 'Time', 'Location',
  'Present', 'Attendees', 'Regrets', 'Chair', 'Scribe', 'Tid', 'Plats', 'Närvarande', 'Ort', 'Datum',
];
const dates = [
  '8.11.2019 klo 10-12', 'Pe 8.11.2019 klo 10.00 - 15.00', '2019-11-08', '8. marraskuuta 2019',
  'November 8, 2019 14:00–15:30 UTC', '8 nov. 2019 kl. 10.00', '31.4.2024', '29.2.2023',
  '15.12.', 'ensi perjantaina', 'by Friday', 'viikolla 9', 'marras-joulukuussa', '99.99.9999', '0.0.0',
];
const roles = ['puheenjohtaja', 'pj.', 'sihteeri', 'siht.', 'chair', 'secretary', 'ordförande', 'vpj'];
const cues = ['ACTION:', 'TODO', 'Tehtävä:', 'Åtgärd:', 'Päätös:', 'RESOLVED:', 'Decision:', 'Agreed:', 'Beslut:', 'DONE'];

/** One "hostile" character: a control, an invisible or a mark. */
const oddChar = fc.constantFrom(...zeroWidth, ...bidi, ...combining, '\t', '\u00A0', '\u3000', '\u0085', '\u2028', '\u2029', '\u001B', '\u0007', '\u009B', '\uFFFD', '\uD800', '\uDC00');

/** A name, sometimes with invisible or bidi characters, or combining marks, inside it. */
export const nameArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...names) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...names), fc.nat(), oddChar).map(([name, at, odd]) => insertAt(name, at, odd)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...names), fc.constantFrom(...bidi)).map(([name, b]) => `${b}${name}\u202C`) },
);

/** A word: vocabulary, a name's part, or random letters (any script) with marks. */
export const wordArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 1, arbitrary: nameArb },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...words), fc.nat(), oddChar).map(([w, at, odd]) => insertAt(w, at, odd)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...words), fc.constantFrom(...strayMarks)).map(([w, mark]) => `${mark}${w}${mark}`) },
);

const sentenceArb = fc.array(wordArb, { minLength: 1, maxLength: 10 }).map((ws) => ws.join(' '));

const indentArb = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '\t', ' \t', '> ', '>> ', '  > ');

/** One line of minutes-like Markdown (no line end). */
export const lineArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 7 }), fc.option(fc.nat({ max: 20 })), sentenceArb).map(([level, n, s]) => `${'#'.repeat(level)} ${n === null ? '' : `${n}. `}${s}`),
  fc.tuple(fc.constantFrom(...labels), fc.oneof(fc.constantFrom(...dates), nameArb, sentenceArb), fc.constantFrom(':** ', '**: ', '**\t', ': ', ':**')).map(([label, value, sep]) => `**${label}${sep}${value}`),
  fc.tuple(fc.constantFrom(...labels), fc.array(nameArb, { minLength: 1, maxLength: 4 })).map(([label, ns]) => `${label}: ${ns.join(', ')}`),
  fc.tuple(fc.constantFrom('- ', '* ', '+ ', ' - ', ''), nameArb, fc.option(fc.constantFrom(...roles)), fc.option(fc.constantFrom('Org', 'Oulun kaupunki', 'IETF'))).map(([marker, name, role, org]) =>
    `${marker}${name}${org === null && role === null ? '' : ` (${[org, role].filter((x) => x !== null).join(', ')})`}`),
  fc.tuple(fc.nat({ max: 30 }), fc.constantFrom('. ', ') ', ' § ', '§ '), sentenceArb, fc.boolean()).map(([n, mark, s, bold]) => (bold ? `**${n}${mark}${s}**` : `${n}${mark}${s}`)),
  fc.tuple(fc.constantFrom('- ', '* ', '1. ', '- [ ] ', '- [x] ', '* [X] ', ''), fc.constantFrom(...cues), nameArb, sentenceArb, fc.option(fc.constantFrom(...dates))).map(([marker, cue, name, s, due]) =>
    `${marker}${cue} ${name} ${s}${due === null ? '' : ` ${due} mennessä`}`),
  fc.tuple(nameArb, fc.constantFrom('lähettää', 'will send', 'to update', 'skickar', 'hoitaa'), sentenceArb, fc.option(fc.constantFrom(...dates))).map(([name, verb, s, due]) => `${name} ${verb} ${s}${due === null ? '' : ` by ${due}`}.`),
  fc.tuple(fc.constantFrom('Päätettiin, että', 'It was agreed that', 'Beslöts att', 'Hyväksyttiin'), sentenceArb).map(([cue, s]) => `${cue} ${s}.`),
  fc.array(fc.oneof(sentenceArb, nameArb, fc.constant('---'), fc.constant(':-:')), { minLength: 1, maxLength: 4 }).map((cells) => `| ${cells.join(' | ')} |`),
  fc.tuple(sentenceArb, fc.constantFrom('https://example.org/poytakirja-2019.pdf', 'liite3.docx', '#kohta-5')).map(([s, url]) => `Katso [${s}](${url}).`),
  fc.constantFrom('', '', '', ' ', '\t', '---', '***', '```', '~~~', '<!-- kommentti -->', '<br>', '> ', '|---|---|', '- ', '1.', '[ ]'),
  fc.array(fc.oneof(wordArb, fc.constantFrom(...strayMarks), oddChar), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')),
  sentenceArb,
);

/** A line end: mostly LF, also CRLF and CR, mixed within one file. */
export const lineEndArb = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r\n', '\r');

/** A whole minutes-like document: indented lines joined with mixed line ends, maybe front matter. */
export const minutesArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.array(fc.tuple(fc.constantFrom('title', 'date', 'chair', 'location'), sentenceArb), { maxLength: 3 })),
    fc.array(fc.tuple(indentArb, lineArb, lineEndArb), { maxLength: 40 }),
    fc.boolean(),
  )
  .map(([front, lines, finalEnd]) => {
    const head = front === null ? '' : `---\n${front.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n`;
    const body = lines.map(([indent, line, end]) => `${indent}${line}${end}`).join('');
    return head + (finalEnd ? body : body.replace(/(?:\r\n|\r|\n)$/, ''));
  });

/** Arbitrary strings of every flavour fast-check has: UTF-16 units (lone surrogates), code points, graphemes. */
export const anyStringArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'binary-ascii', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.string({ unit: 'binary' }).filter((s) => s.length > 0), maxLength: 100 }),
  fc.array(fc.oneof(lineArb, fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 20 }).chain((parts) =>
    fc.array(lineEndArb, { minLength: parts.length, maxLength: parts.length }).map((ends) => parts.map((p, i) => p + (ends[i] ?? '')).join('')),
  ),
);

/** Arbitrary bytes, and minutes-like text encoded as UTF-8, UTF-16 (with and without BOM) or Windows-1252-ish bytes. */
export const anyBytesArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.uint8Array({ min: 0x20, max: 0xff, maxLength: 600 }),
  minutesArb.map((text) => new TextEncoder().encode(text)),
  fc.tuple(minutesArb, fc.boolean()).map(([text, bom]) => utf16(text, 'le', bom)),
  fc.tuple(minutesArb, fc.boolean()).map(([text, bom]) => utf16(text, 'be', bom)),
  fc.tuple(minutesArb, fc.uint8Array({ min: 0x80, max: 0xff, minLength: 1, maxLength: 8 }), fc.nat()).map(([text, junk, at]) => {
    const bytes = new TextEncoder().encode(text);
    const cut = bytes.length === 0 ? 0 : at % bytes.length;
    return new Uint8Array([...bytes.subarray(0, cut), ...junk, ...bytes.subarray(cut)]);
  }),
);

/** Encode text as UTF-16 little or big endian, with or without a byte order mark. */
export function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = unit & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = unit >> 8;
  }
  return out;
}

function insertAt(text: string, at: number, insert: string): string {
  const chars = [...text];
  const index = at % (chars.length + 1);
  return [...chars.slice(0, index), insert, ...chars.slice(index)].join('');
}
