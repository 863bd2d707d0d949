import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Counter-cases a reviewer wrote against this session's rules, and what each should give.
const read = (text: string) => {
  const meeting = parseMinutes(text);
  return { decisions: meeting.decisions.map((d) => d.text), actions: meeting.actions.map((a) => [a.owners, a.text, a.due?.end ?? null]) };
};
const EN = '# Committee meeting 5 March 2024\n\nPresent: Ann Lee (chair), Bob Ray, Tim Cole\n\n## 1. Planning\n\n';

describe('the next meeting as a deadline, only where its date is beyond doubt', () => {
  it('leaves the deadline open where the line names two dates, or the line under a heading is another event', () => {
    expect(read(`${EN}Bob will draft the policy before the next meeting.\n\nThe next meeting, first planned for 2 April 2024, moves to 16 April 2024.\n`).actions[0]?.[2]).toBeNull();
    expect(read(`${EN}Bob will draft the policy before the next meeting.\n\n## 2. Next meeting\n\nSummer fete: 20.06.2024\n`).actions[0]?.[2]).toBeNull();
  });

  it('takes no date from a task that mentions the next meeting, and reads a label that ends with it', () => {
    expect(read(`${EN}Bob will book a room for the next meeting on 2 April 2024.\nAnn will send the agenda before the next meeting.\n\nNext meeting: 9 April 2024\n`).actions.map((a) => a[2])).toEqual(['2024-04-02', '2024-04-09']);
    expect(read(`${EN}Ann will send the agenda before the next meeting.\n\n8. **Date of next meeting:** 16 May 2024, 6pm.\n`).actions[0]?.[2]).toBe('2024-05-16');
  });
});

describe('markers on a later line of a point, and tasks told apart by a number', () => {
  it('keeps tasks that differ by a number, and reads no statement in a marker with nothing under it', () => {
    const text = `${EN}- Heater in room 101 is broken.\n  ACTION: Tim to check room 101.\n- Window in room 102 leaks.\n  ACTION: Tim to check room 102.\n- Vendors compared.\n  Decision: none yet.\n`;
    expect(read(text)).toEqual({ decisions: [], actions: [[['Tim Cole'], 'ACTION: Tim to check room 101.', null], [['Tim Cole'], 'ACTION: Tim to check room 102.', null]] });
    expect(read('# Teamtreffen 4.3.2026\n\n* Deployment ging schief.\n  Konsens: keine Deployments mehr freitags.\n').decisions).toEqual(['Konsens: keine Deployments mehr freitags.']);
  });
});

describe('news passed on that names its doer, an agreement that looks ahead, a negated quorum, an office with a deed', () => {
  it('keeps the task whose passive names a person as its agent', () => {
    expect(read('# Bestuursvergadering 12 maart 2024\n\nAanwezig: Els Bakker, Piet Jansen, Ria Smit\n\n## 1. Gebouw\n\nRia vertelt dat de goot moet worden schoongemaakt door Piet.\n').actions.map((a) => a[0])).toEqual([['Piet Jansen']]);
  });

  it('keeps agreements whose clause looks ahead, approves the record, or holds `been` in a relative clause', () => {
    expect(read(`${EN}It was agreed that anyone who has been a member for ten years becomes an honorary member.\nMembers agreed that the hall has been booked for the wrong date and must be rebooked.\nThe meeting agreed that the minutes had been a true record.\n`).decisions).toHaveLength(3);
  });

  it('reads no decision in a quorum not reached', () => {
    expect(read('# Ledenvergadering 4 maart 2026\n\nAanwezig: Jan Smit, Els de Vries\n\n## 1. Opening\n\nDe voorzitter stelt vast dat het quorum niet is behaald.\n').decisions).toEqual([]);
  });

  it('keeps the deed joined to an office, not another person’s clause', () => {
    const fi = 'Hallituksen kokous 4.3.2024\n\nLäsnä: Aino Laine, Lotta Kemppainen, Rasmus Grönlund\n\n3. Tapahtuma\n\nAino toimii tapahtuman koordinaattorina ja hankkii tarjoukset 30.3. mennessä.\n\nPäätettiin, että Lotta toimii yhdenvertaisuusvastaavana ja Rasmus hoitaa yhteydet kattojärjestöön.\n';
    const owners = read(fi).actions.map((a) => a[0]);
    expect(owners[0]).toEqual(['Aino Laine']);
    expect(owners).not.toContainEqual(['Lotta Kemppainen']);
  });
});
