import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Two people as the subject of a Finnish verb in the third person plural. */

const tasks = (body: string) =>
  parseMinutes(`# Hallituksen kokous 4.3.2025\n\nLäsnä: Anna Aho, Pekka Laine, Mikko Salo, Liisa Ek\n\n## 1. Talkoot\n\n${body}\n`).actions.map((a) => `${a.owners.join(' + ')}: ${a.text}`);

describe('a Finnish present plural after two names', () => {
  it('is a task of both (`Anna ja Pekka hoitavat`)', () => {
    expect(tasks('Anna ja Pekka hoitavat tarjoilun, Mikko ja Liisa siivoavat salin.')).toEqual([
      'Anna Aho + Pekka Laine: Anna ja Pekka hoitavat tarjoilun',
      'Mikko Salo + Liisa Ek: Mikko ja Liisa siivoavat salin.',
    ]);
    expect(tasks('Anna ja Pekka lähettävät kutsut jäsenille.')).toHaveLength(1);
  });

  it('is no task in the past, as a report or as a state', () => {
    expect(tasks('Anna ja Pekka hoitivat tarjoilun.')).toEqual([]);
    expect(tasks('Anna ja Pekka kertovat, että sali on varattu.')).toEqual([]);
    expect(tasks('Anna ja Pekka ovat paikalla.')).toEqual([]);
  });
});
