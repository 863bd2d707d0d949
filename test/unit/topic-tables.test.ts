import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Minutes kept as one table with a row per agenda item, its decision and its action side by side
 * (a Dutch besluitenlijst, a Swedish protokoll in a word processor's table, a team's wiki page).
 */

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

const dutch = [
  '# Bestuursvergadering',
  '',
  'Datum: 4 februari 2025',
  'Aanwezig: Marieke Jansen (voorzitter), Tom Visser (secretaris), Sanne Kok',
  '',
  '| Nr | Onderwerp | Besluit | Actie |',
  '|---|---|---|---|',
  '| 1 | Opening | | |',
  '| 2 | Verslag vorige vergadering | Vastgesteld | |',
  '| 3 | Jaarplan | Het jaarplan wordt aangenomen | Tom mailt het jaarplan aan de leden |',
  '| 4 | Kascontrole | | Nieuwe kascommissie zoeken |',
  '| 5 | Rondvraag | | - |',
  '',
].join('\n');

describe('a table of topics with a column of actions', () => {
  it('takes each filled cell of the actions column as a task, its owner read from its words', () => {
    expect(actions(dutch)).toEqual([
      { owners: ['Tom Visser'], text: 'Tom mailt het jaarplan aan de leden' },
      { owners: [], text: 'Nieuwe kascommissie zoeken' },
    ]);
  });

  it('reads the column by the language of the minutes: `Åtgärd`, `Action`', () => {
    const swedish = '# Styrelsemöte\n\nNärvarande: Lena Ek, Olof Strand\n\n| § | Ärende | Åtgärd |\n|---|---|---|\n| 1 | Hemsidan | Olof uppdaterar hemsidan |\n';
    expect(actions(swedish)).toEqual([{ owners: ['Olof Strand'], text: 'Olof uppdaterar hemsidan' }]);
    const english = '# Team sync\n\nAttendees: Maya Chen, Ravi Patel\n\n| Topic | Notes | Action |\n|---|---|---|\n| Release | Slipped a week | Ravi to tag the release |\n';
    expect(actions(english)).toEqual([{ owners: ['Ravi Patel'], text: 'Ravi to tag the release' }]);
  });

  it('reads no task from a column of owners alone or of descriptions alone', () => {
    const owners = '# Styrelsemöte\n\nNärvarande: Lena Ek, Olof Strand\n\n| Ärende | Beslut | Ansvarig |\n|---|---|---|\n| Budget | Budgeten fastställdes | Olof |\n';
    expect(actions(owners)).toEqual([]);
    const described = '# Werkgroep\n\nAanwezig: Sanne Kok, Tom Visser\n\n| Onderwerp | Omschrijving |\n|---|---|\n| Website | Tom heeft de site bijgewerkt |\n';
    expect(actions(described)).toEqual([]);
  });

  it('gives a terse decision its topic, not the number in the first column', () => {
    expect(decisions(dutch)).toContain('Verslag vorige vergadering: Vastgesteld');
  });
});

describe('a table of topics whose topic cells carry their numbers', () => {
  const text = [
    '# Bestuursvergadering 3 april 2025',
    '',
    'Aanwezig: Joke Smit, Ruud Kok, Ans Bos',
    '',
    '| Agendapunt | Besproken | Besluit / actie |',
    '|---|---|---|',
    '| 1. Opening | Joke opent om 20.00 uur. | |',
    '| 2. Kascontrole | Ans licht de cijfers toe. | Goedgekeurd. |',
    '| 3. Ledenwerving | Er zijn flyers nodig. | Ruud ontwerpt een nieuwe flyer. |',
    '',
  ].join('\n');
  const meeting = parseMinutes(text);

  it('numbers each item from its cell and keeps the words for its title', () => {
    expect(meeting.agenda.map((a) => [a.number, a.title])).toEqual([['1', 'Opening'], ['2', 'Kascontrole'], ['3', 'Ledenwerving']]);
  });

  it('names a terse verdict by the topic without its number', () => {
    expect(meeting.decisions.map((d) => d.text)).toEqual(['Kascontrole: Goedgekeurd.']);
  });

  it('takes a task from a column of decisions and actions together only where a person is its subject', () => {
    expect(meeting.actions.map((a) => [a.owners, a.text])).toEqual([[['Ruud Kok'], 'Ruud ontwerpt een nieuwe flyer.']]);
  });
});
