import { describe, expect, it } from 'vitest';
import { councilReference } from '../../src/parse/agenda-outline.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Minutes numbered by a council's own references, as English parish and town councils number them:
 * a running count through the council's life (`1412 APOLOGIES`), or the year or the meeting and a
 * count within it (`26.01`, `26/071`, `2026/04/01`, `2604.01`). Every example is written for the test.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

const head = 'Minutes of the Meeting of Ashcombe Parish Council held on 14 April 2026 in the Village Hall\n\nPresent: Cllr Ruth Dale (Chair), Cllr Tom Pike, Cllr Ann Shaw\n\n';

describe('a council reference that opens a line', () => {
  it('reads a running count, its closing mark and the blanks after it', () => {
    expect(councilReference('1412 APOLOGIES FOR ABSENCE')).toMatchObject({ key: '', count: 1412, number: '1412' });
    expect(councilReference('087      Chair’s Remarks: none')).toMatchObject({ key: '', count: 87, number: '87' });
    expect(councilReference('019 : Declarations')).toMatchObject({ count: 19, length: 6 });
    expect(councilReference('1413a Planning')).toMatchObject({ count: 1413, suffix: 'a', number: '1413a' });
  });

  it('reads a count after the year or the meeting, the number as written', () => {
    expect(councilReference('26.01   To receive apologies')).toMatchObject({ key: '26.', count: 1, number: '26.01' });
    expect(councilReference('26/071 Declarations of Interest')).toMatchObject({ key: '26/', count: 71, number: '26/071' });
    expect(councilReference('2026/04/02Public participation')).toMatchObject({ key: '2026/04/', count: 2, number: '2026/04/02' });
    expect(councilReference('2026/04/03.Minutes')).toMatchObject({ key: '2026/04/', count: 3 });
  });

  it('reads no short number, no amount glued to words and no number alone', () => {
    expect(councilReference('12 Apologies')).toBeNull();
    expect(councilReference('1412')).toBeNull();
    expect(councilReference('1412pm start')).toBeNull();
    expect(councilReference('26.0115 Budget')).toBeNull();
    expect(councilReference('123456 Apologies')).toBeNull();
  });
});

describe('minutes numbered by a council\'s references are its items', () => {
  it('reads a running count with titles in capitals', () => {
    const text =
      head +
      '1412 APOLOGIES FOR ABSENCE\n\nCllr Joe Bell sent his apologies.\n\n' +
      '1413 DECLARATIONS OF INTEREST\n\nNone.\n\n' +
      '1414 MINUTES OF THE LAST MEETING\n\nThe minutes were signed as a true record.\n\n' +
      '1415 FOOTPATHS\n\nThe stile at Mill Lane is broken.\n';
    expect(agenda(text)).toEqual([
      ['1412', 'APOLOGIES FOR ABSENCE'],
      ['1413', 'DECLARATIONS OF INTEREST'],
      ['1414', 'MINUTES OF THE LAST MEETING'],
      ['1415', 'FOOTPATHS'],
    ]);
  });

  it('reads a count padded to three digits, the title before its colon', () => {
    const text =
      head +
      '041      Chair’s Remarks:  The Chair welcomed everyone.\n\n' +
      '042      Apologies:  Cllr Joe Bell.\n\n' +
      '043      Declarations of Interest:  None.\n\n' +
      '044      Grass cutting:  The contract is renewed for a year.\n';
    expect(agenda(text)).toEqual([
      ['41', 'Chair’s Remarks'],
      ['42', 'Apologies'],
      ['43', 'Declarations of Interest'],
      ['44', 'Grass cutting'],
    ]);
  });

  it('reads the year\'s count and leaves the parts of an item to it (`26.02.01`)', () => {
    const text =
      head +
      '26.01        To receive apologies for absence\n\nApologies were received from Cllr Joe Bell.\n\n' +
      '26.02        Declarations of Interest\n\n' +
      '26.02.01     To receive declarations of pecuniary interest\n\nNone.\n\n' +
      '26.02.02     To receive declarations of other interest\n\nNone.\n\n' +
      '26.02.03     To consider requests for dispensations\n\nNone.\n\n' +
      '26.03        Public Participation\n\nTwo residents asked about the bus shelter.\n';
    expect(agenda(text).map(([n]) => n)).toEqual(['26.01', '26.02', '26.03']);
  });

  it('reads slashed references of the year and of the meeting', () => {
    const slashed =
      head +
      '26/071 Apologies for absence\n\nNone.\n\n26/072 Declarations of interest\n\nNone.\n\n26/073 Playground inspection\n\nThe swings need new chains.\n';
    expect(agenda(slashed).map(([n]) => n)).toEqual(['26/071', '26/072', '26/073']);
    const dated =
      head +
      '2026/04/01. Apologies for absence\n\nNone.\n\n2026/04/02. Public participation\n\nNone.\n\n2026/04/03. Minutes of the previous meeting\n\nApproved.\n';
    expect(agenda(dated).map(([n]) => n)).toEqual(['2026/04/01', '2026/04/02', '2026/04/03']);
  });
});

describe('numbered lists that are no council minutes stay no items', () => {
  it('reads no rooms, invoices or plots counting up', () => {
    const rooms =
      'Caretakers\' walk-round, 14 April 2026\n\n' +
      '101 Reception\n\nCarpet worn near the door.\n\n102 Library\n\nTwo lamps broken.\n\n103 Staff Kitchen\n\nTap drips.\n\n104 Meeting Room\n\nFine.\n';
    expect(agenda(rooms)).toEqual([]);
    const invoices =
      head +
      'Invoices paid since the last meeting:\n\n2201 Hedge Brothers\n\nHedge cutting, £420.\n\n2202 Fenwick Printing\n\nNewsletter, £95.\n\n2203 Parish Lighting\n\nLamp repair, £60.\n';
    expect(agenda(invoices)).toEqual([]);
  });

  it('reads no times or dates counting up where no item is a meeting\'s business', () => {
    const diary =
      'Site diary\n\n2026/04/01 Delivery of bricks\n\nLate by an hour.\n\n2026/04/02 Scaffold up\n\nInspected.\n\n2026/04/03 Roof trusses\n\nCrane booked.\n';
    expect(agenda(diary)).toEqual([]);
  });

  it('reads no years counting up as a council\'s count', () => {
    const years =
      head +
      '2024 Apologies were few that year\n\nA quiet year.\n\n2025 Declarations of interest rose\n\nMore than ever.\n\n2026 Minutes of the last meeting went online\n\nAt last.\n';
    expect(agenda(years)).toEqual([]);
  });
});

describe('a council run must be the minutes\' own outline (review of the rule)', () => {
  it('reads no constitution, rulebook or licence numbered by section, with or without the meeting\'s date', () => {
    const rules =
      'Rules of the Elmfield Tenants\' Forum\n\nAgreed at the meeting of 2 June 2026.\n\n' +
      '6.01 Apologies\nMembers who cannot come send their apologies to the secretary.\n\n' +
      '6.02 Declarations of interest\nA member declares an interest before the matter is discussed.\n\n' +
      '6.03 Public participation\nVisitors may speak for three minutes.\n';
    expect(agenda(rules)).toEqual([]);
  });

  it('reads no rooms or a diary whose entries merely open with a word of welcome or a standing phrase', () => {
    const rooms =
      'Elmfield Hall: room check, 2 June 2026\n\n301 Welcome desk\nLeaflets out of date.\n\n302 Opening lobby\nOne bulb gone.\n\n303 Public forum room\nChairs stacked badly.\n';
    expect(agenda(rooms)).toEqual([]);
    const diary =
      'Clerk\'s diary, June 2026\n\n2026/06/01 Correspondence from the county answered\n\n2026/06/02 Public forum at the school attended\n\n2026/06/03 Clerk\'s report drafted\n';
    expect(agenda(diary)).toEqual([]);
  });

  it('reads no section quoted under one heading of minutes set by headings, which keep their items', () => {
    const text =
      '# Minutes of Elmfield Town Council, 2 June 2026\n\nPresent: Cllr Nia Brook (Mayor), Cllr Sam Oduya\n\n' +
      '## Apologies\n\nCllr Lee Tan.\n\n## Standing orders\n\nThe clerk read out the new section:\n\n' +
      '5.01 Apologies are sent to the clerk.\n\n5.02 Declarations of interest are made at the start.\n\n5.03 Public participation lasts fifteen minutes.\n\n' +
      '## Allotments\n\nThe gate is broken.\n';
    const items = agenda(text);
    expect(items.map(([n]) => n)).not.toContain('5.01');
    expect(items.map(([, title]) => title)).toEqual(expect.arrayContaining(['Standing orders', 'Allotments']));
  });

  it('takes the minutes, not a longer run of cheques or of quoted orders numbered inside one of them', () => {
    const cheques =
      head +
      '1412 APOLOGIES FOR ABSENCE\nCllr Joe Bell sent apologies.\n\n1413 DECLARATIONS OF INTEREST\nNone.\n\n1414 FINANCE\nThe cheques were approved:\n' +
      '5101 Hedge Brothers, hedge cutting\n5102 Fenwick Printing, newsletter\n5103 Parish Lighting, lamp repair\n5104 Mill Garage, mower service\n5105 Wyle Water, supply\n\n' +
      '1415 FOOTPATHS\nThe stile is broken.\n';
    expect(agenda(cheques).map(([n]) => n)).toEqual(['1412', '1413', '1414', '1415']);
    const quoted =
      head +
      '26.01 Apologies for absence\nNone.\n\n26.02 Declarations of interest\nNone.\n\n26.03 Standing orders\nThe new orders read:\n' +
      '4.01 Apologies go to the clerk.\n4.02 Declarations of interest come first.\n4.03 Public participation lasts fifteen minutes.\n4.04 Votes are by hands.\n4.05 The chair has a casting vote.\n\n' +
      '26.04 Close\nThe meeting closed at 9 pm.\n';
    expect(agenda(quoted).map(([n]) => n)).toEqual(['26.01', '26.02', '26.03', '26.04']);
  });

  it('leaves an agenda listed above its sections to the headings that repeat it', () => {
    const text =
      '# Minutes of Elmfield Town Council, 2 June 2026\n\nPresent: Cllr Nia Brook (Mayor), Cllr Sam Oduya\n\nAgenda\n\n' +
      '26.01 Apologies\n26.02 Declarations of interest\n26.03 Finance\n26.04 Highways\n\n' +
      '## Apologies\n\nCllr Lee Tan.\n\n## Declarations of interest\n\nNone.\n\n## Finance\n\nPayments approved.\n\n## Highways\n\nThe signs will be moved.\n';
    expect(agenda(text).some(([n]) => n === '26.04')).toBe(false);
  });

  it('cuts a title in capitals at the spaced dash before its notes', () => {
    const text =
      head +
      '1412 APOLOGIES FOR ABSENCE – Cllr Joe Bell.\n\n1413 DECLARATIONS OF INTEREST – none\n\n1414 MINUTES OF THE LAST MEETING – approved and signed\n';
    expect(agenda(text).map(([, title]) => title)).toEqual(['APOLOGIES FOR ABSENCE', 'DECLARATIONS OF INTEREST', 'MINUTES OF THE LAST MEETING']);
  });

  it('takes a short first sentence before the notes on the line as the title', () => {
    const text =
      head +
      '1412       Apologies for absence. Cllr Joe Bell sent apologies.\n\n1413       Public participation. Nobody from the public spoke.\n\n' +
      '1414       Matters arising. The bench has been repaired.\n';
    expect(agenda(text).map(([, title]) => title)).toEqual(['Apologies for absence', 'Public participation', 'Matters arising']);
  });
});

describe('more layouts of a council\'s references (review of the rule: its misses)', () => {
  it('reads a reference led by the word for a minute, set off by a spaced dash, or with a capital letter put in between', () => {
    const led =
      head +
      'Minute 1412 - Apologies for absence\nCllr Joe Bell.\n\nMinute 1413 - Declarations of interest\nNone.\n\nMinute 1414 - Allotments\nThe gate is broken.\n';
    expect(agenda(led).map(([n]) => n)).toEqual(['1412', '1413', '1414']);
    const dashed =
      head + '1412 - CHAIRMAN\'S REMARKS\nThe chair thanked the clerk.\n\n1413 - DECLARATIONS OF INTEREST\nNone.\n\n1414 - MINUTES OF THE LAST MEETING\nSigned.\n\n1415 - ALLOTMENTS\nThe gate is broken.\n';
    expect(agenda(dashed).map(([, title]) => title)).toEqual(["CHAIRMAN'S REMARKS", 'DECLARATIONS OF INTEREST', 'MINUTES OF THE LAST MEETING', 'ALLOTMENTS']);
    const lettered =
      head + '1412 Apologies for absence\nNone.\n\n1413 Declarations of interest\nNone.\n\n1413A Urgent item: flooding at the ford\nSandbags ordered.\n\n1414 Allotments\nThe gate is broken.\n';
    expect(agenda(lettered).map(([n]) => n)).toEqual(['1412', '1413', '1413A', '1414']);
  });

  it('reads references as the points of a bulleted list, and keeps the outcome written after a title\'s colon', () => {
    const text =
      '# Ashcombe Parish Council, minutes of 14 April 2026\n\nPresent: Cllr Ruth Dale (Chair), Cllr Tom Pike, Cllr Ann Shaw\n\n' +
      '- 1412 Apologies for absence: Cllr Joe Bell.\n- 1413 Declarations of interest: none.\n- 1414 Minutes of the last meeting: approved.\n- 1415 Allotments: the gate is broken.\n';
    const meeting = parseMinutes(text);
    expect(meeting.agenda.map((a) => a.number)).toEqual(['1412', '1413', '1414', '1415']);
    expect(meeting.decisions.map((d) => d.text).join(' ')).toContain('approved');
  });
});

