import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { explainCue } from '../../src/report/meeting-text.js';

const EN = 'Date: 2024-03-05\nAttendees: Alice Smith, Bob Jones\n\n';
const FI = 'Aika: 5.3.2024\nOsallistujat: Minna Männikkö (pj.), Isa Kotilaine (siht.)\n\n';

const decisionCues = (text: string) => parseMinutes(text).decisions.map((d) => d.cue);
const actionCues = (text: string) => parseMinutes(text).actions.map((a) => a.cue);

describe('cue: why a decision was taken', () => {
  it('names a marker, a decision verb and a phrase with the words as written', () => {
    expect(decisionCues(`${EN}RESOLUTION: The group adopts the new charter.\n\nAfter a short debate the motion carried.`)).toEqual([
      { kind: 'marker', words: 'RESOLUTION' },
      { kind: 'phrase', words: 'motion carried' },
    ]);
    expect(decisionCues(`${FI}Päätettiin, että koulutus järjestetään keväällä.`)).toEqual([{ kind: 'grammar', words: 'Päätettiin' }]);
  });

  it('names the section heading a decision stands under', () => {
    expect(decisionCues(`${EN}## Decisions\n\n- The newsletter moves to a monthly schedule\n`)).toEqual([{ kind: 'section', words: 'Decisions' }]);
  });

  it('names a motion, consent, a first-person plural decision and an outcome heading', () => {
    expect(decisionCues(`${EN}Alice moved that the hall be booked. Bob seconded.\n\nWithout objection, the fee stays at 5 EUR.\n\nWe agreed to meet monthly.\n\n### Outcome\n\n- The club keeps its venue\n`)).toEqual([
      { kind: 'vote', words: 'moved that' },
      { kind: 'vote', words: 'Without objection' },
      { kind: 'grammar', words: 'We agreed' },
      { kind: 'section', words: 'Outcome' },
    ]);
  });

  it('names the outcome of a carried motion in a motion table', () => {
    expect(decisionCues(`${EN}| Motion | Result |\n|---|---|\n| Buy a new projector | Carried |\n`)).toEqual([{ kind: 'vote', words: 'Carried' }]);
  });
});

describe('cue: why an action was taken and how its owners were read', () => {
  it('tells a marker, a task list, a table column and a sentence apart', () => {
    const cues = actionCues(
      `${EN}ACTION: Bob to book the room.\n\n- [ ] Alice drafts the invitation\n\n| Task | Owner |\n|---|---|\n| Order coffee | Bob |\n\nAlice will send the draft.\n`,
    );
    expect(cues.map((c) => [c.kind, c.words])).toEqual([
      ['marker', 'ACTION'],
      ['task-list', '[ ]'],
      ['table', 'Task'],
      ['grammar', 'Alice will'],
    ]);
    expect(cues[0]?.owner).toBe('Bob → Bob Jones (participant)');
  });

  it('says when nobody is named and when an owner is no participant', () => {
    expect(actionCues(`${FI}Marras-joulukuussa tiimiläisille toimitetaan aikataulu.`)[0]).toEqual({ kind: 'grammar', words: 'toimitetaan', owner: 'nobody named' });
    expect(actionCues(`${EN}- [ ] Carol Brown: prepare the slides\n`)[0]?.owner).toBe('Carol Brown (no participant of this name; kept as written)');
  });

  it('reads as one line in the text output', () => {
    expect(explainCue({ kind: 'grammar', words: 'Minna lähettää', owner: 'Minna → Minna Männikkö (participant)' })).toBe(
      'why: sentence "Minna lähettää" · owners: Minna → Minna Männikkö (participant)',
    );
  });
});
