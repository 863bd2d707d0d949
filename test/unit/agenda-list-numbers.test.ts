import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const numbers = (text: string) => parseMinutes(text).agenda.map((a) => a.number);
const titles = (text: string) => parseMinutes(text).agenda.map((a) => a.title);

describe('an agenda list and the numbered headings of the minutes', () => {
  it('matches a heading to the listed item by its number alone, keeping the items no heading repeats', () => {
    const text = [
      '# Verslag werkgroep Fietsroutes',
      '',
      '## Agenda',
      '',
      '1. Opening',
      '2. Stand van zaken kaart',
      '3. Subsidieaanvraag',
      '4. Rondvraag en sluiting',
      '',
      '## Verslag',
      '',
      '### Agendapunt 2:',
      '',
      '> Stand van zaken kaart',
      '',
      'De kaart is bijna klaar; Anouk Vermeer test de laatste routes.',
      '',
      '### Agendapunt 4:',
      '',
      '> Wat verder ter tafel komt',
      '',
      'Geen vragen.',
      '',
    ].join('\n');
    expect(numbers(text)).toEqual(['1', '2', '3', '4']);
    expect(titles(text)[2]).toBe('Subsidieaanvraag');
  });

  it('does not match by number where two headings carry it', () => {
    const text = [
      '## Agenda',
      '',
      '1. Opening',
      '2. Kaart',
      '3. Subsidie',
      '',
      '### Punt 2: Kaart',
      'Tekst.',
      '### Punt 3: Subsidie',
      'Tekst.',
      '### Punt 3: Nog een subsidie',
      'Tekst.',
      '',
    ].join('\n');
    expect(numbers(text)).not.toContain(null);
    expect(numbers(text).filter((n) => n === '3')).toHaveLength(2);
  });

  it('adds nothing from an agenda read out inside one item', () => {
    const text = [
      '# Protokoll der Mitgliederversammlung',
      '',
      '## TOP 1. Eröffnung',
      'Die Versammlungsleiterin eröffnet die Versammlung.',
      '',
      '## TOP 2. Verlesung der Tagesordnung',
      'Die Versammlungsleiterin verliest die Tagesordnung:',
      '',
      '1. Eröffnung',
      '2. Verlesung der Tagesordnung',
      '3. Kassenbericht',
      '4. Sommerfest',
      '5. Verschiedenes',
      '',
      'Es gibt keine Änderungswünsche.',
      '',
      '## TOP 3. Kassenbericht',
      'Der Kassenwart berichtet.',
      '',
      '## TOP 4. Verschiedenes',
      'Nichts.',
      '',
    ].join('\n');
    expect(numbers(text)).toEqual(['1', '2', '3', '4']);
  });

  it('reads a clause quoted in the notes of numbered headings as notes, not as an item', () => {
    const text = [
      '## TOP 1. Begrüßung',
      'Der Vorsitzende begrüßt alle.',
      '',
      '## TOP 2. Satzungsänderung',
      'Der Vorstand beantragt folgende Fassung:',
      '',
      '§4 (2) Der Beitrag wird jährlich im Januar fällig.',
      '',
      'Der Antrag wird angenommen.',
      '',
      '## TOP 3. Sonstiges',
      'Nichts.',
      '',
    ].join('\n');
    expect(numbers(text)).toEqual(['1', '2', '3']);
  });

  it('still reads paragraph-sign items where no numbered headings set the items apart', () => {
    const text = 'Protokoll\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 2 Budget\nBudgeten godkändes.\n\n§ 3 Avslutning\nMötet avslutades.\n';
    expect(numbers(text)).toEqual(['1', '2', '3']);
  });
});
