import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Swedish minutes from public repositories (issue #12): association
 * and member meetings, agency and open-source work groups, student project notes. Every example
 * here is written for the test; none is a line of those minutes.
 */

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text }));

describe('a list of tasks under a heading that names the next meeting', () => {
  it('reads `Actionpoints inför nästa möte` as a heading of tasks, each entry one task', () => {
    const text = '# Arbetsgruppen 2024-04-02\n\nNärvarande: Maja Holm, Ture Falk\n\n## Actionpoints inför nästa möte\n\n1. Boka lokal för vårträffen (Maja)\n2. Fundera på frågorna till enkäten\n';
    expect(actions(text)).toEqual([
      { owners: ['Maja Holm'], text: 'Boka lokal för vårträffen (Maja)' },
      { owners: [], text: 'Fundera på frågorna till enkäten' },
    ]);
  });

  it('reads `Åtgärder till nästa gång` as one too, with a task word and a lead before `nästa`', () => {
    const text = '# Styrgruppen 2024-04-02\n\nNärvarande: Maja Holm, Ture Falk\n\n## Åtgärder till nästa gång\n\n- Beställa nya nycklar till förrådet\n';
    expect(actions(text)).toEqual([{ owners: [], text: 'Beställa nya nycklar till förrådet' }]);
  });

  it('leaves a heading that only mentions the next meeting to the agenda', () => {
    const text = '# Styrgruppen 2024-04-02\n\nNärvarande: Maja Holm, Ture Falk\n\n## Inför nästa möte\n\n- Vi pratade om lokalen.\n';
    expect(actions(text)).toEqual([]);
  });
});

describe('a modal passive in a relative clause describes a noun and sets no task', () => {
  const head = '# Styrgruppen 2024-04-02\n\nNärvarande: Maja Holm, Ture Falk\n\n';

  it('leaves `... områden som ska utredas` late in a report sentence out of the actions', () => {
    expect(actions(`${head}Efter en lång diskussion pekade gruppen ut tre områden som ska utredas vidare.\n`)).toEqual([]);
  });

  it('leaves `..., som kommer att användas` after a comma out too', () => {
    expect(actions(`${head}Kassören visade den nya medlemslistan, som kommer att användas vid årsmötet.\n`)).toEqual([]);
  });

  it('still takes a note that opens with its noun and a modal passive as a task', () => {
    expect(actions(`${head}- Stolarna i lokalen som ska lagas\n- Nyckeln ska lämnas tillbaka senast fredag\n`).map((a) => a.text)).toEqual([
      'Stolarna i lokalen som ska lagas',
      'Nyckeln ska lämnas tillbaka senast fredag',
    ]);
  });
});

describe('Swedish dates: day/month-year and ordinal days', () => {
  it('reads `12/5-23` as the 12th of May 2023, and the times after it as times, not the year', () => {
    const meeting = parseMinutes('# Projektmöte\n\nDatum: 12/5-23 13:15-14:00\nDeltagare: Alva Ek, Bo Rask\n');
    expect([meeting.date, meeting.startTime, meeting.endTime]).toEqual(['2023-05-12', '13:15', '14:00']);
  });

  it('reads `3/2-2024` day first even where the numbers would allow month first', () => {
    expect(parseMinutes('# Möte i klubben 3/2-2024\n\nNärvarande: Alva Ek, Bo Rask\n').date).toBe('2024-02-03');
  });

  it('reads the ordinal `den 1:a mars 2024` and `den 22:e maj 2024` as dates', () => {
    expect(parseMinutes('# Styrelsemöte\n\nMötet hölls den 1:a mars 2024 kl. 18.00.\n\nNärvarande: Alva Ek, Bo Rask\n').date).toBe('2024-03-01');
    expect(parseMinutes('# Årsmöte\n\nDatum: onsdagen den 22:e maj 2024\n\nNärvarande: Alva Ek, Bo Rask\n').date).toBe('2024-05-22');
  });
});

describe('a date inside a web address is not the meeting date', () => {
  it('reads the meeting date from the file name before the date of a linked page', () => {
    const text = '# Anteckningar från arbetsgruppen\n\n## Närvarande\n\n* Alva Ek\n* Bo Rask\n\n## Beslut\n\n* Vi väntar på besked (https://example.org/nyheter/2020-10-23-nya-regler.html).\n';
    expect(parseMinutes(text, { path: 'moten/2020-12-10.md' }).date).toBe('2020-12-10');
  });
});

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('a Swedish election verb after a fronted phrase or a proposal', () => {
  const head = '# Föreningsmöte 2024-04-02\n\nNärvarande: Maja Holm, Ture Falk, Vera Lind\n\n';

  it('takes `Till justerare för dagens möte valdes ...`, its verb five words in, as a decision', () => {
    expect(decisions(`${head}## 3. Val av justerare\n\nTill justerare för dagens möte valdes Vera Lind.\n`)).toEqual(['Till justerare för dagens möte valdes Vera Lind.']);
  });

  it('takes `Maja Holm föreslås och väljs` (proposed and elected in one breath) as a decision', () => {
    expect(decisions(`${head}## 2. Val av mötesordförande\n\nMaja Holm föreslås och väljs.\n`)).toEqual(['Maja Holm föreslås och väljs.']);
  });

  it('does not reach further: a cue seven words in is still no decision', () => {
    expect(decisions(`${head}## 4. Övrigt\n\nVera berättade om den nya lokalen och att hyran godkändes av hyresvärden förra året.\n`)).toEqual([]);
  });
});

describe('the meeting finds itself duly called, or its agenda approved', () => {
  const head = '# Årsmöte 2024-04-02\n\nNärvarande: Maja Holm, Ture Falk, Vera Lind\n\n';

  it('takes `Mötet finner föredragningslistan godkänd` as a decision: the body finds', () => {
    expect(decisions(`${head}## 5. Föredragningslistan\n\nMötet finner föredragningslistan godkänd.\n`)).toEqual(['Mötet finner föredragningslistan godkänd.']);
  });

  it('takes `Stämman fann att kallelse skett i behörig ordning` as a decision', () => {
    expect(decisions(`${head}## 4. Kallelse\n\nStämman fann att kallelse skett i behörig ordning.\n`)).toEqual(['Stämman fann att kallelse skett i behörig ordning.']);
  });

  it('takes `Kallelsen har gått ut i behörig ordning` without a body as one too', () => {
    expect(decisions(`${head}## 4. Kallelse\n\nKallelsen har gått ut i behörig ordning.\n`)).toEqual(['Kallelsen har gått ut i behörig ordning.']);
  });
});

describe('the meeting elects its own chair and secretary in an item', () => {
  it('reads `Mötet valde X till mötesordförande` and `... Y som mötessekreterare` as the roles', () => {
    const meeting = parseMinutes('# Höstmöte 2024-11-02\n\nNärvarande: Maja Holm, Ture Falk, Vera Lind\n\n## 2. Val av mötesordförande\n\nMötet valde Vera Lind till mötesordförande.\n\n## 3. Val av mötessekreterare\n\nMötet valde Ture Falk som mötessekreterare.\n');
    expect(meeting.participants.map((p) => [p.name, p.roles])).toEqual([
      ['Maja Holm', []],
      ['Ture Falk', ['secretary']],
      ['Vera Lind', ['chair']],
    ]);
  });
});

describe('a preposition or conjunction after a name is no verb of a task', () => {
  const head = '# Föreningsmöte 2024-04-02\n\nNärvarande: Maja Holm, Ture Falk, Vera Lind\n\n';

  it('reads no task in `... omval av Vera Lind under ett år` (`under` ends like a verb)', () => {
    expect(actions(`${head}Valberedningen föreslog omval av Ture Falk och Vera Lind under ett år till.\n`)).toEqual([]);
  });

  it('reads no task in `... och Maja Holm efter ...` nor `... och Vera Lind inför ...`', () => {
    expect(actions(`${head}Ordföranden tackade Ture Falk och Maja Holm efter fem år i styrelsen.\n`)).toEqual([]);
    expect(actions(`${head}Frågan lämnades till Ture Falk och Vera Lind inför nästa år.\n`)).toEqual([]);
  });
});

describe('the opening and closing formulas of Swedish minutes give the times', () => {
  const head = '# Vårmöte 2024-03-14\n\nNärvarande: Maja Holm, Ture Falk\n\n';

  it('reads `Mötet förklaras öppnat 18:05` and `Mötet förklarades avslutat 19:40`', () => {
    const meeting = parseMinutes(`${head}## 1. Mötets öppnande\n\nMötet förklaras öppnat 18:05.\n\n## 9. Mötets avslutande\n\nMötet förklarades avslutat 19:40.\n`);
    expect([meeting.startTime, meeting.endTime]).toEqual(['18:05', '19:40']);
  });

  it('reads a time that opens the sentence before the formula: `Klockan 19:52 förklarade Maja mötet avslutat`', () => {
    const meeting = parseMinutes(`${head}## 9. Mötets avslutande\n\nKlockan 19:52 förklarade Maja mötet avslutat.\n`);
    expect(meeting.endTime).toBe('19:52');
  });
});

describe('a verb-second clause puts the modal before its doer', () => {
  const head = '# Styrgruppen 2024-04-02\n\nNärvarande: Maja Holm, Ture Falk\n\n';

  it('takes `Till nästa möte ska Ture boka lokalen` as Ture\'s task', () => {
    expect(actions(`${head}Till nästa möte ska Ture boka lokalen.\n`)).toEqual([{ owners: ['Ture Falk'], text: 'Till nästa möte ska Ture boka lokalen.' }]);
  });

  it('takes the doer of `När det gäller ... så ska Maja kontakta ...` after a long fronted clause', () => {
    expect(actions(`${head}När det gäller bidraget från kommunen så ska Maja kontakta handläggaren.\n`)).toEqual([
      { owners: ['Maja Holm'], text: 'När det gäller bidraget från kommunen så ska Maja kontakta handläggaren.' },
    ]);
  });

  it('names nobody who is no participant after the modal', () => {
    expect(actions(`${head}Enligt planen ska Stockholm vara värd nästa år.\n`)).toEqual([]);
  });
});

describe('a board listed in a code block deep in the body is not the meeting', () => {
  it('leaves `Ordförande:` and `Ledamöter:` in a code block under an election item out of the meeting\'s people', () => {
    const text = '# Höstmöte 2024-11-02\n\nNärvarande: Maja Holm, Ture Falk, Vera Lind\n\n## 1. Mötets öppnande\n\nMötet öppnades.\n\n## 2. Val av styrelse\n\nValberedningen föreslår:\n\n```\nOrdförande: Vera Lind\nLedamöter: Maja Holm, Olof Berg\n```\n\nMötet valde styrelsen enligt förslaget.\n';
    expect(parseMinutes(text).participants.map((p) => [p.name, p.roles])).toEqual([
      ['Maja Holm', []],
      ['Ture Falk', []],
      ['Vera Lind', []],
    ]);
  });

  it('still reads a header written in a code block under the title', () => {
    const text = '# Styrelsemöte\n\n```\nDatum: 2024-11-02\nOrdförande: Vera Lind\nNärvarande: Maja Holm, Ture Falk, Vera Lind\n```\n';
    expect(parseMinutes(text).participants.find((p) => p.name === 'Vera Lind')?.roles).toEqual(['chair']);
  });
});
