import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Gaps left by the last session (issue 12), each a convention of minutes or of a language's grammar. */

const actionsOf = (text: string) => parseMinutes(text).actions.map((a) => ({ text: a.text, owners: a.owners }));

describe('a negated obligation', () => {
  it('is no task in English, whoever it names', () => {
    const head = '# Club committee\n\nDate: 2025-04-02\nPresent: Rosa Field, Dan Kerr\n\n## 1. Newsletter\n\n';
    expect(actionsOf(`${head}Dan will not print the newsletter before the vote.\n`)).toEqual([]);
    expect(actionsOf(`${head}Rosa won't renew the hall booking this spring.\n`)).toEqual([]);
    expect(actionsOf(`${head}Dan must not share the member list with sponsors.\n`)).toEqual([]);
    // The same sentence without its negation is the task it was.
    expect(actionsOf(`${head}Dan will print the newsletter before the vote.\n`)).toEqual([{ text: 'Dan will print the newsletter before the vote.', owners: ['Dan Kerr'] }]);
  });

  it('is no task in Swedish, with a doer or as a passive', () => {
    const head = '# Föreningens styrelsemöte\n\nDatum: 2025-04-02\nNärvarande: Lisa Ek, Olof Strand\n\n## 1. Lokalen\n\n';
    expect(actionsOf(`${head}Bokningen i april ska inte förväxlas med höstens hyresavtal.\n`)).toEqual([]);
    expect(actionsOf(`${head}Olof ska inte betala hyran förrän avtalet är klart.\n`)).toEqual([]);
    expect(actionsOf(`${head}Nycklarna får inte lämnas ut till utomstående.\n`)).toEqual([]);
    expect(actionsOf(`${head}Olof ska betala hyran.\n`)).toEqual([{ text: 'Olof ska betala hyran.', owners: ['Olof Strand'] }]);
  });

  it('is no task in German or Dutch, where the modal and its negation stand together', () => {
    const de = '# Vorstandssitzung\n\nDatum: 02.04.2025\nAnwesend: Lena Vogt, Paul Kraus\n\n## TOP 1 Kasse\n\n';
    expect(actionsOf(`${de}Das Sparbuch soll nicht aufgelöst werden.\n`)).toEqual([]);
    expect(actionsOf(`${de}Paul darf keine Spenden für Reisen ausgeben.\n`)).toEqual([]);
    const nl = '# Bestuursvergadering\n\nDatum: 02-04-2025\nAanwezig: Sanne Bos, Joris Smit\n\n## 1. Kas\n\n';
    expect(actionsOf(`${nl}De oude flyers moeten niet meer uitgedeeld worden.\n`)).toEqual([]);
    expect(actionsOf(`${nl}De oude flyers moeten uitgedeeld worden.\n`)).toEqual([{ text: 'De oude flyers moeten uitgedeeld worden.', owners: [] }]);
  });

  it('keeps a task whose negation bears on a time, not on the deed (`nicht vor Freitag`)', () => {
    const de = '# Vorstandssitzung\n\nDatum: 02.04.2025\nAnwesend: Lena Vogt, Paul Kraus\n\n## TOP 1 Kasse\n\n';
    expect(actionsOf(`${de}Paul soll den Kassenbericht nicht vor Freitag verschicken.\n`)).toEqual([{ text: 'Paul soll den Kassenbericht nicht vor Freitag verschicken.', owners: ['Paul Kraus'] }]);
  });

  it('is no task in Finnish, where the negation verb stands before the modal', () => {
    const head = '# Hallituksen kokous\n\nAika: 2.4.2025 klo 18\nLäsnä: Liisa Aho, Olli Saari\n\n## 1. Talous\n\n';
    expect(actionsOf(`${head}Olli ei saa maksaa laskuja ennen 15.4.\n`)).toEqual([]);
    expect(actionsOf(`${head}Olli maksaa laskut 15.4. mennessä.\n`)).toEqual([{ text: 'Olli maksaa laskut 15.4. mennessä.', owners: ['Olli Saari'] }]);
  });
});

const peopleOf = (text: string) => parseMinutes(text).participants.map((p) => ({ name: p.name, present: p.present }));

describe('a presence mark after a name in an attendance list', () => {
  it('is no part of the name: a cross, a tick or a ticked box says present', () => {
    const text = '# Styrelsemöte\n\nDatum: 2025-04-02\n\nNärvarande:\n- Lisa Ek X\n- Olof Strand x\n- Maria Holm ✓\n- Eva Sjö (x)\n\n## 1. Mötets öppnande\n\nMötet öppnades.\n';
    expect(peopleOf(text)).toEqual([
      { name: 'Lisa Ek', present: true }, { name: 'Olof Strand', present: true }, { name: 'Maria Holm', present: true }, { name: 'Eva Sjö', present: true },
    ]);
  });

  it('says absent when it is a dash or a word of absence, in list items or in plain lines', () => {
    const sv = '# Styrelsemöte\n\nDatum: 2025-04-02\n\nNärvarande:\n- Nils Berg närv.\n- Karin Lind –\n- Sven Dahl frånv.\n\n## 1. Mötets öppnande\n\nMötet öppnades.\n';
    expect(peopleOf(sv)).toEqual([{ name: 'Nils Berg', present: true }, { name: 'Karin Lind', present: false }, { name: 'Sven Dahl', present: false }]);
    const fi = '# Hallituksen kokous\n\nAika: 2.4.2025 klo 18\n\nLäsnä:\nLiisa Aho x\nOlli Saari x\nPekka Rinne ei\n\n## 1. Avaus\n\nKokous avattiin.\n';
    expect(peopleOf(fi)).toEqual([{ name: 'Liisa Aho', present: true }, { name: 'Olli Saari', present: true }, { name: 'Pekka Rinne', present: false }]);
  });

  it('leaves a capital letter after a single name alone: it may be an initial', () => {
    const text = '# Club committee\n\nDate: 2025-04-02\n\nPresent:\n- Rosa X\n- Dan Kerr\n\n## 1. Opening\n\nThe meeting opened.\n';
    expect(peopleOf(text)).toEqual([{ name: 'Rosa X', present: true }, { name: 'Dan Kerr', present: true }]);
  });
});

describe('a date without its year', () => {
  const dateOf = (text: string) => parseMinutes(text).date;

  it('takes the year the same line writes apart from it', () => {
    expect(dateOf('# Club committee meeting\n\nTuesday 12 March, 7pm, Community Hall, 2024\n\nPresent: Rosa Field, Dan Kerr\n\n## 1. Opening\n\nThe meeting opened.\n')).toBe('2024-03-12');
    expect(dateOf('# Hallituksen kokous\n\nAika: ti 12.3. klo 18, vuoden 2024 kolmas kokous\n\nLäsnä: Liisa Aho, Olli Saari\n\n## 1. Avaus\n\nKokous avattiin.\n')).toBe('2024-03-12');
  });

  it('takes it from its heading', () => {
    expect(dateOf('# Hallituksen kokous 12.3. klo 18, vuoden 2024 kolmas kokous\n\nLäsnä: Liisa Aho, Olli Saari\n\n## 1. Avaus\n\nKokous avattiin.\n')).toBe('2024-03-12');
  });

  it('takes no year from another line, nor an amount on its own', () => {
    expect(dateOf('# Spring meeting 2024\n\nWhen: Tuesday 12 March, 7pm\n\nPresent: Rosa Field, Dan Kerr\n\n## 1. Opening\n\nThe meeting opened.\n')).toBeNull();
    expect(dateOf('# Club committee meeting\n\nTuesday 12 March, 7pm, budget €2024\n\nPresent: Rosa Field, Dan Kerr\n\n## 1. Opening\n\nThe meeting opened.\n')).toBeNull();
  });
});

describe('a list that writes every surname first', () => {
  const peopleWithRoles = (text: string) => parseMinutes(text).participants.map((p) => ({ name: p.name, roles: p.roles, organization: p.organization }));

  it('reads each `Surname, Given` line or list item as one person, details in parentheses kept', () => {
    const items = '# Styrelsemöte\n\nDatum: 2025-04-02\n\nNärvarande:\n- Ek, Lisa (ordf.)\n- Strand, Olof\n- Holm, Maria\n\n## 1. Öppnande\n\nMötet öppnades.\n';
    expect(peopleWithRoles(items)).toEqual([
      { name: 'Lisa Ek', roles: ['chair'], organization: null }, { name: 'Olof Strand', roles: [], organization: null }, { name: 'Maria Holm', roles: [], organization: null },
    ]);
    const lines = '# Hallituksen kokous\n\nAika: 2.4.2025 klo 18\n\nLäsnä:\nAho, Liisa\nSaari, Olli\n\n## 1. Avaus\n\nKokous avattiin.\n';
    expect(peopleWithRoles(lines).map((p) => p.name)).toEqual(['Liisa Aho', 'Olli Saari']);
  });

  it('reads a detail in parentheses in a list parted by semicolons', () => {
    const text = '# Styrelsemöte\n\nDatum: 2025-04-02\n\nNärvarande: Ek, Lisa (ordf.); Strand, Olof; Holm, Maria\n\n## 1. Öppnande\n\nMötet öppnades.\n';
    expect(peopleWithRoles(text).map((p) => `${p.name} ${p.roles.join()}`.trim())).toEqual(['Lisa Ek chair', 'Olof Strand', 'Maria Holm']);
  });

  it('keeps the comma as the part between a name and its detail when one entry has another shape', () => {
    const text = '# Board meeting\n\nDate: 2025-04-02\n\nPresent:\n- Rosa Field, Acme\n- Kerr, Dan\n\n## 1. Opening\n\nThe meeting opened.\n';
    expect(peopleWithRoles(text)).toEqual([{ name: 'Rosa Field', roles: [], organization: 'Acme' }, { name: 'Kerr', roles: [], organization: 'Dan' }]);
  });
});

describe('an English vote to do something', () => {
  const head = '# Club committee\n\nDate: 2025-04-02\nPresent: Rosa Field, Dan Kerr, Amy Stone\n\n## 1. Hall\n\n';
  const decisionsOf = (body: string) => parseMinutes(head + body).decisions.map((d) => d.text);

  it('is the body deciding, with an emphatic `did`, unanimously, or with no subject written', () => {
    expect(decisionsOf('The committee did vote to renew the hall lease for two years.\n')).toEqual(['The committee did vote to renew the hall lease for two years.']);
    expect(decisionsOf('The members present did vote unanimously to close the old account.\n')).toEqual(['The members present did vote unanimously to close the old account.']);
    expect(decisionsOf('Voted to approve the spring budget.\n')).toEqual(['Voted to approve the spring budget.']);
    expect(decisionsOf('All present voted to accept the treasurer\'s report.\n')).toEqual(['All present voted to accept the treasurer\'s report.']);
  });

  it('is no decision when named people vote, or when the vote is still to come', () => {
    expect(decisionsOf('Rosa and Dan voted to keep the old fee.\n')).toEqual([]);
    expect(decisionsOf('The committee will vote on the lease in May.\n')).toEqual([]);
  });
});

describe('a German or Dutch passive closed by its participle (one reading)', () => {
  const decisionsOf = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
  const de = '# Vorstandssitzung\n\nAnwesend: Lena Vogt, Paul Kraus\n\n## TOP 1 Beiträge\n\n';

  it('is a decision where the participle closes the clause of an auxiliary of the act, however far, with a clause after it', () => {
    const text = 'Der Antrag auf eine Erhöhung der Beiträge wird nach langer und teilweise hitziger Aussprache am Ende des Abends abgelehnt, die Kasse bleibt unverändert.';
    expect(decisionsOf(`${de}${text}\n`)).toEqual([text]);
  });

  it('is no decision after an auxiliary of a state, its participle eight words on', () => {
    expect(decisionsOf(`${de}Seit der letzten Sitzung sind die Zuständigkeiten für die beiden Arbeitsgruppen festgelegt.\n`)).toEqual([]);
  });
});

describe('lettered agenda items', () => {
  const agendaOf = (text: string) => parseMinutes(text).agenda.map((a) => ({ number: a.number, title: a.title }));
  const head = '# Club committee\n\nDate: 2025-04-02\nPresent: Rosa Field, Dan Kerr\n\n';

  it('are the items, letter as number, where the minutes number nothing: bold lines or plain paragraphs', () => {
    const expected = [{ number: 'A', title: 'Welcome' }, { number: 'B', title: 'Hall booking' }, { number: 'C', title: 'Other matters' }];
    expect(agendaOf(`${head}**A. Welcome**\n\nRosa welcomed all.\n\n**B. Hall booking**\n\nThe hall is free in May.\n\n**C. Other matters**\n\nNothing.\n`)).toEqual(expected);
    expect(agendaOf(`${head}A. Welcome\nRosa welcomed all.\n\nB. Hall booking\nThe hall is free in May.\n\nC. Other matters\nNothing.\n`)).toEqual(expected);
  });

  it('are sub-items, kept in the body of their numbered item, where the minutes number their items', () => {
    const text = `${head}## 1. Welcome\n\nRosa welcomed all.\n\n## 2. Reports\n\n### a) Treasurer\n\nThe balance is fine.\n\n### b) Secretary\n\nTwo new members.\n\n## 3. Other matters\n\nNothing.\n`;
    const meeting = parseMinutes(text);
    expect(meeting.agenda.map((a) => a.number)).toEqual(['1', '2', '3']);
    expect(meeting.agenda[1]?.text).toContain('a) Treasurer');
  });
});

describe("a Google Meet notes' `Invited` line", () => {
  it('names invitees, not attendees: the label wants the people listed as present, and an invitation says nothing of who came', () => {
    const text = '# Weekly sync\n\nApr 2, 2025\n\nInvited: Rosa Field, Dan Kerr, Amy Stone\n\nAttachments Weekly sync\n\n## Summary\n\nRosa and Dan reviewed the launch plan.\n';
    expect(parseMinutes(text).participants.filter((p) => p.present).map((p) => p.name)).toEqual([]);
    // The same names under an attendance label are the attendees.
    const present = text.replace('Invited:', 'Attendees:');
    expect(parseMinutes(present).participants.filter((p) => p.present).map((p) => p.name)).toEqual(['Rosa Field', 'Dan Kerr', 'Amy Stone']);
  });
});
