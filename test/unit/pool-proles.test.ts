import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// The chair and secretary named by the office written right after a name in a list of those present,
// as a table of members flattened from a PDF runs them. Invented minutes, in each language's form.

const holder = (text: string, role: string) => parseMinutes(text).participants.find((p) => p.roles.includes(role))?.name ?? null;

describe('an office right after a name in a flattened list of those present', () => {
  it('gives the chair and the secretary of a Finnish record, the list run on in a line', () => {
    const text = 'LAUTAKUNTA Pöytäkirja 3/2021 Aika klo 18.00 Paikka Kunnantalo Läsnä Pelkonen Aila puheenjohtaja Rautio Onni jäsen Salo Veera jäsen Tuomi Iiro sihteeri 1 Kokouksen avaus\n';
    expect(holder(text, 'chair')).toBe('Pelkonen Aila');
    expect(holder(text, 'secretary')).toBe('Tuomi Iiro');
  });

  it('gives them from a list on its own line, with notes after an office', () => {
    const text = 'Hallituksen kokous\n\nLäsnä: Aila Pelkonen puheenjohtaja esteellinen asiassa 4, Onni Rautio jäsen, Iiro Tuomi pöytäkirjanpitäjä\n\n1. Avaus\n';
    expect(holder(text, 'chair')).toBe('Aila Pelkonen');
    expect(holder(text, 'secretary')).toBe('Iiro Tuomi');
  });

  it('takes no office of another body: its word stands between the name and the office', () => {
    const text = 'LAUTAKUNTA Pöytäkirja 3/2021 Aika klo 18.00 Paikka Kunnantalo Läsnä Pelkonen Aila jäsen Rautio Onni jäsen Salo Veera valtuuston puheenjohtaja 1 Kokouksen avaus\n';
    expect(holder(text, 'chair')).toBeNull();
  });

  it('pairs no office with the last name when the offices are a column after the names', () => {
    const text = 'LAUTAKUNTA Pöytäkirja 3/2021 Aika klo 18.00 Paikka Kunnantalo Läsnä Pelkonen Aila Rautio Onni Salo Veera puheenjohtaja jäsen jäsen 1 Kokouksen avaus\n';
    expect(holder(text, 'chair')).not.toBe('Salo Veera');
  });
});
