import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/parse/decode.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const titles = (text: string) => parseMinutes(text).agenda.map((a) => `${a.number} ${a.title}`);
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('typeset: layout characters as what they stand for', () => {
  it('reads no-break and fixed-width spaces as spaces, keeping every offset', () => {
    const text = '§\u00a04 Ekonomi\n1.\u202fOpening\u3000och\u2009val';
    expect(typeset(text)).toBe('§ 4 Ekonomi\n1. Opening och val');
    expect(typeset(text)).toHaveLength(text.length);
  });

  it('drops zero-width spaces, word joiners and soft hyphens, invisible in the document', () => {
    expect(typeset('Styrelsen beslu\u00adtade att\u200b köpa\u2060 en\ufeff grill')).toBe('Styrelsen beslutade att köpa en grill');
  });

  it('reads line and paragraph separators and Word’s vertical tab as spaces, so that lines stay where editors show them', () => {
    expect(typeset('Aika: 3.5.2031\u2028Paikka: Kerhohuone\u2029Läsnä:\vAino Aalto')).toBe('Aika: 3.5.2031 Paikka: Kerhohuone Läsnä: Aino Aalto');
  });

  it('reads a symbol-font bullet at the start of a line as a bullet, and leaves other private characters', () => {
    expect(typeset('\uf0b7\tOpening\n  \uf0a7 Budget\nIcon \uf0b7 inside')).toBe('•\tOpening\n  • Budget\nIcon \uf0b7 inside');
  });

  it('leaves text without layout characters as it is', () => {
    const text = 'Päätettiin, että kevätkokous pidetään 12.3.2031.';
    expect(typeset(text)).toBe(text);
  });
});

describe('minutes laid out by a word processor', () => {
  it('reads numbered items whose number a no-break space follows', () => {
    const text = ['# Notulen bestuursvergadering', '', '1.\u00a0Opening', '', 'De voorzitter opent de vergadering.', '', '2.\u00a0Kascommissie', '', 'Besloten wordt de kascommissie te decharge.', '', '3.\u00a0Rondvraag', ''].join('\n');
    expect(titles(text)).toEqual(['1 Opening', '2 Kascommissie', '3 Rondvraag']);
  });

  it('reads a decision whose words a soft hyphen or a zero-width space breaks', () => {
    const text = ['# Protokoll styrelsemöte', '', '§ 1 Ekonomi', '', 'Styrelsen beslu\u00adtade att\u200b köpa in en ny grill.', ''].join('\n');
    expect(decisions(text)).toEqual(['Styrelsen beslutade att köpa in en ny grill.']);
  });

  it('reads items bulleted with a symbol font as list entries', () => {
    const text = ['# Board meeting', '', 'Agenda:', '', '\uf0b7\tWelcome', '\uf0b7\tBudget for the spring fair', '\uf0b7\tAny other business', ''].join('\n');
    expect(titles(text).map((t) => t.replace(/^\S+ /, ''))).toEqual(['Welcome', 'Budget for the spring fair', 'Any other business']);
  });
});

describe('escaped marks, as pads and converters export them', () => {
  const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

  it('reads a paragraph opening with an escaped bullet as an entry of the list above it', () => {
    const text = ['# Kuukausikokous', '', '1. Laskut', '', 'Hyväksyttäviä laskuja:', '', '- Kahvinkeitin 45,90e', '', '\\* hyväksytty', ''].join('\n');
    expect(decisions(text)).toEqual(['Kahvinkeitin 45,90e — hyväksytty']);
  });

  it('leaves an escaped number alone: a day or an ordinal as often as an entry', () => {
    const text = ['# Protokoll der Vorstandssitzung', '', '3\\. März 2026, 19:00 Uhr, Vereinsheim', '', 'TOP 1 Begrüßung', '', 'TOP 2 Verschiedenes', ''].join('\n');
    expect(parseMinutes(text).date).toBe('2026-03-03');
  });
});
