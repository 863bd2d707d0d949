import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Swedish minutes from public repositories (issue #12): association
 * and member meetings, agency and open-source work groups, student project notes. Every example
 * here is written for the test; none is a line of those minutes.
 */

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

describe('a list of tasks under a heading that names the next meeting', () => {
  it('reads `Actionpoints inför nästa möte` as a heading of tasks, each entry one task', () => {
    const text = '# Arbetsgruppen 2024-04-02\n\nNärvarande: Maja Holm, Ture Falk\n\n## Actionpoints inför nästa möte\n\n1. Boka lokal för vårträffen (Maja)\n2. Fundera på frågorna till enkäten\n';
    expect(actions(text)).toEqual([
      { owners: ['Maja Holm'], text: 'Boka lokal för vårträffen (Maja)' },
      { owners: [], text: 'Fundera på frågorna till enkäten' },
    ]);
  });

  it('reads `Åtgärder till nästa gång` as one too, with a task word and a lead before `nästa`', () => {
    const text = '# Styrgruppen 2024-04-02\n\nNärvarande: Maja Holm, Ture Falk\n\n## Åtgärder till nästa gång\n\n- Beställa nya nycklar till förrådet\n';
    expect(actions(text)).toEqual([{ owners: [], text: 'Beställa nya nycklar till förrådet' }]);
  });

  it('leaves a heading that only mentions the next meeting to the agenda', () => {
    const text = '# Styrgruppen 2024-04-02\n\nNärvarande: Maja Holm, Ture Falk\n\n## Inför nästa möte\n\n- Vi pratade om lokalen.\n';
    expect(actions(text)).toEqual([]);
  });
});
