import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const minutes = (lines: string[]) => parseMinutes(['# Werkgroep API 3 maart 2025', '', 'Aanwezig: Pieter Dijkstra, Ann Lee', '', ...lines].join('\n'));

describe('a heading that opens with an action marker', () => {
  it('is a task, no topic of the agenda', () => {
    const m = minutes(['## 1. Opening', '', 'Welkom.', '', '## 2. Versiebeheer', '', 'Besproken.', '', '##### Actie: Pieter agendeert dit punt voor de volgende werkgroep', '', '### Action: Ann to send the slides']);
    expect(m.agenda.map((a) => a.title)).toEqual(['Opening', 'Versiebeheer']);
    expect(m.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Pieter Dijkstra'], 'Actie: Pieter agendeert dit punt voor de volgende werkgroep'],
      [['Ann Lee'], 'Action: Ann to send the slides'],
    ]);
  });

  it('leaves a topic that opens with the marker, or names who is responsible, a topic', () => {
    const m = minutes(['## Action: Climate plan review', '', 'Discussed.', '', '## Aufgabe: Neubau der Turnhalle', '', 'Besprochen.', '', '#### Verantwortlich: Pieter Dijkstra', '', '## Verschiedenes', '', 'Nichts.']);
    expect(m.actions).toEqual([]);
    expect(m.agenda.map((a) => a.title)).toEqual(['Action: Climate plan review', 'Aufgabe: Neubau der Turnhalle', 'Verschiedenes']);
  });

  it('leaves a heading of the tasks section, a topic that opens with the word and a marker with nothing after it no task', () => {
    const m = minutes(['## Action plan for 2026', '', 'The plan was discussed.', '', '## Action:', '', '## Actiepunten', '', '- Ann: slides sturen']);
    expect(m.actions.map((a) => [a.owners, a.text])).toEqual([[['Ann Lee'], 'Ann: slides sturen']]);
  });
});
