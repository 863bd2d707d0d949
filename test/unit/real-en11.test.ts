import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// Conventions of minutes kept by town and parish councils, church vestries, service clubs,
// university senates and small companies, typed as plain text or exported from Word, PDF and web
// pages, found missing in an eleventh round of real English minutes. Each pinned with minutes of
// our own; none is a line of those minutes.

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => ({ number: a.number, title: a.title }));

describe('a council page flattened into one paragraph, its items titled in capitals', () => {
  const flat =
    'NORTHBRIDGE TOWN COUNCIL\n' +
    'Minutes of the Meeting of the Town Council held at 7.00pm on Monday 3 March 2025 at the Old Library, Northbridge ' +
    'Present: Cllr. A Lowe, Cllr. B Marsh, Cllr. C Nolan, Cllr. D Price. Also present: Mrs E Quinn (Town Clerk) and 2 members of the public. ' +
    '1. APOLOGIES FOR ABSENCE Cllr. F Reed and Cllr. G Shaw. 2. DECLARATIONS OF INTEREST None. ' +
    '3. MINUTES OF THE LAST MEETING The minutes of the meeting of 3 February 2025 were approved and signed as a true record. ' +
    '4. PLAY AREA The clerk will obtain three quotes for new safety surfacing before the April meeting. ' +
    'It was resolved to close the play area until the repairs are done.\n';

  it('cuts the paragraph at each number that opens a title in capitals, the title ending at the first word in lower case', () => {
    expect(agenda(flat)).toEqual([
      { number: '1', title: 'APOLOGIES FOR ABSENCE' },
      { number: '2', title: 'DECLARATIONS OF INTEREST' },
      { number: '3', title: 'MINUTES OF THE LAST MEETING' },
      { number: '4', title: 'PLAY AREA' },
    ]);
  });

  it('places decisions and tasks under their items', () => {
    const meeting = parseMinutes(flat);
    expect(meeting.decisions.map((d) => d.item)).toContain('4');
    expect(meeting.actions.map((a) => [a.item, a.text])).toContainEqual(['4', expect.stringMatching(/^The clerk will obtain three quotes/u)]);
  });

  it('ends a title in capitals before a label in capitals (`RESOLVED:`)', () => {
    const resolved = flat.replace('3. MINUTES OF THE LAST MEETING The minutes', '3. MINUTES OF THE LAST MEETING RESOLVED: The minutes');
    expect(agenda(resolved).map((a) => a.title)).toContain('MINUTES OF THE LAST MEETING');
  });

  it('leaves whole a flattened page whose numbered titles capitalise only their main words: their end cannot be seen', () => {
    const titled = flat.replace('APOLOGIES FOR ABSENCE', 'Apologies for Absence').replace('DECLARATIONS OF INTEREST', 'Declarations of Interest')
      .replace('MINUTES OF THE LAST MEETING', 'Minutes of the Last Meeting').replace('PLAY AREA', 'Play Area');
    expect(agenda(titled).map((a) => a.title)).not.toContain('Apologies for Absence Cllr');
    expect(agenda(titled).some((a) => a.title.startsWith('Play Area The clerk'))).toBe(false);
  });

  it('leaves whole a long paragraph with one numbered point in capitals', () => {
    const prose =
      'Members discussed the state of the footpaths at length, and the clerk reported on the letters sent to the county ' +
      'highways department over the winter, none of which had yet had a reply. It was noted that item 1. FOOTPATHS on the ' +
      'county list had been moved to next year, and that the parish would again have to press for the work to be done before ' +
      'the summer, when the paths are used most by walkers and by children on their way to the school in the village centre.\n';
    expect(agenda(`Parish Council\n\n${prose}`)).toEqual([]);
  });
});

describe('a roman numeral alone on its line, its title on the line under it, as text taken out of a PDF sets them', () => {
  const minutes =
    'MINUTES\nLAKESIDE COLLEGE ACADEMIC BOARD MEETING #12\nTuesday, May 6, 2025\n' +
    'I\nCall to Order\nThe chair called the meeting to order at 2:00 p.m.\n' +
    'II\nApproval of Minutes\nThe minutes of meeting #11 were approved as distributed.\n' +
    'III\nCurriculum Committee Report\nThe board approved the new minor in data ethics.\n' +
    'IV\nAdjournment\nThe meeting was adjourned at 3:10 p.m.\n';

  it('reads each numeral that counts up as an item with the title below it', () => {
    expect(agenda(minutes)).toEqual([
      { number: '1', title: 'Call to Order' },
      { number: '2', title: 'Approval of Minutes' },
      { number: '3', title: 'Curriculum Committee Report' },
      { number: '4', title: 'Adjournment' },
    ]);
  });

  it('reads no item from numerals that do not count up to three (`I` / `V` in a list of grades)', () => {
    const grades = 'Staff meeting\n\nGrades were discussed:\nI\nIncomplete grades are rare.\nV\nVerified grades stand.\n';
    expect(agenda(grades)).toEqual([]);
  });
});

describe('a page\'s date stamp above the title', () => {
  const title = (text: string) => parseMinutes(text).title;

  it('skips a first line that holds only a date and its weekday (`Tuesday, April 08, 2025`)', () => {
    expect(title('Tuesday, April 08, 2025\n\nAnnual General Meeting — 8 April 2025\n\nPresent: Ann Lee, Bo Chan.\n\n1. Accounts\n\nThe accounts were accepted.\n')).toBe('Annual General Meeting');
  });

  it('does so in every language (`2024-03-12` over `Styrelsemöte i Byalaget`)', () => {
    expect(title('2024-03-12\n\nStyrelsemöte i Byalaget\n\nNärvarande: Eva Lund, Per Ek\n\n§ 1 Mötets öppnande\n')).toBe('Styrelsemöte i Byalaget');
  });

  it('keeps a first line that names the meeting beside its date', () => {
    expect(title('Board meeting Tuesday, April 8, 2025\n\nAnnual report\n\nPresent: Ann Lee, Bo Chan.\n')).toBe('Board meeting');
  });
});
