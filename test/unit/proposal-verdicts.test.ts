import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

// A proposal put to the meeting and the verdict on it, as association and board minutes write them
// in every language (CONVENTIONS.md: motions and proposals), and attendance written by groups.
// Minutes of our own.

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const people = (text: string) => parseMinutes(text).participants.map((p) => `${p.name}${p.roles.length > 0 ? ` (${p.roles.join(', ')})` : ''}`);

describe('a verdict that names the proposal again decides the proposal before it', () => {
  it('reads `The proposal was carried` after an English proposal', () => {
    const text = 'Minutes of the board\n\nPresent: Ann Lee, Bob Ray\n\nProposal: raise the fee by 10 euros. The proposal was carried with 6 votes to 1.\n';
    expect(decisions(text)).toEqual(['raise the fee by 10 euros. — The proposal was carried with 6 votes to 1.']);
  });

  it('reads `The amendment was carried` on its own as a decision', () => {
    expect(decisions('Minutes of the board\n\nPresent: Ann Lee, Bob Ray\n\nThe amendment was carried.\n')).toEqual(['The amendment was carried.']);
  });

  it('reads a Dutch verdict with the vote between auxiliary and participle', () => {
    const text = 'Notulen\n\nAanwezig: Anouk Jansen, Ruud Bakker\n\nVoorstel: contributie verhogen.\n\nHet voorstel wordt met 18 stemmen voor en 3 tegen aangenomen.\n';
    expect(decisions(text)).toEqual(['contributie verhogen. — Het voorstel wordt met 18 stemmen voor en 3 tegen aangenomen.']);
  });

  it('reads a Swedish one-word passive after the proposal, the label `Förslag:` left out', () => {
    const text = 'Protokoll\n\nNärvarande: Karin Ek, Per Lund\n\nFörslag: stänga baren.\n\nFörslaget bifölls med 12 röster mot 3.\n';
    expect(decisions(text)).toEqual(['stänga baren. — Förslaget bifölls med 12 röster mot 3.']);
  });

  it('keeps a verdict whose subject is its own matter as it is written', () => {
    const text = 'Minutes of the board\n\nPresent: Ann Lee, Bob Ray\n\nProposal: raise the fee.\n\nThe new budget was approved.\n';
    expect(decisions(text)).toEqual(['The new budget was approved.']);
  });

  it('takes no verdict from a proposal that is not decided', () => {
    expect(decisions('Minutes of the board\n\nPresent: Ann Lee, Bob Ray\n\nProposal: raise the fee.\n\nThe proposal was discussed at length.\n')).toEqual([]);
  });
});

describe('a verdict that decides as it was put', () => {
  it.each([
    ['sv', 'Protokoll\n\nNärvarande: Karin Ek, Per Lund\n\nFörslag: stänga baren kl. 22.\n\nStyrelsen beslutade enligt förslaget.\n', 'stänga baren kl. 22. — Styrelsen beslutade enligt förslaget.'],
    ['en', 'Minutes\n\nPresent: Ann Lee, Bob Ray\n\nProposal: close the bar at 11pm.\n\nThe board agreed as proposed.\n', 'close the bar at 11pm. — The board agreed as proposed.'],
    ['nl', 'Notulen\n\nAanwezig: Anouk Jansen, Ruud Bakker\n\nVoorstel: de bar om 23 uur sluiten.\n\nDe vergadering besluit conform voorstel.\n', 'de bar om 23 uur sluiten. — De vergadering besluit conform voorstel.'],
    ['fi', 'Pöytäkirja\n\nLäsnä: Aino Aho, Eero Ek\n\nEhdotus: hankitaan uusi tulostin.\n\nHallitus päätti hyväksyä ehdotuksen mukaisesti.\n', 'hankitaan uusi tulostin. — Hallitus päätti hyväksyä ehdotuksen mukaisesti.'],
  ])('names the proposal before it (%s)', (_, text, decision) => {
    expect(decisions(text)).toEqual([decision]);
  });

  it('keeps a verdict that says what it decides beside `enligt förslaget`', () => {
    const text = 'Protokoll\n\nNärvarande: Karin Ek, Per Lund\n\nFörslag: stänga baren.\n\nStyrelsen beslutade enligt förslaget att köpa en ny kassaapparat till caféet.\n';
    expect(decisions(text)).toEqual(['Styrelsen beslutade enligt förslaget att köpa en ny kassaapparat till caféet.']);
  });
});

describe('a full stop after an amount or an hour ends its sentence', () => {
  it('splits after `€ 10.` so that the verdict after it is read', () => {
    const text = 'Notulen\n\nAanwezig: Anouk Jansen, Ruud Bakker\n\nVoorstel: contributie verhogen met € 10. Het voorstel wordt aangenomen.\n';
    expect(decisions(text)).toEqual(['contributie verhogen met € 10. — Het voorstel wordt aangenomen.']);
  });

  it('splits after the hour of `kl. 23.`', () => {
    const text = 'Protokoll\n\nNärvarande: Karin Ek, Per Lund\n\nVi stänger kl. 23. Mötet beslutade att köpa en ny kassaapparat.\n';
    expect(decisions(text)).toEqual(['Mötet beslutade att köpa en ny kassaapparat.']);
  });

  it('keeps an ordinal date in one sentence (`am 12. Mai`)', () => {
    const text = 'Protokoll\n\nAnwesend: Jana Roth, Tim Kuhn\n\nDer Vorstand beschließt, das Fest am 12. Mai zu feiern.\n';
    expect(decisions(text)).toEqual(['Der Vorstand beschließt, das Fest am 12. Mai zu feiern.']);
  });
});

describe('attendance written by groups, each group named before a colon', () => {
  it('reads the members of each group, the group names left out', () => {
    expect(people('Minutes\n\nPresent: Board: Ann Lee (chair), Bob Ray; Members: Cy Dee, Di Eve\n\n1. Opening\n')).toEqual(['Ann Lee (chair)', 'Bob Ray', 'Cy Dee', 'Di Eve']);
  });

  it('reads a Dutch list with a roled member in each group', () => {
    expect(people('Notulen\n\nAanwezig: bestuur: Mark de Vries (voorzitter), Anouk Jansen (secretaris); leden: Piet Bos, Els Kok\n\n1. Opening\n'))
      .toEqual(['Mark de Vries (chair)', 'Anouk Jansen (secretary)', 'Piet Bos', 'Els Kok']);
  });

  it.each([
    ['en', 'Present: 23 members, including the board: Ann Lee (chair), Bob Ray', ['Ann Lee (chair)', 'Bob Ray']],
    ['nl', 'Aanwezig: 23 leden, waaronder het bestuur: Mark de Vries (voorzitter), Anouk Jansen', ['Mark de Vries (chair)', 'Anouk Jansen']],
    ['de', 'Anwesend: 12 Mitglieder, darunter der Vorstand: Jana Roth (Vorsitzende), Tim Kuhn', ['Jana Roth (chair)', 'Tim Kuhn']],
    ['sv', 'Närvarande: 14 medlemmar, däribland styrelsen: Karin Ek (ordförande), Per Lund', ['Karin Ek (chair)', 'Per Lund']],
  ])('reads the names after a head count and the group they belong to (%s)', (_, line, expected) => {
    expect(people(`Minutes\n\n${line}\n\n1. Opening\n`)).toEqual(expected);
  });

  it('keeps initials before a colon as the person’s own', () => {
    expect(people('Minutes\n\nPresent: AL: Ann Lee, BR: Bob Ray\n\n1. Opening\n')).toEqual(['Ann Lee', 'Bob Ray']);
  });

  it('keeps a name before a colon that is no group', () => {
    expect(people('Minutes\n\nPresent: Ann Lee, Bob Ray\n\n1. Opening\n\nAnn: Welcome all.\n')).toEqual(['Ann Lee', 'Bob Ray']);
  });
});

describe('a housing company’s minutes: the body over the meeting, and the property manager', () => {
  const text = [
    'As Oy Vaahterakuja', 'HALLITUKSEN KOKOUS 2/2026', '', 'Aika: torstai 5.3.2026 klo 18.00', 'Paikka: kerhohuone', '',
    'Läsnä:', 'Outi Vehmas, puheenjohtaja', 'Eino Rask', 'Kirsi Lumme, isännöitsijä, sihteeri', '',
    '1 § Pihan kunnostus', 'Isännöitsijä pyytää tarjoukset huhtikuun loppuun mennessä.', '',
    '2 § Muut asiat', 'Ei muita asioita.', '',
  ].join('\n');
  const meeting = parseMinutes(text);

  it('titles the minutes with the body’s name and the meeting’s together', () => {
    expect(meeting.title).toBe('As Oy Vaahterakuja, HALLITUKSEN KOKOUS 2/2026');
  });

  it('reads the manager’s office beside the name, not as a person of its own', () => {
    expect(meeting.participants.map((p) => `${p.name}: ${p.roles.join(' ')}`)).toEqual(['Outi Vehmas: chair', 'Eino Rask: ', 'Kirsi Lumme: manager secretary']);
  });

  it('gives the manager’s task to the person who holds the office', () => {
    expect(meeting.actions.map((a) => a.owners)).toEqual([['Kirsi Lumme']]);
  });

  it('keeps a title of the meeting alone when no body’s name stands over it', () => {
    expect(parseMinutes(text.replace('As Oy Vaahterakuja\n', '')).title).toBe('HALLITUKSEN KOKOUS 2/2026');
  });

  it('still reads a lower-case user id in a list of people as a person', () => {
    expect(parseMinutes('Meeting notes\n\nAttendees: Ann Lee, tsw, jdoe2\n\n1. Opening\n').participants.map((p) => p.name)).toEqual(['Ann Lee', 'tsw', 'jdoe2']);
  });
});

describe('a short first line of a paragraph heads the sentences under it', () => {
  const tasks = (text: string) => parseMinutes(text).actions.map((a) => `${a.owners.join(', ')}: ${a.text}`);

  it('reads a topic typed over its notes without a blank line (en, fi)', () => {
    expect(tasks('Minutes\n\nPresent: Ann Lee, Bob Ray\n\nWe met.\n\nGarden\nAnn will fix the fence.\n\nOther\nBob will bring coffee.\n'))
      .toEqual(['Ann Lee: Ann will fix the fence.', 'Bob Ray: Bob will bring coffee.']);
    expect(tasks('Pöytäkirja\n\nLäsnä: Outi Vehmas, Eino Rask\n\nPiha\nOuti selvittää asian.\n\nMuuta\nEino hoitaa kahvit.\n'))
      .toEqual(['Outi Vehmas: Outi selvittää asian.', 'Eino Rask: Eino hoitaa kahvit.']);
  });

  it('gives a verdict under the topic the topic as its matter', () => {
    expect(parseMinutes('Minutes\n\nPresent: Ann Lee, Bob Ray\n\nNew fence\nApproved.\n').decisions.map((d) => d.text)).toEqual(['New fence — Approved.']);
  });

  it('keeps a line that ends in a stop word with the line after it', () => {
    expect(parseMinutes('Minutes\n\nPresent: Ann Lee, Bob Ray\n\nThe board agreed with\nAnn Lee to fix the fence.\n').decisions.map((d) => d.text))
      .toEqual(['The board agreed with Ann Lee to fix the fence.']);
  });
});

describe('a short weekday or date beside a task', () => {
  const due = (line: string) => parseMinutes(`# Team sync – 12 March 2025\n\nAttendees: Priya, Marco, Jen\n\n## Action items\n- ${line}\n`).actions[0]?.due?.end ?? null;

  it('reads a short weekday in its own parentheses or capitalised after a deadline word', () => {
    expect(due('Jen: share the summary (Fri)')).toBe('2025-03-14');
    expect(due('Jen: share the summary by Thu')).toBe('2025-03-13');
  });

  it('reads a day and month with a slash in their own parentheses', () => {
    expect(due('Jen: share the summary (14/3)')).toBe('2025-03-14');
  });

  it('reads no day in a word that is only spelled like a short weekday', () => {
    expect(due('Jen: sat down with Marco to plan the demo')).toBeNull();
    expect(due('Jen: ask Sun about the logo')).toBeNull();
  });

  it('reads `(notes)` beside a name as the note taker', () => {
    expect(parseMinutes('# Team sync\n\nAttendees: Priya, Jen (notes)\n\n## Notes\nWe met.\n').participants.find((p) => p.name === 'Jen')?.roles).toEqual(['secretary']);
  });
});

describe('a register of people, the label over its first entry and one entry a line after it', () => {
  const people = (block: string) => parseMinutes(`Protokoll\n\n${block}\n\n§ 1 Öppnande\nMötet öppnades.\n\n§ 2 Avslut\nMötet avslutades.\n`).participants
    .map((p) => `${p.name}${p.roles.length > 0 ? ` (${p.roles.join(', ')})` : ''}${p.organization ? ` [${p.organization}]` : ''}${p.present === false ? ' absent' : ''}`);

  it('reads every entry of the paragraph, each with its party and role', () => {
    expect(people('Beslutande: Anna Holm (S), ordförande\nErik Nyström (M), vice ordförande\nLena Berg (C)\nOmar Said (V)'))
      .toEqual(['Anna Holm (chair) [S]', 'Erik Nyström (vice-chair) [M]', 'Lena Berg [C]', 'Omar Said [V]']);
  });

  it('reads a line of full names as a list, and keeps the entries absent under an absence label', () => {
    expect(people('Närvarande: Anna Holm, Erik Nyström\nLena Berg, Omar Said')).toEqual(['Anna Holm', 'Erik Nyström', 'Lena Berg', 'Omar Said']);
    expect(people('Frånvarande: Anna Holm\nErik Nyström')).toEqual(['Anna Holm absent', 'Erik Nyström absent']);
  });

  it('stops at a sentence after the entries', () => {
    expect(people('Närvarande: Anna Holm, Erik Nyström\nMötet öppnades av Anna Holm.')).toEqual(['Anna Holm (chair)', 'Erik Nyström']);
  });
});

describe('a section label alone on a line inside a paragraph', () => {
  const decisions = (body: string) => parseMinutes(`Protokoll\n\nNärvarande: Anna Holm, Erik Nyström\n\n§ 1 Information\n${body}\n\n§ 2 Avslut\nMötet avslutades.\n`).decisions.map((d) => d.text);

  it('heads the lines after it, as it does over a paragraph of its own', () => {
    expect(decisions('Förvaltningschefen informerar om badhuset.\nBeslut:\nInformationen noteras till protokollet.')).toEqual(['Informationen noteras till protokollet.']);
  });

  it('leaves the lines before it outside the section', () => {
    expect(decisions('Förvaltningschefen informerar om badhuset.\nBeslut:\nInformationen noteras till protokollet.')).not.toContain('Förvaltningschefen informerar om badhuset.');
  });
});

describe('sub-items lettered with a dot under a numbered item', () => {
  const text = [
    'MINUTES OF THE VILLAGE BOARD', 'Tuesday, April 8, 2025', '', 'Present: Mayor Linda Cho, Trustees Adams, Baker and Diaz.', '',
    '1. CALL TO ORDER', 'Mayor Cho called the meeting to order at 7:02 p.m.', '',
    '2. NEW BUSINESS', 'a. Purchase of a dump truck.', 'Motion by Trustee Diaz, seconded by Trustee Baker, to buy the truck. Motion carried.',
    'b. The Clerk will advertise the vacancy on the Planning Commission.', '',
    '3. ADJOURNMENT', 'The meeting adjourned at 7:45 p.m.', '',
  ].join('\n');
  const meeting = parseMinutes(text);

  it('keeps the item’s title apart from its first sub-item', () => {
    expect(meeting.decisions.map((d) => d.text)).toEqual(['Motion by Trustee Diaz, seconded by Trustee Baker, to buy the truck. — Motion carried.']);
  });

  it('reads each sub-item as a sentence of its own', () => {
    expect(meeting.actions.map((a) => a.text)).toEqual(['The Clerk will advertise the vacancy on the Planning Commission.']);
  });
});

describe('a motion under the heading that gives the meeting its end', () => {
  const minutes = (body: string) => parseMinutes(`Minutes\n\nPresent: Ann Lee, Bob Ray\n\n1. Fees\nWe talked.\n\n2. Other\nNone.\n\n3. Adjournment\n${body}\n`);

  it('reads the end time from it and keeps the motion a decision', () => {
    const meeting = minutes('Motion to adjourn at 7:45 p.m. by Ann Lee, seconded by Bob Ray. Carried unanimously.');
    expect(meeting.endTime).toBe('19:45');
    expect(meeting.decisions.map((d) => d.text)).toEqual(['Motion to adjourn at 7:45 p.m. by Ann Lee, seconded by Bob Ray. Carried unanimously.']);
  });

  it('takes a bare time under the heading for the end alone', () => {
    const meeting = minutes('7:45 p.m.');
    expect(meeting.endTime).toBe('19:45');
    expect(meeting.decisions).toEqual([]);
  });
});
