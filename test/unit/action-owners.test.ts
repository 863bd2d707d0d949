import { describe, expect, it } from 'vitest';
import { en } from '../../src/lang/en.js';
import { de } from '../../src/lang/de.js';
import { fi } from '../../src/lang/fi.js';
import { nl } from '../../src/lang/nl.js';
import { sv } from '../../src/lang/sv.js';
import { holderOf, ownerKind } from '../../src/parse/owner-kinds.js';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

describe('ownerKind: roles and groups are no names', () => {
  it('reads roles with an article or an inflected ending in each language', () => {
    expect(ownerKind('the Treasurer', [en])).toEqual({ kind: 'role', role: 'treasurer' });
    expect(ownerKind('puheenjohtajalle', [fi])).toEqual({ kind: 'role', role: 'chair' });
    expect(ownerKind('Kassören', [sv])).toEqual({ kind: 'role', role: 'treasurer' });
    expect(ownerKind('die Vorsitzende', [de])).toEqual({ kind: 'role', role: 'chair' });
    expect(ownerKind('de penningmeester', [nl])).toEqual({ kind: 'role', role: 'treasurer' });
  });

  it('reads groups, and nothing in a name', () => {
    expect(ownerKind('the working group', [en])).toEqual({ kind: 'group' });
    expect(ownerKind('Styrelsen', [sv])).toEqual({ kind: 'group' });
    expect(ownerKind('der Vorstand', [de])).toEqual({ kind: 'group' });
    expect(ownerKind('het bestuur', [nl])).toEqual({ kind: 'group' });
    expect(ownerKind('Chairman Mao Zedong', [en])).toBeNull();
    expect(ownerKind('Ordförande fixar', [sv])).toBeNull();
    expect(ownerKind('Annika', [en, sv])).toBeNull();
  });

  it('finds the one participant who holds a role', () => {
    const people = [{ name: 'Ada Byron', roles: ['chair'] }, { name: 'Tim Lee', roles: [] }];
    expect(holderOf('chair', people)).toBe('Ada Byron');
    expect(holderOf('treasurer', people)).toBeNull();
  });
});

describe('findActions: roles, groups and names', () => {
  const EN = 'Date: 2024-02-06\nAttendees: Ada Byron (chair), Tim Lee\n\n';
  const SV = 'Datum: 2024-02-06\nNärvarande: Sara Ek (ordförande), Olof Berg\n\n';

  it('gives a task of a role to the participant who holds it, or to nobody', () => {
    expect(actions(`${EN}The chair will write to the landlord.\n\nThe Treasurer will pay the invoice.`)).toEqual([
      { owners: ['Ada Byron'], text: 'The chair will write to the landlord.' },
      { owners: [], text: 'The Treasurer will pay the invoice.' },
    ]);
    expect(actions(`${SV}- Inköp\n  - Ordföranden beställer nya stolar.\n  - Kassören betalar fakturan.\n`)).toEqual([
      { owners: ['Sara Ek'], text: 'Ordföranden beställer nya stolar.' },
      { owners: [], text: 'Kassören betalar fakturan.' },
    ]);
  });

  it('reads a role as the subject of an entry of an actions section', () => {
    expect(actions(`${EN}## Next steps\n\n- The chair will write to the landlord\n`)).toEqual([{ owners: ['Ada Byron'], text: 'The chair will write to the landlord' }]);
  });

  it('takes a group for nobody, and a noun phrase for no name', () => {
    expect(actions(`${EN}## Action items\n\n- The working group: collect feedback\n`)).toEqual([{ owners: [], text: 'The working group: collect feedback' }]);
    expect(actions(`Datum: 2024-02-06\nAnwesend: Jana Roth, Uwe Kern\n\nDer Vorstand diskutiert die Beiträge. Jana meint, das reicht. Uwe fragt nach dem Budget.`)).toEqual([]);
  });

  it('lets a nested item that only names its doer take the task of its parent', () => {
    expect(actions(`${SV}- Nya nycklar till lokalen\n  - Olof fixar!\n`)).toEqual([{ owners: ['Olof Berg'], text: 'Nya nycklar till lokalen – Olof fixar!' }]);
  });

  it('skips a short remark in parentheses after a name', () => {
    expect(actions(`${EN}Tim (KB1XYZ) will bring the antenna.`)).toEqual([{ owners: ['Tim Lee'], text: 'Tim (KB1XYZ) will bring the antenna.' }]);
  });

  it('reads owners after a trailing dash, and a group there as nobody', () => {
    expect(actions(`${EN}- Print the flyers - Tim\n- Tidy the storage room - all\n`)).toEqual([
      { owners: ['Tim Lee'], text: 'Print the flyers - Tim' },
      { owners: [], text: 'Tidy the storage room - all' },
    ]);
  });

  it('takes a name in parentheses after a topic for its presenter, unless the work is estimated', () => {
    expect(actions(`${EN}- Update on the website (Tim)\n- Fix the login form (Tim ~2h)\n`)).toEqual([{ owners: ['Tim Lee'], text: 'Fix the login form (Tim ~2h)' }]);
  });
});

describe('findActions: sections', () => {
  it('reads a colon line with a task word as a list of tasks, and a name label as owner of the lines under it', () => {
    const text = 'Date: 2024-02-06\n\nSome discussion happened.\n\nActions agreed at the end:\n\nEveryone: bring a friend next time\n\nRosa:\nbook the hall\nSend the poster\n\nIgor:\nCall the printer\n';
    expect(actions(text)).toEqual([
      { owners: [], text: 'Everyone: bring a friend next time' },
      { owners: ['Rosa'], text: 'book the hall' },
      { owners: ['Rosa'], text: 'Send the poster' },
      { owners: ['Igor'], text: 'Call the printer' },
    ]);
  });

  it('gives the entries under a sub-heading of an actions section to the person it names', () => {
    const text = 'Date: 2024-02-06\nAttendees: Ada Byron, Tim Lee\n\n## Action items\n\n### Ada\n\n- Draft the budget\n\n### Tim\n\n- Order the chairs\n';
    expect(actions(text)).toEqual([
      { owners: ['Ada Byron'], text: 'Draft the budget' },
      { owners: ['Tim Lee'], text: 'Order the chairs' },
    ]);
  });

  it('takes no capitalised verb for a name when the minutes write it in lower case', () => {
    const text = 'Date: 2024-02-06\n\nWe need to speak to the caretaker.\n\n## Next steps\n\n- Speak to the caretaker about keys\n';
    expect(actions(text)).toEqual([{ owners: [], text: 'Speak to the caretaker about keys' }]);
  });
});

describe('findActions: speakers, persons by heading, inflected owners, modal passives', () => {
  const EN = 'Date: 2024-02-06\nAttendees: Ada Byron, Tim Lee, Joe Park\n\n';

  it('takes a link after the label of one or more people for their task, but no state', () => {
    expect(actions(`${EN}- Ada: will call the caterer\n- Tim/Joe: needs to renew the domain\n- Ada: will be away in May\n`)).toEqual([
      { owners: ['Ada Byron'], text: 'Ada: will call the caterer' },
      { owners: ['Tim Lee', 'Joe Park'], text: 'Tim/Joe: needs to renew the domain' },
    ]);
  });

  it('gives a subjectless promise under a person heading to that person', () => {
    expect(actions(`${EN}### Tim Lee\n\n* Fixed the printer\n* Will order toner this week\n* Will be on leave\n`)).toEqual([{ owners: ['Tim Lee'], text: 'Will order toner this week' }]);
  });

  it('reads an owner in an inflected case before a phrase that hands over a task', () => {
    const FI = 'Aika: 8.11.2019\nOsallistujat: Jussi Koski (pj.), Anna Virta (siht.)\n\n';
    expect(actions(`${FI}Jussille annettiin tehtäväksi selvittää salin hinta. Annan vastuulle jää tiedotus.`)).toEqual([
      { owners: ['Jussi Koski'], text: 'Jussille annettiin tehtäväksi selvittää salin hinta.' },
      { owners: ['Anna Virta'], text: 'Annan vastuulle jää tiedotus.' },
    ]);
  });

  it('takes a modal with a passive for a task with no owner, not a modal with a verb of being', () => {
    const SV = 'Datum: 2024-02-06\nNärvarande: Sara Ek, Olof Berg\n\n';
    expect(actions(`${SV}- Nya stolar ska beställas före mars.\n- Lådan ska finnas kvar i förrådet.\n`)).toEqual([{ owners: [], text: 'Nya stolar ska beställas före mars.' }]);
    const NL = 'Datum: 2024-02-06\nAanwezig: Jan Peeters, Els Maes\n\n';
    expect(actions(`${NL}- De leden zullen worden uitgenodigd voor de barbecue.\n`)).toEqual([{ owners: [], text: 'De leden zullen worden uitgenodigd voor de barbecue.' }]);
  });
});

describe('findActions: owners in a list of tasks', () => {
  it('reads owners after the last colon, lower-case handles as subjects, and no phrase for a handle', () => {
    const text = 'Date: 2024-02-06\nAttendees: Ada Byron, Tim Lee\n\n## Action items\n\n- Book the hall: Ada\n- jo and sam to draft the budget\n- reach out to the venue\n';
    expect(actions(text)).toEqual([
      { owners: ['Ada Byron'], text: 'Book the hall: Ada' },
      { owners: ['jo', 'sam'], text: 'jo and sam to draft the budget' },
      { owners: [], text: 'reach out to the venue' },
    ]);
  });
});

describe('findActions: a part of the work named in a heading with its person', () => {
  it('reads an owner written as the words of a heading `Words (Name)` as that person', () => {
    const text = 'Date: 2024-02-06\n\n## Frontend (Ishita)\n\n- Charts done\n\n## Backend (Sven)\n\n- API drafted\n\n## Action items\n\n- [ ] Backend: publish the API docs\n- [ ] Frontend + Backend: agree on the endpoints\n';
    expect(actions(text)).toEqual([
      { owners: ['Sven'], text: 'Backend: publish the API docs' },
      { owners: ['Ishita', 'Sven'], text: 'Frontend + Backend: agree on the endpoints' },
    ]);
  });
});

describe('findActions: doers, patients and verbs at the start', () => {
  it('takes a decided item that names its doer after a dash for a task', () => {
    const text = 'Date: 2024-02-06\nAttendees: Ada Byron, Tim Lee\n\n**Decision:**\n\n- Move the archive to the shared drive - Tim\n';
    expect(actions(text)).toEqual([{ owners: ['Tim Lee'], text: 'Move the archive to the shared drive - Tim' }]);
  });

  it('takes the subject of a modal passive for no doer', () => {
    const NL = 'Datum: 2024-02-06\nAanwezig: Jan Peeters, Els Maes\n\n';
    expect(actions(`${NL}Jan zal op de hoogte gebracht worden zodra de server klaar is.`)).toEqual([{ owners: [], text: 'Jan zal op de hoogte gebracht worden zodra de server klaar is.' }]);
  });

  it('takes no conditional verb at the start of a clause for a name', () => {
    const FI = 'Aika: 8.11.2019\nOsallistujat: Minna Männikkö, Isa Kotilaine\n\n';
    expect(actions(`${FI}Pitkä keskustelu, Voitaisiin yrittää lyhentää kokouksia.`)).toEqual([]);
  });
});

describe('findActions: parts that report', () => {
  it('takes no entry under a heading of what went well for a task', () => {
    const text = 'Date: 2024-02-06\nAttendees: Ada Byron, Tim Lee\n\n## What went well\n\n- Tim will be missed, his demo was great\n- Ada to thank for the snacks\n\n## What to improve\n\n- Tim to shorten the stand-up\n';
    expect(actions(text)).toEqual([{ owners: ['Tim Lee'], text: 'Tim to shorten the stand-up' }]);
  });
});

describe('findActions: presenters', () => {
  it('takes a short line naming who will report for no task', () => {
    const text = 'Date: 2024-02-06\nAttendees: Ada Byron, Tim Lee\n\n- Budget: Ada will report on the numbers\n- Tim will send the numbers to the bank\n';
    expect(actions(text)).toEqual([{ owners: ['Tim Lee'], text: 'Tim will send the numbers to the bank' }]);
  });
});
