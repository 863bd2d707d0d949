import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** A motion whose own sentence ends in its outcome, however many words the motion takes. */

const decisions = (body: string) =>
  parseMinutes(`# Garden club committee 2025-05-06\n\nPresent: Rosa Marsh, Ken Abbot, Priya Lal\n\n## 1. Finances\n\n${body}\n`).decisions.map((d) => d.text);

describe('a motion that goes on to its outcome as its verb', () => {
  it('takes the motion for a decision when the outcome follows a long motion', () => {
    expect(decisions('The motion to buy two new lawnmowers passed with six votes in favour.')).toEqual(['The motion to buy two new lawnmowers passed with six votes in favour.']);
    expect(decisions("Rosa's motion to close the shed in winter carried.")).toEqual(["Rosa's motion to close the shed in winter carried."]);
  });

  it('reads a proposal or a resolution as a motion', () => {
    expect(decisions('The proposal to share tools with the allotment society passed.')).toEqual(['The proposal to share tools with the allotment society passed.']);
  });

  it('takes no outcome from an outcome word used of a thing, after an article or `to be`', () => {
    expect(decisions('Ken made a motion to print the approved budget for members.')).toEqual([]);
    expect(decisions('Ken made a motion for the accounts of the shop to be approved at the next meeting.')).toEqual([]);
  });
});

describe('a word of voting before a colon', () => {
  it('is no owner of a task: `Voted: to ...` records a vote', () => {
    const minutes = parseMinutes('# Garden club committee 2025-05-06\n\nPresent: Rosa Marsh, Ken Abbot\n\n## 1. Finances\n\nVoted: to raise the plot fee by five pounds (5-1).\n');
    expect(minutes.actions).toEqual([]);
    expect(minutes.decisions.map((d) => d.text)).toEqual(['Voted: to raise the plot fee by five pounds (5-1).']);
  });
});

describe('a verb of deciding joined by `and` to the verb of the body that opens the sentence', () => {
  const decided = (heading: string, body: string) => parseMinutes(`# ${heading}\n\nPresent: Rosa Marsh, Ken Abbot\n\n## 1. ${body.split(' ')[0]}\n\n${body}\n`).decisions.map((d) => d.text);

  it('is a decision in English, Finnish and Swedish', () => {
    expect(decided('Garden club committee 2025-05-06', 'The committee looked at three quotes for the fence and approved the cheapest one.')).toHaveLength(1);
    expect(decided('Puutarhakerhon hallitus 6.5.2025', 'Hallitus kävi läpi kolme tarjousta aidasta ja hyväksyi halvimman.')).toHaveLength(1);
    expect(decided('Trädgårdsföreningens styrelse 2025-05-06', 'Styrelsen gick igenom tre anbud på staketet och antog det billigaste.')).toHaveLength(1);
  });

  it('is not read from a list that names votes', () => {
    expect(decided('Garden club committee 2025-05-06', 'Committee nominations (and votes): Rosa Marsh 5; Ken Abbot 4.')).toEqual([]);
  });
});


describe('the parts of one motion set apart', () => {
  it('takes the result past a field that records nothing between the motion and its vote', () => {
    expect(decisions('Ken Abbot moved to repaint the greenhouse; Priya Lal seconded.\n\nPublic comment: None\n\nThe motion passed. Ayes: 3; Noes: 0')).toEqual([
      'Ken Abbot moved to repaint the greenhouse; Priya Lal seconded. — The motion passed.',
    ]);
    expect(decisions('Ken Abbot moved to repaint the greenhouse; Priya Lal seconded.\n\nQuestions from members: n/a.\n\nThe motion carried.')).toHaveLength(1);
  });

  it('still ends the motion at a field that records something', () => {
    expect(decisions('Ken Abbot moved to repaint the greenhouse; Priya Lal seconded.\n\nPublic comment: Two neighbours asked about the colour.\n\nThe motion passed.')).toHaveLength(2);
  });

  it('reads the mover after a decision in its paragraph as who moved that decision, no motion of its own', () => {
    expect(decisions('The accounts for April were approved. Proposed by Rosa Marsh, seconded by Ken Abbot.')).toEqual(['The accounts for April were approved.']);
  });

  it('gives a decision marked as such the result of the vote set out under it (German)', () => {
    const minutes = parseMinutes(
      '# Protokoll der Vorstandssitzung des Gartenvereins 06.05.2025\n\nAnwesend: Rosa Marsch, Ken Abel, Pia Lahn\n\n## TOP 1. Finanzen\n\nBeschlussfassung: Die Kassiererin darf Ausgaben bis 200 Euro allein freigeben.\n\n---\nDer Vorstand stimmt über den Antrag wie folgt ab:\n**Dafür 3**\n**Dagegen 0**\n**Enthaltung 0**\nDer Antrag wurde einstimmig angenommen.\n---\n',
    );
    expect(minutes.decisions.map((d) => d.text)).toEqual(['Beschlussfassung: Die Kassiererin darf Ausgaben bis 200 Euro allein freigeben — Der Antrag wurde einstimmig angenommen']);
  });
});
