import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real English minutes of a second round of public sources (a worker
 * co-operative, a makerspace's board and members, a hackerspace plenum). Every example here is
 * written for the test, in the layout those minutes use, not copied from them.
 */

const attendance = (text: string) => parseMinutes(text).participants.map((p) => [p.name, p.present]);
const secretary = (text: string) => parseMinutes(text).participants.find((p) => p.roles.includes('secretary'))?.name ?? null;

describe('a list of people labelled by who they are and whether they came', () => {
  it('reads a whole absent phrase after the group word, not only its last word', () => {
    const text = '# Trustees meeting 2025-02-11\n\nTrustees in attendance: Ruth Ames, Owen Platt\n\nTrustees not in attendance: Lena Cho, Idris Moss\n\n## Roof repairs\n\nThe quote was accepted.\n';
    expect(attendance(text)).toEqual([['Ruth Ames', true], ['Owen Platt', true], ['Lena Cho', false], ['Idris Moss', false]]);
  });

  it('reads `not present` after the group word as absent, though `present` alone is a list of who came', () => {
    const text = '# Club committee 2025-05-06\n\nMembers present: Tessa Vale, Joel Hart\n\nMembers not present: Nina Ross\n\n## Fixtures\n\nThe autumn fixtures were agreed.\n';
    expect(attendance(text)).toEqual([['Tessa Vale', true], ['Joel Hart', true], ['Nina Ross', false]]);
  });

  it('keeps a label of three words of the group and the word for who came a list of who came', () => {
    const text = '# Board meeting 2025-05-06\n\nBoard members present: Tessa Vale, Joel Hart\n\n## Accounts\n\nThe accounts were approved.\n';
    expect(attendance(text)).toEqual([['Tessa Vale', true], ['Joel Hart', true]]);
  });
});

describe('the minute-taker named by what they did', () => {
  it('reads `Minutes recorded by:` as the secretary, with the name in bold', () => {
    const text = '## 2025-09-01 Members meeting\n\nMinutes recorded by: **Pia Lund**\n\nPresent: Pia Lund, Ravi Shah, Ola Berg\n\n### Tool library\n\nRavi will order two new drills.\n';
    expect(secretary(text)).toBe('Pia Lund');
  });

  it('reads `Recorded by:` as the secretary too', () => {
    const text = '# Garden group 2025-09-01\n\nPresent: Pia Lund, Ravi Shah\nRecorded by: Ravi Shah\n\n## Beds\n\nNew beds were agreed.\n';
    expect(secretary(text)).toBe('Ravi Shah');
  });
});

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('an outcome in the present tense under the question put to the vote', () => {
  const text = '# Club committee 2025-03-04\n\nPresent: Ann Lee, Bo Chan, Cy Diaz\n\n## Elections\n\nBo to Treasurer?\nPasses with 3 votes.\n\nA second kiln for the studio?\nCarries 2 to 1.\n\nA new logo?\nWe talked it over at length.\n';

  it('reads `Passes` and `Carries` as the vote\'s outcome, as `Passed` and `Carried` are', () => {
    expect(decisions(text)).toEqual(['Bo to Treasurer? — Passes with 3 votes.', 'A second kiln for the studio? — Carries 2 to 1.']);
  });
});

const owners = (text: string) => parseMinutes(text).actions.map((a) => a.owners);

describe('an office written before a name, as councils and commissions write it', () => {
  const text = '# Planning committee 12 May 2025\n\nPresent: Chair Nadia Oyelaran, Member Luis Ferreira, Commissioner Tom Reyes, Trustee Ama Osei\n\n## 1. Parking study\n\nMember Ferreira will circulate the parking study before the next meeting. Chair Oyelaran will invite the city engineer.\n';

  it('is no part of the name in the list of those present', () => {
    expect(attendance(text)).toEqual([['Nadia Oyelaran', true], ['Luis Ferreira', true], ['Tom Reyes', true], ['Ama Osei', true]]);
  });

  it('is left out when the owner of a task is found among those present', () => {
    expect(owners(text)).toEqual([['Luis Ferreira'], ['Nadia Oyelaran']]);
  });

  it('stays a word of the sentence when no name follows it', () => {
    expect(owners('# Board 2025-05-12\n\nPresent: Ann Lee, Bo Chan\n\n## Website\n\nThe chair will ask a member to update the website.\n')).toEqual([[]]);
  });
});

describe('a person and their absence on one line', () => {
  it('is no label of a list, though it ends in the words of one: the people after it stay present', () => {
    const text = 'Styrelsemöte 2025-03-04\n\nLedamöter närvarande\nIda Lind X\nJörgen Holm Anmält förhinder\nOlle Berg X\nSara Ek X\n\n§ 1 Mötets öppnande\n\nMötet öppnades.\n';
    const after = parseMinutes(text).participants.filter((p) => /^(?:Olle|Sara) /u.test(p.name));
    expect(after.map((p) => p.present)).toEqual([true, true]);
  });
});
