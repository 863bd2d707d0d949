import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const head = (text: string) => {
  const m = parseMinutes(text);
  return [m.title, m.date, m.startTime, m.endTime, m.location];
};

describe('front matter whose keys are in the language of the minutes', () => {
  it('reads title, date, time and place under Dutch and Finnish keys', () => {
    expect(head('---\ntitel: Teamoverleg Platformteam\ndatum: 2025-03-18\ntijd: 10:00–10:45\nlocatie: kantine\n---\n\n## Stand van zaken\n\n- Jan rondt de migratie af.\n')).toEqual(['Teamoverleg Platformteam', '2025-03-18', '10:00', '10:45', 'kantine']);
    expect(head('---\notsikko: Viikkopalaveri 37\npvm: 2025-09-10\naika: klo 14.15–15.05\n---\n\n## Kuulumiset\n\nKaikki hyvin.\n')).toEqual(['Viikkopalaveri 37', '2025-09-10', '14:15', '15:05', null]);
  });

  it('still takes no time from a site stamp of the page', () => {
    expect(head('---\ntitle: Weekly sync\ndate: 2024-05-30 00:00:00 -0800\n---\n\n## Notes\n\nAll good.\n')).toEqual(['Weekly sync', '2024-05-30', null, null, null]);
  });
});
