import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const titles = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('an agenda point among topics with notes', () => {
  it('is one topic of a list of topics, its note no agenda (en, bullets)', () => {
    const text = '# Board meeting 14 March 2023\n\n- Opening\n  - Opened at 20:05\n- Agenda\n  - Approved as circulated\n- Summer party\n  - We agreed to hold a party on 3 June\n- Closing\n  - Closed at 21:00\n';
    expect(titles(text)).toEqual([[null, 'Opening'], [null, 'Agenda'], [null, 'Summer party'], [null, 'Closing']]);
  });

  it('is one item of a list numbered with section marks (sv), and its verdict names the item without its number', () => {
    const text = '# Styrelsemöte 14/3\n\n- §1 Mötets öppnande\n  - Mötet öppnades 18:05\n- §2 Dagordning\n  - Dagordningen fastställdes\n- §3 Sittning\n  - Vi beslutade att ha sittning den 3 april\n- §4 Mötets avslutande\n';
    expect(titles(text)).toEqual([['1', 'Mötets öppnande'], ['2', 'Dagordning'], ['3', 'Sittning'], ['4', 'Mötets avslutande']]);
    expect(decisions(text)[0]).toBe('Dagordning — Dagordningen fastställdes');
  });

  it('is one item of a Dutch list whose agenda point records its adoption', () => {
    const text = '# Bestuursvergadering\n\n- Opening\n    - De voorzitter opent om 20:05\n- Agenda\n    - De agenda wordt vastgesteld\n- Begroting\n    - De begroting wordt besproken\n- Sluiting\n';
    expect(titles(text)).toEqual([[null, 'Opening'], [null, 'Agenda'], [null, 'Begroting'], [null, 'Sluiting']]);
  });

  it('still heads the agenda where the points under it name the topics beside it', () => {
    const text = '# Team meeting 12 June 2025\n\n- Agenda\n  - Opening\n  - Budget\n  - Close\n- Opening\n  - Ann opened at 10:00.\n- Budget\n  - Bo will send the figures.\n- Close\n  - Closed at 11:00.\n';
    expect(titles(text)).toEqual([[null, 'Opening'], [null, 'Budget'], [null, 'Close']]);
  });

  it('still heads the agenda where it is a caption: a colon, or labels beside it', () => {
    expect(titles('# Team sync\n\n- Agenda:\n  - Budget\n- Notes:\n  - Budget is fine\n')).toEqual([[null, 'Budget']]);
    expect(titles('# Team sync\n\n- Agenda\n  - Budget\n  - Hiring\n- Attendees\n  - Ann\n  - Bo\n- Notes\n  - Budget is fine\n')).toEqual([[null, 'Budget'], [null, 'Hiring']]);
  });
});

describe('an outline typed with a bullet before each number', () => {
  it('reads `- 1. Opening` points with notes under them as numbered items', () => {
    const text = '# Bestuursvergadering\n\n- 1. Opening\n    - De voorzitter opent om 20:05\n- 2. Mededelingen\n    - Het rooster staat online\n- 3. Zomerfeest\n    - We besluiten een zomerfeest te houden\n- 4. Sluiting\n';
    expect(titles(text)).toEqual([['1', 'Opening'], ['2', 'Mededelingen'], ['3', 'Zomerfeest'], ['4', 'Sluiting']]);
  });
});
