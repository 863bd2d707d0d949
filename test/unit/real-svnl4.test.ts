import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading a fourth round of real Swedish and Dutch minutes (issue #12): government
 * work groups, design session notes, student sprint meetings. Every example here is written for
 * the test; none is a line of those minutes.
 */

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

const nlHead = '# Werkgroep Fietsroutes 12 mei 2025\n\n## Aanwezigen\n- Anna de Vries\n- Bram Jansen\n\n';

describe('Dutch `Beslissing` labels a decision like `Besluit`', () => {
  it('takes the words after a bold `**Beslissing**:` as the decision', () => {
    const text = `${nlHead}## Routekaart\n\n- *Bram Jansen*: Moeten we de kaart ook drukken?\n\n  **Beslissing**: De kaart verschijnt alleen online.\n`;
    expect(decisions(text)).toEqual(['Beslissing: De kaart verschijnt alleen online.']);
  });

  it('reads the entries under a `## Beslissingen` heading as decisions, not as an agenda item', () => {
    const text = `${nlHead}## Routekaart\n\nDe kaart is bijna klaar.\n\n## Beslissingen\n\n- De kaart verschijnt alleen online.\n- Het startpunt blijft het station.\n`;
    const meeting = parseMinutes(text);
    expect(meeting.decisions.map((d) => d.text)).toEqual(['De kaart verschijnt alleen online.', 'Het startpunt blijft het station.']);
    expect(meeting.agenda.map((a) => a.title)).not.toContain('Beslissingen');
  });

  it('leaves a question about a decision out', () => {
    const text = `${nlHead}## Routekaart\n\n- Wie neemt de beslissing over de kaart?\n`;
    expect(decisions(text)).toEqual([]);
  });
});

describe('a line that announces the decisions listed under it', () => {
  const svHead = '# Styrelsemöte 4 mars 2025\n\nNärvarande: Maja Holm, Ture Falk\n\n';

  it('reads the list under `Volgende besluiten genomen na stemming:` as decisions', () => {
    const text = `${nlHead}## Werkwijze\n\nVolgende besluiten genomen na stemming:\n- We komen elke maand samen\n- De vergaderingen zijn online\n`;
    expect(decisions(text)).toEqual(['We komen elke maand samen', 'De vergaderingen zijn online']);
  });

  it('reads the list under `De volgende beslissingen zijn genomen:` as decisions', () => {
    const text = `${nlHead}## Werkwijze\n\nDe volgende beslissingen zijn genomen:\n- De rit start voortaan om tien uur\n- De route blijft ongewijzigd tot de zomer\n`;
    expect(decisions(text)).toEqual(['De rit start voortaan om tien uur', 'De route blijft ongewijzigd tot de zomer']);
  });

  it('keeps a line that decides by its own words (`Följande beslut fattades:`) one decision with its list', () => {
    const text = `${svHead}## Städdagen\n\nFöljande beslut fattades:\n- Städdagen hålls en lördag i maj\n- Föreningen bjuder på fika\n`;
    expect(decisions(text)).toEqual(['Följande beslut fattades: Städdagen hålls en lördag i maj; Föreningen bjuder på fika']);
  });

  it('leaves a list of decisions still to be taken, or of proposals, out', () => {
    const open = `${nlHead}## Werkwijze\n\nVolgende besluiten moeten nog genomen worden:\n- Het tijdstip van de vergadering\n`;
    const proposals = `${svHead}## Städdagen\n\nFöljande förslag till beslut lades fram:\n- Städdagen hålls en lördag i maj\n`;
    expect(decisions(open)).toEqual([]);
    expect(decisions(proposals)).toEqual([]);
  });

  it('leaves a list announced without any word of deciding to the notes', () => {
    const text = `${svHead}## Städdagen\n\nFöljande punkter diskuterades:\n- Städdagen hålls en lördag i maj\n`;
    expect(decisions(text)).toEqual([]);
  });
});

describe('an announced list of agreements whose entries are tasks', () => {
  it('leaves an entry that a participant opens to the actions, and keeps the rest as decisions', () => {
    const text = `${nlHead}## Planning\n\nDe volgende besluiten zijn genomen:\n- Bram stuurt de nieuwe kaart rond\n- De route blijft ongewijzigd tot de zomer\n`;
    const meeting = parseMinutes(text);
    expect(meeting.decisions.map((d) => d.text)).toEqual(['De route blijft ongewijzigd tot de zomer']);
    expect(meeting.actions.map((a) => a.owners)).toEqual([['Bram Jansen']]);
  });
});

describe('an announced list of agreements (`afspraken`) is no list of decisions', () => {
  it('leaves `De volgende afspraken zijn gemaakt:` and its entries to the actions', () => {
    const text = `${nlHead}## Planning\n\nDe volgende afspraken zijn gemaakt:\n- Het overleg met de gemeente wordt voorbereid\n`;
    expect(decisions(text)).toEqual([]);
  });
});

describe('more Dutch verdicts in the passive, and consent', () => {
  it('reads `wordt overgenomen`, `wordt gehonoreerd`, `wordt verschoven naar` and `wordt opgericht` as decisions', () => {
    const text = `${nlHead}## Planning\n\n- Het voorstel van Anna wordt overgenomen.\n- Het verzoek om een extra rit wordt gehonoreerd.\n- De fietsdag wordt verschoven naar september.\n- Er wordt een routecommissie opgericht.\n`;
    expect(decisions(text)).toEqual([
      'Het voorstel van Anna wordt overgenomen.',
      'Het verzoek om een extra rit wordt gehonoreerd.',
      'De fietsdag wordt verschoven naar september.',
      'Er wordt een routecommissie opgericht.',
    ]);
  });

  it('reads `Iedereen is het ermee eens.` as consent', () => {
    expect(decisions(`${nlHead}## Planning\n\nBram stelt voor de rit op zondag te houden. Iedereen is het ermee eens.\n`)).toHaveLength(1);
  });

  it('leaves a person who took a task over (`heeft ... overgenomen`) out', () => {
    expect(decisions(`${nlHead}## Planning\n\n- Anna heeft de ledenlijst van Bram overgenomen.\n`)).toEqual([]);
  });
});

describe('a yes to the meeting\u2019s own question', () => {
  const svHead = '# Styrelsemöte 4 mars 2025\n\nNärvarande: Maja Holm, Ture Falk\n\n';

  it('reads `Gaan we door met ...? Ja.` in one entry as a decision', () => {
    expect(decisions(`${nlHead}## Nieuwsbrief\n\n- Gaan we door met de papieren nieuwsbrief? Ja.\n`)).toEqual(['Gaan we door met de papieren nieuwsbrief? Ja.']);
  });

  it('reads a question and a `Ja.` after it in the same paragraph as one decision', () => {
    expect(decisions(`${svHead}## Lokal\n\nSka vi hyra samma lokal som i fjol?\nJa.\n`)).toEqual(['Ska vi hyra samma lokal som i fjol? Ja.']);
  });

  it('leaves a no, a maybe and a yes to a question of fact out', () => {
    const text = `${svHead}## Lokal\n\n- Ska vi hyra samma lokal som i fjol? Nej.\n- Ska vi byta förening? Kanske.\n- Kom fakturan i tid? Ja.\n`;
    expect(decisions(text)).toEqual([]);
  });
});
