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
