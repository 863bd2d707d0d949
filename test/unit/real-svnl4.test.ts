import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading a fourth round of real Swedish and Dutch minutes (issue #12): government
 * work groups, design session notes, student sprint meetings. Every example here is written for
 * the test; none is a line of those minutes.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

const nlHead = '# Werkgroep Fietsroutes 12 mei 2025\n\n## Aanwezigen\n- Anna de Vries\n- Bram Jansen\n\n';

describe('Dutch `Beslissing` labels a decision like `Besluit`', () => {
  it('takes the words after a bold `**Beslissing**:` as the decision', () => {
    const text = `${nlHead}## Routekaart\n\n- *Bram Jansen*: Moeten we de kaart ook drukken?\n\n  **Beslissing**: De kaart verschijnt alleen online.\n`;
    expect(decisions(text)).toEqual(['Beslissing: De kaart verschijnt alleen online.']);
  });

  it('reads the entries under a `## Beslissingen` heading as decisions, not as an agenda item', () => {
    const text = `${nlHead}## Routekaart\n\nDe kaart is bijna klaar.\n\n## Beslissingen\n\n- De kaart verschijnt alleen online.\n- Het startpunt blijft het station.\n`;
    const meeting = parseMinutes(text);
    expect(meeting.decisions.map((d) => d.text)).toEqual(['De kaart verschijnt alleen online.', 'Het startpunt blijft het station.']);
    expect(meeting.agenda.map((a) => a.title)).not.toContain('Beslissingen');
  });

  it('leaves a question about a decision out', () => {
    const text = `${nlHead}## Routekaart\n\n- Wie neemt de beslissing over de kaart?\n`;
    expect(decisions(text)).toEqual([]);
  });
});
