import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const dues = (text: string) => parseMinutes(text).actions.map((a) => [a.text, a.due?.end ?? null, a.due?.text ?? null]);

describe('a task due at the next meeting is due on the date the minutes set for it', () => {
  it('reads English, Swedish and German tasks against a next meeting set below', () => {
    const en = '# Committee meeting 4 March 2026\n\nPresent: Ann Lee, Bob Cole\n\n## 3. Playground\n\nBob to obtain quotes for the swings before the next meeting.\n\n## 4. Next meeting\n\nNext meeting: Tuesday 14 April 2026 at 7 pm.\n';
    expect(dues(en)).toEqual([['Bob to obtain quotes for the swings before the next meeting.', '2026-04-14', 'next meeting']]);
    const sv = 'Styrelsemöte 2026-03-04\n\nNärvarande: Eva Berg, Ola Lind\n\n§ 3 Fastigheten\n\nOla tar in offert från rörmokare till nästa möte.\n\n§ 4 Nästa möte\n\nTisdag 14 april kl 18.\n';
    expect(dues(sv)).toEqual([['Ola tar in offert från rörmokare till nästa möte.', '2026-04-14', 'nästa möte']]);
    const de = '# Vorstandssitzung am 4.3.2026\n\nAnwesend: Anna Roth, Uwe Kern\n\n## TOP 3 Kasse\n\nUwe klärt bis zur nächsten Sitzung die Spendenquittung.\n\nDie nächste Sitzung findet am 15.4. statt.\n';
    expect(dues(de)).toEqual([['Uwe klärt bis zur nächsten Sitzung die Spendenquittung.', '2026-04-15', 'nächsten Sitzung']]);
  });

  it('keeps no deadline where the minutes set no date for the next meeting, or only one before this meeting', () => {
    const none = '# Committee meeting 4 March 2026\n\nPresent: Ann Lee, Bob Cole\n\n## 3. Playground\n\nBob to get quotes for the swings before the next meeting.\n';
    expect(dues(none)).toEqual([['Bob to get quotes for the swings before the next meeting.', null, null]]);
    const earlier = '# Committee meeting 4 March 2026\n\nPresent: Ann Lee, Bob Cole\n\nBob to get quotes for the swings before the next meeting.\n\nThe next meeting was moved from 2 February 2026.\n';
    expect(dues(earlier)[0]?.[1]).toBeNull();
  });

  it('does not take a date from the rows under a table row that names the next meeting', () => {
    const text = '# Bestuursvergadering 4 maart 2026\n\nAanwezig: Jan Smit, Els de Vries\n\n| Nr | Wie | Wat | Wanneer |\n|---|---|---|---|\n| 1 | Jan | gesprek met dirigent | vóór volgende vergadering |\n| 2 | Els | offerte verzekering | 20-03-2026 |\n\nVolgende vergadering: dinsdag 14 april 2026.\n';
    expect(dues(text).map(([, end]) => end)).toEqual(['2026-04-14', '2026-03-20']);
  });
});
