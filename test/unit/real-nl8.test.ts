import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading an eighth round of real Dutch and Flemish minutes (village councils,
 * school councils, church councils, sports clubs; pages exported from web sites, Word and PDF).
 * Every example here is written for the test; none is a line of those minutes.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

describe('an agenda list inside one numbered item is that item\'s notes', () => {
  const text = [
    'Notulen 4-3-2024',
    '',
    'Overleg Buurtraad Lindendorp',
    '',
    'Aanwezig: Kees Mol (voorzitter), Ria Smit, Tom Bos (notulist).',
    '',
    '1. Opening',
    'Kees opent het overleg.',
    '',
    '2. Notulen 5 februari',
    'Goedgekeurd.',
    '',
    '3. Speelveld',
    'Ria heeft een schets gemaakt.',
    '',
    '4. Gesprek met de gemeente',
    '    Agendapunten:',
    '-    Straatverlichting',
    '-    Parkeren bij de school',
    '-    Zwerfvuil',
    '',
    '5. Sluiting',
  ].join('\n');

  it('keeps the numbered items as the agenda, not the points for the talk with the council', () => {
    expect(agenda(text)).toEqual([
      ['1', 'Opening'],
      ['2', 'Notulen 5 februari'],
      ['3', 'Speelveld'],
      ['4', 'Gesprek met de gemeente'],
      ['5', 'Sluiting'],
    ]);
  });

  it('still takes an agenda list above the numbered items that repeat it', () => {
    const listed = [
      'Notulen 4-3-2024',
      '',
      'Agenda:',
      '- Opening',
      '- Speelveld',
      '- Sluiting',
      '',
      '1. Opening',
      'Kees opent het overleg.',
      '',
      '2. Speelveld',
      'Ria heeft een schets gemaakt.',
      '',
      '3. Sluiting',
      'Kees sluit om 21.00 uur.',
    ].join('\n');
    expect(agenda(listed).map(([, title]) => title)).toEqual(['Opening', 'Speelveld', 'Sluiting']);
  });
});

describe('a first numbered list whose numbering starts again at 1 after notes', () => {
  const text = [
    'Notulen bestuursvergadering 3 april 2024',
    '',
    ' 1. Anna opent de vergadering om 19.30 uur',
    ' 2. De agenda wordt vastgesteld',
    ' 3. Het verslag van 6 maart wordt goedgekeurd',
    '',
    'Over de zaalhuur is nog geen bericht.',
    '',
    ' 1. Ledenwerving',
    '',
    'Er zijn twee nieuwe leden.',
    '',
    ' 1. Toernooi in juni',
    '',
    'De datum staat vast.',
    '',
    ' 1. Rondvraag',
    '',
    'Geen vragen.',
  ].join('\n');

  it('goes on counting from the first list: 4, 5, 6', () => {
    expect(agenda(text)).toEqual([
      ['1', 'Anna opent de vergadering om 19.30 uur'],
      ['2', 'De agenda wordt vastgesteld'],
      ['3', 'Het verslag van 6 maart wordt goedgekeurd'],
      ['4', 'Ledenwerving'],
      ['5', 'Toernooi in juni'],
      ['6', 'Rondvraag'],
    ]);
  });

  it('leaves a numbered list of tasks under a later item out of the count', () => {
    const tasks = text.replace('De datum staat vast.', 'De datum staat vast.\n\n 1. zaal boeken\n 2. prijzen kopen');
    expect(agenda(tasks).slice(0, 5)).toEqual(agenda(text).slice(0, 5));
    expect(agenda(tasks).map(([, t]) => t)).not.toContain('prijzen kopen');
  });
});

describe('a first line that names the meeting and goes on with fields of the header', () => {
  const body = '\n\nAanwezig: Els Vos, voorzitter; Piet Kok, secretaris.\n\n1. Opening\nEls opent.\n\n2. Rondvraag\nGeen.\n\n3. Sluiting\nEls sluit.\n';

  it('takes the words before the date and the fields as the title', () => {
    const meeting = parseMinutes(`Verslag bestuursvergadering Wijkvereniging Oost d.d. 12 maart 2024, Aanvang: 20.00 uur, Locatie: buurthuis.${body}`);
    expect([meeting.title, meeting.date, meeting.startTime]).toEqual(['Verslag bestuursvergadering Wijkvereniging Oost', '2024-03-12', '20:00']);
  });

  it('gives no title where the first line opens with a field', () => {
    const meeting = parseMinutes(`Datum: 12 maart 2024, Aanvang: 20.00 uur, Locatie: buurthuis.${body}`);
    expect(meeting.title).toBeNull();
  });

  it('gives no title where the words before the fields name no meeting', () => {
    const meeting = parseMinutes(`Gemaakt op 12 maart 2024, Aanvang: 20.00 uur, Locatie: buurthuis.${body}`);
    expect(meeting.title).toBeNull();
  });
});

describe('a decision that hands its task to the people it names in its that-clause', () => {
  const head = 'Notulen bestuursvergadering 3 april 2024\n\n1. Opening\nAnna opent.\n\n2. Clubhuis\n\n';
  const tail = '\n\n3. Sluiting\nAnna sluit.\n';
  const actions = (line: string) => parseMinutes(`${head}${line}${tail}`).actions.map((a) => [a.owners, a.cue.words]);

  it('gives the task to the names after `dat` with `zal`/`zullen`, though nobody is listed present', () => {
    expect(actions('Besloten wordt dat Nico er aandacht voor zal vragen in de nieuwsbrief.')).toEqual([[['Nico'], 'dat Nico er aandacht voor zal']]);
    expect(actions('Besloten wordt dat Gerrit en Theo met de leden een gesprek zullen hebben.')).toEqual([[['Gerrit', 'Theo'], 'dat Gerrit en Theo met de leden een gesprek zullen']]);
  });

  it('gives none where the clause states what a place will be or what will be done to it', () => {
    expect(actions('Besloten wordt dat Nieuwstad de volgende locatie zal zijn.')).toEqual([]);
    expect(actions('Afgesproken wordt dat Utrecht zal worden benaderd.')).toEqual([]);
    expect(actions('Besloten wordt dat de kantine in mei dicht gaat.')).toEqual([]);
  });

  it('reads the same clause in Swedish and German', () => {
    const sv = parseMinutes('# Styrelsemöte 4 mars 2025\n\n## 1. Öppnande\nMötet öppnades.\n\n## 2. Lokal\nBeslutades att Vilma ska boka lokalen till våren.\n\n## 3. Avslutning\nMötet avslutades.\n');
    expect(sv.actions.map((a) => [a.owners, a.cue.words])).toEqual([[['Vilma'], 'att Vilma ska']]);
    const de = parseMinutes('# Vorstandssitzung 4. März 2025\n\n## TOP 1 Begrüßung\nBegrüßung.\n\n## TOP 2 Halle\nEs wird beschlossen, dass Jannik die Halle für den Herbst buchen soll.\n\n## TOP 3 Sonstiges\nNichts.\n');
    expect(de.actions.map((a) => a.owners)).toEqual([['Jannik']]);
  });
});
