import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Layout rules found by reading a ninth round of real Dutch minutes (sports clubs, church councils,
 * parents' councils, village councils) saved from web pages and PDFs. Every example here is written
 * for the test; none is a line of those minutes.
 */

const agendaOf = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

describe('a page flattened from a PDF whose first item opens a line', () => {
  const page =
    'Verslag ledenvergadering Gehouden op: Plaats: Aanwezig:\n12 maart 2024 Dorpshuis De Linde 34 leden\n' +
    '1. Opening De voorzitter, Karel Smit, opent de vergadering en heet iedereen welkom. Er zijn berichten van verhindering van drie leden en de agenda wordt ongewijzigd vastgesteld. ' +
    '2. Jaarverslag 2023 De secretaris leest het jaarverslag voor. Er zijn geen vragen over het verslag en het wordt met dank aan de secretaris goedgekeurd door de leden. ' +
    '3. Begroting 2024 De penningmeester licht de begroting toe. Besloten wordt de contributie met twee euro te verhogen. Anna Vos stuurt de nieuwe begroting rond. ' +
    '4. Rondvraag Er zijn geen vragen.\n';

  it('cuts the run-on first item into the items its text holds', () => {
    expect(agendaOf(page).map(([n]) => n)).toEqual(['1', '2', '3', '4']);
  });

  it('ends a title at the year or count before the notes', () => {
    expect(agendaOf(page).slice(1, 3)).toEqual([['2', 'Jaarverslag 2023'], ['3', 'Begroting 2024']]);
  });

  it('files the decisions and tasks under the item whose text holds them', () => {
    const meeting = parseMinutes(page);
    expect(meeting.decisions.find((d) => d.text.startsWith('Besloten'))?.item).toBe('3');
    expect(meeting.actions.find((a) => a.text.startsWith('Anna Vos'))?.owners).toEqual(['Anna Vos']);
  });

  it('does not take a number inside the text (`lied 9 : 1, 2 en 3.`) for the item after it', () => {
    const text =
      'Verslag jaarvergadering\n1. Opening Gezongen wordt lied 9 : 1,2 en 3. De voorzitter opent de vergadering met een kort woord en heet alle leden en gasten hartelijk welkom in de zaal van het dorpshuis. ' +
      '2. Notulen De notulen van de vorige vergadering worden zonder wijzigingen vastgesteld door de leden van de vereniging, met dank aan de secretaris voor het verslag. ' +
      '3. Financien De penningmeester licht de cijfers van het afgelopen jaar toe en beantwoordt de vragen van de leden over de kosten van het clubhuis.\n';
    expect(agendaOf(text).map(([n]) => n)).toEqual(['1', '2', '3']);
  });

  it('leaves a short numbered item alone', () => {
    const text = 'Verslag\n\n1. Opening De voorzitter opent. 2. Notulen worden vastgesteld.\n';
    expect(agendaOf(text).map(([n]) => n)).not.toContain('2');
  });
});

describe('attendance labels set one under another with their values after them', () => {
  const people = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.present]);

  it('gives each value line to its label in order, colons on lines of their own', () => {
    const text = 'Notulen vergadering ouderraad 3 april 2024\nAanwezig\n:\nAfwezig\n:\nSanne (notulist), Pieter, Lotte\nMaarten, Fleur\nOpening\nDe voorzitter opent de vergadering.\n';
    expect(people(text)).toEqual([['Sanne', true], ['Pieter', true], ['Lotte', true], ['Maarten', false], ['Fleur', false]]);
    expect(parseMinutes(text).participants.find((p) => p.roles.includes('secretary'))?.name).toBe('Sanne');
  });

  it('reads a list under a caption and its label as one list of those present', () => {
    const text = 'Notulen jaarvergadering 3 april 2024\nPresentielijst\nAanwezig:\nSanne de Wit\nPieter Bos\nLotte Smit\nAfwezig:\nMaarten van Dam\n\n1. Opening\n';
    expect(people(text)).toEqual([['Sanne de Wit', true], ['Pieter Bos', true], ['Lotte Smit', true], ['Maarten van Dam', false]]);
  });

  it('reads a single label and its names as before', () => {
    const text = 'Notulen vergadering ouderraad 3 april 2024\n\nAanwezig:\nSanne, Pieter, Lotte\n\n1. Opening\n';
    expect(people(text)).toEqual([['Sanne', true], ['Pieter', true], ['Lotte', true]]);
  });
});

describe('a decision or task label alone on a line of a numbered item typed at the margin', () => {
  const head = 'Notulen bestuur 4 maart 2024\n\nAanwezig: Anna de Vries, Bram Jansen\n\n1. Opening\nAnna opent de vergadering.\n\n';
  const tail = '\n3. Rondvraag\nGeen vragen.\n';

  it('reads the line under `Besluit:` as the decision of the item, after notes', () => {
    const meeting = parseMinutes(`${head}2. Onderhoud dak\nDe offertes zijn besproken.\nBesluit:\nHet dak wordt in mei vervangen.\nActie:\nBram vraagt de vergunning aan.\n${tail}`);
    expect(meeting.decisions.map((d) => [d.item, d.text])).toEqual([['2', 'Het dak wordt in mei vervangen.']]);
    expect(meeting.actions.map((a) => [a.item, a.owners, a.text])).toEqual([['2', ['Bram Jansen'], 'Bram vraagt de vergunning aan.']]);
    expect(meeting.agenda.map((a) => a.title)).toEqual(['Opening', 'Onderhoud dak', 'Rondvraag']);
  });

  it('decides nothing where no label heads the lines', () => {
    const meeting = parseMinutes(`${head}2. Onderhoud dak\nDe offertes zijn besproken.\nHet dak is oud.\n${tail}`);
    expect(meeting.decisions).toEqual([]);
  });
});

describe('a table of tasks copied out as text, its cells parted by tabs or gaps', () => {
  const head = 'Notulen bestuur 4 maart 2024\n\nAanwezig: Anna de Vries, Bram Jansen\n\n1. Opening\nAnna opent de vergadering.\n\n2. Dak\nBesproken.\n\nActielijst\n\n';
  const tasks = (text: string) => parseMinutes(text).actions.map((a) => [a.owners, a.text, a.due?.start ?? null, a.cue?.kind]);

  it('reads `Wie / Wat / Wanneer` parted by tabs as the owner, the task and the deadline', () => {
    expect(tasks(`${head}Wie\tWat\tWanneer\nBram\tVergunning aanvragen\t1 april 2024\nAnna\tNieuwsbrief versturen\t15 april 2024\n`)).toEqual([
      [['Bram Jansen'], 'Vergunning aanvragen', '2024-04-01', 'table'],
      [['Anna de Vries'], 'Nieuwsbrief versturen', '2024-04-15', 'table'],
    ]);
  });

  it('reads columns parted by gaps of blanks, a row without its last cell too', () => {
    expect(tasks(`${head}Wat  Wie  Wanneer\nVergunning aanvragen  Bram  1 april 2024\nNieuwsbrief versturen  Anna\n\nDe vergadering wordt gesloten.\n`)).toEqual([
      [['Bram Jansen'], 'Vergunning aanvragen', '2024-04-01', 'table'],
      [['Anna de Vries'], 'Nieuwsbrief versturen', null, 'table'],
    ]);
  });

  it('leaves a line whose cells are not all column words as text', () => {
    expect(tasks(`${head}Wat  Opmerking\nVergunning  nog niet binnen\n`).every((t) => t[3] !== 'table')).toBe(true);
  });
});
