import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real English minutes from public repositories (parish and town councils,
 * associations, open-source committees, a Quaker business meeting). The sentences here are our own,
 * written in the layouts those minutes use.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text, status: a.status }));

describe('a title written with a dot before a name ends no sentence', () => {
  const head = 'Present: Cllr. J. Marsh (Chair), Cllr. P. Oduya, Cllr. T. Lind\n\n';

  it('keeps `Cllr. Marsh` inside the sentence that names her', () => {
    const text = `${head}1. Footpaths\n\nIt was agreed that Cllr. Oduya would write to the county about the stile.\n`;
    expect(decisions(text)).toEqual(['It was agreed that Cllr. Oduya would write to the county about the stile.']);
  });

  it('reads a nomination with its seconder as one sentence (`proposed by Cllr. X and seconded by Cllr. Y`)', () => {
    const text = `${head}2. Election of Chair\n\nCllr. Marsh was proposed by Cllr. Lind and seconded by Cllr. Oduya and was duly elected.\n`;
    expect(decisions(text)).toEqual(['Cllr. Marsh was proposed by Cllr. Lind and seconded by Cllr. Oduya and was duly elected.']);
  });

  it('still ends a sentence at a plain word before the dot', () => {
    const text = `${head}3. Grit bins\n\nThe bins were delivered on time. It was agreed to order two more.\n`;
    expect(decisions(text)).toEqual(['It was agreed to order two more.']);
  });
});

describe('a done word right after the link that hands a task on is the task, not its status', () => {
  const head = 'Present: Hana Ito, Paul Brenner, Ines Ruiz\n\n';

  it('leaves `Hana to complete the grant form` open', () => {
    expect(actions(`${head}Hana to complete the grant form by Friday.\n`)).toEqual([
      { owners: ['Hana Ito'], text: 'Hana to complete the grant form by Friday.', status: 'open' },
    ]);
  });

  it('leaves `Paul needs to complete the insurance renewal` open', () => {
    expect(actions(`${head}Paul needs to complete the insurance renewal.\n`).map((a) => a.status)).toEqual(['open']);
  });

  it('still reads a status word after the task as done (`Ines to book the hall - done`)', () => {
    expect(actions(`${head}Ines to book the hall - done.\n`).map((a) => a.status)).toEqual(['done']);
  });
});

describe('a condition before a done word is no status', () => {
  it('leaves `Ines will send the minutes when the draft is done` open', () => {
    const text = 'Present: Hana Ito, Paul Brenner, Ines Ruiz\n\nInes will send the minutes when the draft is done.\n';
    expect(actions(text).map((a) => a.status)).toEqual(['open']);
  });
});

describe('vote outcomes written with the adverb first, and a show of hands by everyone', () => {
  const head = 'Present: Mia Roth, Olu Bakare, Dana Fell\n\n';

  it('takes a motion inside a report line, closed by `Unanimously passed.`, as a decision', () => {
    const text = `${head}1. Old business:\n   - Raffle - Olu reported that the raffle raised $120. Motion: moved Dana, second Mia: That the proceeds go to the junior coaching fund. Unanimously passed.\n`;
    expect(decisions(text)).toEqual(['Raffle - Olu reported that the raffle raised $120. Motion: moved Dana, second Mia: That the proceeds go to the junior coaching fund. Unanimously passed.']);
  });

  it('takes `all voted in favour` after a mover and a seconder as a decision', () => {
    const text = `${head}2. New website\n\nMia put the hosting quote to a vote. After Olu motioned and Dana seconded, all voted in favour.\n`;
    expect(decisions(text)).toEqual(['After Olu motioned and Dana seconded, all voted in favour.']);
  });
});

const people = (text: string) => parseMinutes(text).participants.map((p) => ({ name: p.name, roles: p.roles }));
const body = '\n\n1. Footpaths\n\nThe stile was mended.\n';

describe('a present line as councils write it', () => {
  it('keeps a person whose role follows a dash inside a comma list (`Carl Dunn - Chair`)', () => {
    expect(people(`Present: Ann Bell, Carl Dunn - Chair, Eve Frost${body}`)).toEqual([
      { name: 'Ann Bell', roles: [] },
      { name: 'Carl Dunn', roles: ['chair'] },
      { name: 'Eve Frost', roles: [] },
    ]);
  });

  it('passes by a dash that opens the list after its label and a head count in parentheses', () => {
    expect(people(`Present (three Councillors): - Ann Bell, Carl Dunn, Eve Frost${body}`).map((p) => p.name)).toEqual(['Ann Bell', 'Carl Dunn', 'Eve Frost']);
  });

  it('splits two people where the comma after the initials was left out (`Carl Dunn (CD) Eve Frost (EF)`), and resolves an owner by those initials', () => {
    const text = `Present: Ann Bell (AB), Carl Dunn (CD) Eve Frost (EF), and Gus Hale (GH).${body}\nEF to order the new gate.\n`;
    expect(people(text).map((p) => p.name)).toEqual(['Ann Bell', 'Carl Dunn', 'Eve Frost', 'Gus Hale']);
    expect(actions(text).map((a) => a.owners)).toEqual([['Eve Frost']]);
  });

  it('keeps the name before a head count of the public (`Colin Sampson 1 member of the public`)', () => {
    expect(people(`Present: Ann Bell, Carl Dunn\n\nAlso present: District Councillor Colin Sampson 1 member of the public${body}`).map((p) => p.name)).toEqual(['Ann Bell', 'Carl Dunn', 'Colin Sampson']);
  });
});

describe('numbered minutes written as whole sentences', () => {
  it('takes an item whose first line is a sentence of what was done (`2. The minutes of May were approved.`) as a decision', () => {
    const text = [
      'Present: Ann Bell, Carl Dunn, Eve Frost',
      '',
      '1.  The meeting opened with a short silence and a reading',
      '    chosen by the clerk.',
      '',
      '2.  The minutes of the May business meeting were approved.',
      '',
      '3.  Garden Committee: the new beds are planted and the',
      '    hose is fixed. Committee report was accepted.',
      '',
    ].join('\n');
    expect(decisions(text)).toEqual([
      'The minutes of the May business meeting were approved.',
      'Garden Committee: the new beds are planted and the hose is fixed. Committee report was accepted.',
    ]);
  });

  it('still leaves a bold numbered title out (`**2. Approval of the minutes**`)', () => {
    const text = 'Present: Ann Bell, Carl Dunn\n\n**1. Opening of the meeting by the chair**\n\nThe chair opened the meeting.\n\n**2. Approval of the minutes of the May meeting.**\n\nNo changes.\n';
    expect(decisions(text)).toEqual([]);
  });
});

describe('metadata lines of a site generator before the title heading', () => {
  const title = (text: string) => parseMinutes(text).title;
  const rest = '\n\nPresent: Ann Bell, Carl Dunn\n\n1. Opening\n\nThe chair opened the meeting.\n';

  it('passes by `Date:` and reference definitions to the top heading', () => {
    expect(title(`Date: 2021-04-18T10:00:00\n\n[AnnBell]: /people/AnnBell\n[CarlDunn]: /people/CarlDunn\n\n# ORCHARD SOCIETY BUSINESS MEETING\n\n## Minutes${rest}`)).toBe('ORCHARD SOCIETY BUSINESS MEETING');
  });

  it('passes by a block of `key: value` lines, some empty, to the top heading', () => {
    expect(title(`title: 2021 AGM\nslug: 2021-agm\ntags:\ncategory:\ntype: text\n\n# Minutes of the Orchard Society AGM 2021${rest}`)).toBe('Minutes of the Orchard Society AGM 2021');
  });

  it('takes no section heading after metadata for the title', () => {
    expect(title(`Date: 2021-04-18\n\n## Attendees${rest}`)).toBeNull();
  });
});

describe('the sign-off at the foot of the minutes names the secretary', () => {
  const roles = (text: string) => parseMinutes(text).participants.filter((p) => p.roles.length > 0).map((p) => ({ name: p.name, roles: p.roles }));
  const top = 'Present: Ann Bell, Carl Dunn, Rosa Quint\n\n1. Footpaths\n\nThe stile was mended.\n\n';

  it('reads `Respectfully submitted,` over a name and a role in the paragraphs below', () => {
    expect(roles(`${top}Respectfully submitted,\n\nRosa Quint\n\nRecording clerk\n`)).toEqual([{ name: 'Rosa Quint', roles: ['secretary'] }]);
  });

  it('reads `Respectfully submitted,` over a bare name as the secretary', () => {
    expect(roles(`${top}Respectfully submitted,\n\nRosa Quint\n`)).toEqual([{ name: 'Rosa Quint', roles: ['secretary'] }]);
  });

  it('reads `Minutes submitted by` and `Submitted by:` before a name', () => {
    expect(roles(`${top}Minutes submitted by Rosa Quint, Secretary\n`)).toEqual([{ name: 'Rosa Quint', roles: ['secretary'] }]);
    expect(roles(`${top}Submitted by: Rosa Quint\n`)).toEqual([{ name: 'Rosa Quint', roles: ['secretary'] }]);
  });

  it('gives the chair a sign-off whose role line names the chair', () => {
    expect(roles(`${top}Respectfully submitted,\n\nAnn Bell\n\nChair\n`)).toEqual([{ name: 'Ann Bell', roles: ['chair'] }]);
  });
});

describe('the closing time under `Concluded:`', () => {
  it('reads the time under a `Concluded:` heading as the end', () => {
    const m = parseMinutes('# Orchard Society AGM, 4 May 2021\n\nPresent: Ann Bell, Carl Dunn\n\n## Meeting opened:\n7:30pm\n\n## Discussion:\n\nThe accounts were approved.\n\n## Concluded:\n8:49pm\n');
    expect(m.endTime).toBe('20:49');
  });
});

describe('staff on a line of their own under the members present', () => {
  it('adds `Name – Clerk and 3 members of the public` under a present paragraph', () => {
    const text = '**Present:** Cllr. A. Bell - Chair, Cllr. C. Dunn, Cllr. E. Frost.\n\nMo Nash – Clerk and 3 members of the public.\n\n1. Footpaths\n\nThe stile was mended.\n';
    expect(people(text)).toEqual([
      { name: 'A. Bell', roles: ['chair'] },
      { name: 'C. Dunn', roles: [] },
      { name: 'E. Frost', roles: [] },
      { name: 'Mo Nash', roles: ['secretary'] },
    ]);
  });

  it('leaves a sentence under the present paragraph that names nobody with a role alone', () => {
    const text = 'Present: Ann Bell, Carl Dunn\n\nThe chair welcomed everyone to the meeting.\n\n1. Footpaths\n\nThe stile was mended.\n';
    expect(people(text).map((p) => p.name)).toEqual(['Ann Bell', 'Carl Dunn']);
  });
});

describe('lines above a top heading, by what they say', () => {
  const title = (text: string) => parseMinutes(text).title;
  it('takes the heading under lines of when and where as the title, even with more top headings after it', () => {
    expect(title('Date: 2024-05-02\nLocation: Library\n\n# Garden Club Committee\n\n# Plot fees\n\nKept as they are.\n')).toBe('Garden Club Committee');
  });
  it('takes the one top heading under a list of people as the title', () => {
    expect(title('- Present: Ada Byrne, Cole Hart\n\n# Garden Club Committee\n\n## Plot fees\n\nKept as they are.\n')).toBe('Garden Club Committee');
  });
  it('leaves top headings under a list of people topics when there are several', () => {
    expect(title('- Present: Ada Byrne, Cole Hart\n\n# Plot fees\n\nKept.\n\n# Compost\n\nTurned.\n')).toBeNull();
  });
});
