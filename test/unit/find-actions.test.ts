import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const FI = 'Aika: 8.11.2019\nOsallistujat: Minna Männikkö (pj.), Isa Kotilaine (siht.)\n\n';
const EN = 'Date: 2019-11-08\nAttendees: Alice Smith, Bob Jones\n\n';
const SV = 'Datum: 2019-11-08\nNärvarande: Anna Berg, Erik Lund\n\n';

const actions = (text: string) => parseMinutes(text).actions.map((a) => ({ owners: a.owners, text: a.text, due: a.due?.end ?? null, status: a.status }));

describe('findActions: plain sentences', () => {
  it('reads Finnish present-tense sentences with a participant as subject, one owner per clause', () => {
    expect(actions(`${FI}Minna lähettää ohjeet. Minna hoitaa tilavaraukset ym. järjestelyt, Isa kouluttaa.`)).toEqual([
      { owners: ['Minna Männikkö'], text: 'Minna lähettää ohjeet.', due: null, status: 'open' },
      { owners: ['Minna Männikkö'], text: 'Minna hoitaa tilavaraukset ym. järjestelyt', due: null, status: 'open' },
      { owners: ['Isa Kotilaine'], text: 'Isa kouluttaa.', due: null, status: 'open' },
    ]);
  });

  it('reads an action in parentheses and a passive with a deadline, without owner', () => {
    expect(actions(`${FI}Raahe laajenee. (Minna lähettää ohjeet.)\n\nMarras-joulukuussa tiimiläisille toimitetaan aikataulu.`)).toEqual([
      { owners: ['Minna Männikkö'], text: 'Minna lähettää ohjeet.', due: null, status: 'open' },
      { owners: [], text: 'Marras-joulukuussa tiimiläisille toimitetaan aikataulu.', due: '2019-12-31', status: 'open' },
    ]);
  });

  it('reads English "Name will" / "Name to" sentences', () => {
    expect(actions(`${EN}Alice will send the draft by Friday.\n\nBob to book the room.`)).toEqual([
      { owners: ['Alice Smith'], text: 'Alice will send the draft by Friday.', due: '2019-11-15', status: 'open' },
      { owners: ['Bob Jones'], text: 'Bob to book the room.', due: null, status: 'open' },
    ]);
  });

  it('reads Swedish present-tense sentences', () => {
    expect(actions(`${SV}Anna skickar protokollet senast 15 december.`)).toEqual([
      { owners: ['Anna Berg'], text: 'Anna skickar protokollet senast 15 december.', due: '2019-12-15', status: 'open' },
    ]);
  });

  it('reads a first-person promise with the speaker in parentheses as the speaker\'s task, in a sentence or an item', () => {
    expect(actions(`${FI}Listassa on vanhoja osoitteita. Tarkistan ne (Isa).\n\n- Lähetän kutsut (Minna)`).map((a) => [a.owners, a.text])).toEqual([
      [['Isa Kotilaine'], 'Tarkistan ne (Isa).'],
      [['Minna Männikkö'], 'Lähetän kutsut (Minna)'],
    ]);
    expect(actions(`${EN}The venue is still open. I will call the hall (Bob).`).map((a) => a.owners)).toEqual([['Bob Jones']]);
    // a sentence with a name in parentheses and no promise names who spoke of it, no task
    expect(actions(`${EN}The budget is on track (Bob).`)).toEqual([]);
  });

  it('reads a task clause after a word for "and", but not an object joined by "to" nor a role in a list', () => {
    expect(actions(`${FI}Kahvi loppui ja Isa hakee lisää.`).map((a) => a.owners)).toEqual([['Isa Kotilaine']]);
    expect(actions(`${EN}The hall is booked and Bob will bring the projector.`).map((a) => a.owners)).toEqual([['Bob Jones']]);
    expect(actions(`${EN}Carol invited Alice and Bob to present at the spring meeting.`)).toEqual([]);
    expect(actions(`${EN}Nominations for treasurer and secretary will be taken in May.`)).toEqual([]);
  });

  it('never reads a capitalised word right after a name as its verb: it is more of the name', () => {
    expect(actions('Notulen bestuursvergadering\nDatum: 12 januari 2031\nAanwezig: Jan de Vries (voorzitter), Kees Bakker, Anouk Smit\n\n1. Opening\nDe voorzitter opent de vergadering.')).toEqual([]);
    expect(actions(`${FI}Ääntenlaskijoiksi valittiin Minna Männikkö ja Otso Jousimaa.`)).toEqual([]);
    // after a colon the task may open with a capital
    expect(actions(`${FI}Isa: Hakee lisää kahvia.`).map((a) => a.owners)).toEqual([['Isa Kotilaine']]);
  });

  it('takes reports of the past for no action', () => {
    expect(actions(`${FI}Minna esitteli uudistusta. Isa kertoi kyselystä.`)).toEqual([]);
    expect(actions(`${EN}Alice presented the budget. Bob was away.`)).toEqual([]);
  });
});

describe('findActions: proposals', () => {
  it('takes a proposal nobody has carried for no task, and a plain task of a person still for one', () => {
    expect(actions(`${FI}Ehdotettiin, että kevätretki tehdään Hailuotoon.\n`)).toEqual([]);
    expect(actions(`${EN}Proposed that Bob books the hall for the quiz.\n`)).toEqual([]);
    expect(actions(`${FI}Minna tilaa bussin retkelle.\n`)).toEqual([{ owners: ['Minna Männikkö'], text: 'Minna tilaa bussin retkelle.', due: null, status: 'open' }]);
  });
});

describe('findActions: a person as the subject of a that-clause', () => {
  it('gives the task to the person a that-clause opens with, also in a decision', () => {
    expect(actions(`${FI}Sovittiin, että Isa päivittää kotisivut.\n`).map((a) => a.owners)).toEqual([['Isa Kotilaine']]);
    expect(actions(`${EN}It was agreed that Alice will renew the domain.\n`).map((a) => a.owners)).toEqual([['Alice Smith']]);
    expect(actions(`${SV}Det beslutades att Erik bokar lokalen.\n`).map((a) => a.owners)).toEqual([['Erik Lund']]);
  });

  it('reads the verb at the end of a German or Dutch that-clause', () => {
    const DE = 'Datum: 05.03.2024\nAnwesend: Jana Roth, Till Berg\n\n';
    const NL = 'Datum: 5 maart 2024\nAanwezig: Noor Smit, Ilse Vos\n\n';
    expect(actions(`${DE}Es wird vereinbart, dass Till die Schlüssel verwaltet.\n`).map((a) => a.owners)).toEqual([['Till Berg']]);
    expect(actions(`${NL}Er is afgesproken dat Ilse de zaal reserveert.\n`).map((a) => a.owners)).toEqual([['Ilse Vos']]);
    expect(actions(`${DE}Jana berichtet, dass Till die Schlüssel verwaltet hat.\n`)).toEqual([]);
    expect(actions(`${NL}Noor meldt dat Ilse de zaal heeft gereserveerd.\n`)).toEqual([]);
  });

  it('reads a Dutch separable participle after a name as a deed done, not a task', () => {
    const NL = 'Datum: 5 maart 2024\nAanwezig: Noor Smit, Ilse Vos\n\n';
    expect(actions(`${NL}Voor de verhuizing is daarop Ilse ingezet als coördinator.\n`)).toEqual([]);
    expect(actions(`${NL}Noor geeft aan dat Ilse net een leesclub heeft opgestart, daar mee afstemmen.\n`)).toEqual([]);
    // The present of a verb of giving is built so too, and is a task.
    expect(actions(`${NL}Er is afgesproken dat Ilse de sleutel aan de beheerder doorgeeft.\n`).map((a) => a.owners)).toEqual([['Ilse Vos']]);
    expect(actions(`${NL}Ilse stuurt de uitnodiging voor de ledenvergadering rond.\n`).map((a) => a.owners)).toEqual([['Ilse Vos']]);
  });

  it('takes no state and no report in a that-clause for a task', () => {
    expect(actions(`${EN}It was noted that Alice will be away in May.\n`)).toEqual([]);
    expect(actions(`${EN}Bob reported that Alice renewed the domain.\n`)).toEqual([]);
  });
});

describe('findActions: a task handed to the person named after the verb', () => {
  const owners = (text: string) => actions(text).map((a) => a.owners);

  it('gives the task to the participant or role the body asks, directs or commissions', () => {
    expect(owners(`${EN}The committee asked Alice to book the marquee.\n`)).toEqual([['Alice Smith']]);
    expect(owners('Date: 2024-03-05\nAttendees: Alice Smith (Chair), Bob Jones (Treasurer)\n\nThe board directed the Treasurer to move the reserve.\n')).toEqual([['Bob Jones']]);
    expect(owners(`${FI}Työryhmä pyysi Isaa kokoamaan palautteet.\n`)).toEqual([['Isa Kotilaine']]);
    expect(owners(`${SV}Styrelsen gav Erik i uppdrag att boka bussen.\n`)).toEqual([['Erik Lund']]);
    // The board's commission written without `åt` (`Styrelsen uppdrar Anna att ...`) names the doer all the same.
    expect(owners(`${SV}Styrelsen uppdrar Anna att beställa nya nycklar.\n`)).toEqual([['Anna Berg']]);
    expect(owners(`${SV}Styrelsen uppdrog Erik att skriva om stadgarna.\n`)).toEqual([['Erik Lund']]);
    expect(owners('Datum: 05.03.2024\nAnwesend: Jana Roth, Till Berg\n\nDer Vorstand beauftragt Till, den Mietvertrag zu kündigen.\n')).toEqual([['Till Berg']]);
    expect(owners('Datum: 5 maart 2024\nAanwezig: Noor Smit, Ilse Vos\n\nHet bestuur vraagt Ilse om de kascommissie te bellen.\n')).toEqual([['Ilse Vos']]);
  });

  it('takes a question put to someone, or an invitation to speak, for no task', () => {
    expect(actions(`${EN}Alice asked Bob about the hall deposit.\n`)).toEqual([]);
    expect(actions(`${EN}The chair invited Bob to present the accounts.\n`)).toEqual([]);
  });
});

describe('findActions: the meeting\'s own proceedings', () => {
  it('takes a Finnish passive that tells what the meeting handles for no task, and one with a task verb for one', () => {
    expect(actions(`${FI}Käsitellään kerhon syksyn ohjelma.\n`)).toEqual([]);
    expect(actions(`${FI}Todetaan kokouksen osallistujat.\n`)).toEqual([]);
    expect(actions(`${FI}Tilataan uudet kyltit kerholle ensi viikolla.\n`).map((a) => a.text)).toEqual(['Tilataan uudet kyltit kerholle ensi viikolla.']);
  });
});

describe('findActions: suggestions', () => {
  it('takes a person who suggests or recommends something for no owner of it', () => {
    const DE = 'Datum: 05.03.2024\nAnwesend: Jana Roth, Till Berg\n\n';
    expect(actions(`${DE}Till regt an, die Satzung zu überarbeiten.\n`)).toEqual([]);
    expect(actions(`${DE}Jana empfiehlt, den Termin zu verschieben.\n`)).toEqual([]);
    expect(actions(`${EN}Bob recommends moving the quiz to the library.\n`)).toEqual([]);
  });
});

describe('findActions: explicit forms', () => {
  it('reads ACTION markers with owners before the task', () => {
    expect(actions(`${EN}- ACTION Alice - update the price list.\n- ACTION: Bob: pay the lawyers.\n`)).toEqual([
      { owners: ['Alice Smith'], text: 'ACTION Alice - update the price list.', due: null, status: 'open' },
      { owners: ['Bob Jones'], text: 'ACTION: Bob: pay the lawyers.', due: null, status: 'open' },
    ]);
  });

  it('reads task lists with @handles and done boxes', () => {
    expect(actions(`${EN}- [ ] @bob: follow up with legal\n- [x] Alice: send invites\n`)).toEqual([
      { owners: ['@bob'], text: '@bob: follow up with legal', due: null, status: 'open' },
      { owners: ['Alice Smith'], text: 'Alice: send invites', due: null, status: 'done' },
    ]);
  });

  it('reads the entries of an actions section in each language', () => {
    expect(actions(`${FI}## Tehtävät\n\n- Minna: varaa tila 15.12.\n- Isa - kouluttaa\n`)).toEqual([
      { owners: ['Minna Männikkö'], text: 'Minna: varaa tila 15.12.', due: '2019-12-15', status: 'open' },
      { owners: ['Isa Kotilaine'], text: 'Isa - kouluttaa', due: null, status: 'open' },
    ]);
    expect(actions(`${EN}## Next steps\n\n- Update the wiki (Bob)\n- Everyone: read the report\n`).map((a) => a.owners)).toEqual([['Bob Jones'], []]);
    expect(actions(`${SV}## Åtgärder\n\n- Erik: boka lokal\n`).map((a) => a.owners)).toEqual([['Erik Lund']]);
  });

  it('reads tables with task, owner and due columns, and a status column', () => {
    const table = `${FI}| Tehtävä | Vastuuhenkilö | Aikataulu | Tila |\n|---|---|---|---|\n| Sopimus allekirjoitetaan | Isa | 26.11. - 29.11.2019 | Avoin |\n| Tilat varattu | Minna | 1.12. | tehty |\n`;
    expect(actions(table)).toEqual([
      { owners: ['Isa Kotilaine'], text: 'Sopimus allekirjoitetaan', due: '2019-11-29', status: 'open' },
      { owners: ['Minna Männikkö'], text: 'Tilat varattu', due: '2019-12-01', status: 'done' },
    ]);
  });

  it('marks done tasks by words and strikethrough', () => {
    expect(actions(`${EN}## Action items\n\n- Bob: scan the certificate: Done\n- ~~Alice: call the bank~~\n`).map((a) => a.status)).toEqual(['done', 'done']);
  });

  it('keeps a name that is no participant as written', () => {
    expect(actions(`${EN}## Action items\n\n- Carol: draft the budget\n`)[0]?.owners).toEqual(['Carol']);
  });

  it('records agenda item and position', () => {
    const [action] = parseMinutes(`${EN}## 1. Budget\n\nAlice will check the numbers.\n`).actions;
    expect(action).toMatchObject({ id: 'A1', item: '1', position: { line: 6, column: 1 } });
  });
});

describe('findActions: the meeting narrated in the present tense', () => {
  it('takes no opening, closing or welcome of the meeting as a task (nl, de, sv, en)', () => {
    expect(actions('Datum: 5-3-2024\nAanwezig: Tim, Sofie\n\nTim opent de vergadering. Sofie sluit de vergadering om 21.00 uur.')).toEqual([]);
    expect(actions('Datum: 05.03.2024\nAnwesend: Claudia Weber, Markus Schulz\n\nClaudia eröffnet die Sitzung und begrüßt die Anwesenden.')).toEqual([]);
    expect(actions(`${SV}Anna öppnar mötet. Erik avslutar mötet kl. 20.`)).toEqual([]);
    expect(actions(`${EN}Alice opens the meeting and welcomes Bob.`)).toEqual([]);
  });
});

describe('findActions: English notes layouts (probe-en)', () => {
  const acts = (text: string) => parseMinutes(text).actions.map((a) => [a.owners, a.text, a.due?.start ?? null]);

  it('reads the participant mentioned by full name at the start of a task, as an editor writes people chips', () => {
    expect(acts('# Weekly\n\nMay 6, 2024\n\nAttendees: @Rosa Lind @Theo Park\n\n- [ ] @Rosa Lind book the venue\n').map((a) => a[0])).toEqual([['Rosa Lind']]);
  });

  it('reads a task repeated in the summary list once, with the deadline the summary adds', () => {
    const text = '# Sync\n\nMay 6, 2024\n\nAttendees: Rosa Lind, Theo Park\n\n## Release\n\nTheo will write the migration guide.\n\n## Action items\n\n- [ ] Theo Park — migration guide, by May 10\n';
    expect(acts(text)).toEqual([[['Theo Park'], 'Theo will write the migration guide.', '2024-05-10']]);
  });

  it('reads a task once where the list of tasks after the notes says it in words of its own', () => {
    const sv = '# Styrelsemöte\n\nNärvarande: Tove Marklund, Henrik Svensson\n\n## Tvättstugan\n\nTove undersöker om man kan byta till digitala bokningstavlor.\n\n## Åtgärder\n\n| Åtgärd | Ansvarig | Klart |\n|---|---|---|\n| Undersöka digitala bokningstavlor | Tove | 2024-03-01 |\n';
    expect(acts(sv)).toEqual([[['Tove Marklund'], 'Tove undersöker om man kan byta till digitala bokningstavlor.', '2024-03-01']]);
    const nl = '# Overleg\n\nAanwezig: Frank Jansen, Ria Smit\n\nFrank past de tekst over de overblijfkosten aan.\n\n## Actiepunten\n\n- [ ] Frank: tekst overblijfkosten schoolgids aanpassen\n';
    expect(acts(nl)).toHaveLength(1);
    // A list before the notes (last meeting's tasks) is no summary of them, and one word shared makes no repeat.
    expect(acts('# Sync\n\nAttendees: Rosa Lind, Theo Park\n\n## Action items\n\n- [ ] Theo: migration guide review\n\n## Notes\n\nTheo will write the migration guide.\n')).toHaveLength(2);
    expect(acts('# Sync\n\nAttendees: Rosa Lind, Theo Park\n\nTheo will book the venue.\n\n## Action items\n\n- [ ] Theo: venue signage\n')).toHaveLength(2);
  });

  it('keeps two tasks of one person that differ in what is done', () => {
    expect(acts('# Sync\n\nAttendees: Rosa Lind, Theo Park\n\n## Action items\n\n- Theo: write the migration guide\n- Theo: review the migration guide\n')).toHaveLength(2);
  });

  it('takes no ticked agenda topic for a task', () => {
    expect(acts('# Sync\n\nAttendees: Rosa Lind, Theo Park\n\n### Agenda\n- [x] Release checklist\n- [ ] Roadmap (moved to next call)\n\n### Release checklist\n- Rosa will tag the release.\n')).toEqual([[['Rosa Lind'], 'Rosa will tag the release.', null]]);
  });

  it('reads a task whose goal is the next meeting, but not the next meeting itself', () => {
    expect(acts('# Sync\n\nAttendees: Rosa Lind, Theo Park\n\n## Theme\n\nNot decided; Theo will bring a new mock-up to the next meeting.\n\nThe next meeting will be on June 3.\n').map((a) => a[0])).toEqual([['Theo Park']]);
  });
});
