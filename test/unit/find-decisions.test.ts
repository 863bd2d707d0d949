import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);

describe('findDecisions', () => {
  it.each([
    ['fi', 'Päätettiin, että keväällä järjestetään kolme koulutuspäivää.'],
    ['fi', 'Hyväksyttiin talousarvio esitetyssä muodossa.'],
    ['fi', 'Kokous todettiin lailliseksi ja päätösvaltaiseksi.'],
    ['fi', 'Sovittiin, että seuraava kokous on etänä.'],
    ['fi', 'Pöytäkirjan tarkastajiksi valittiin Kari Nirha ja Hanna Peräaho.'],
    ['en', 'RESOLVED: Adopt the new charter.'],
    ['en', 'It was agreed to hold the next meeting in Copenhagen.'],
    ['en', 'There was a consensus that the centre should send monthly news.'],
    ['en', 'Motion carried unanimously.'],
    ['sv', 'Beslöts att godkänna budgeten.'],
  ])('%s: %s', (_language, sentence) => {
    expect(decisions(`Intro.\n\n${sentence}\n`)).toEqual([sentence]);
  });

  it('reads a decision marker and a decisions section', () => {
    expect(decisions('Decision: Initiate working group last call.')).toEqual(['Decision: Initiate working group last call.']);
    expect(decisions('## Päätös\n\nTarkastuslautakunta merkitsee selvityksen tiedoksi.\n')).toEqual(['Tarkastuslautakunta merkitsee selvityksen tiedoksi.']);
  });

  it('gives a terse verdict the proposal before it', () => {
    expect(decisions('Att: Godkänna äskningen på 1200kr.\n\nBeslut: Attsats bifalles\n')).toEqual(['Godkänna äskningen på 1200kr. — Attsats bifalles']);
  });

  it('reads carried motions in a motion table', () => {
    expect(decisions('| Motion Text | Moved by | Status |\n|---|---|---|\n| Keep the fees | Ben | Accepted |\n| Appoint an auditor | None | Lapsed |\n')).toEqual(['Keep the fees — Accepted']);
  });

  it('takes neither proposals nor reports for decisions', () => {
    expect(decisions('## Ehdotus\n\nKokous todetaan lailliseksi ja päätösvaltaiseksi.\n')).toEqual([]);
    expect(decisions('Proposed resolution: adopt the draft.\n\nKeskusteltiin budjetista.\n')).toEqual([]);
  });

  it('reads the points of a numbered list under `Dagordning` written as acts as the decisions they record', () => {
    const minutes =
      'Styrelsemöte i Ekbackens hembygdsförening\n\nNärvarande\nOrdförande Rut Lind (RL)\nKassör Per Holm (PH)\n\nDagordning\n\n' +
      ' 1. Ordförande RL öppnade mötet.\n\n 2. Dagordningen godkändes.\n\n 3. Föregående protokoll godkändes och lades till handlingarna.\n\n 4. Kassarapport lämnades av PH.\n';
    expect(decisions(minutes)).toEqual(['Dagordningen godkändes.', 'Föregående protokoll godkändes och lades till handlingarna.']);
    expect(parseMinutes(minutes).agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4']);
    // An agenda sent before the meeting names its topics: nothing decided in it yet.
    expect(decisions('Styrelsemöte\n\nDagordning\n\n1. Mötets öppnande\n2. Godkännande av dagordningen\n3. Föregående protokoll\n')).toEqual([]);
  });

  it('reads moving an item or an event to a later date as decided (`wordt verplaatst naar`, `verplaatsen we ... naar`)', () => {
    const head = 'Bestuursvergadering 3 maart 2020\n\nAanwezig: Pieter Smit (voorzitter), Anna de Boer, Kees Vos\n\n1. Jaarplanning\n\n';
    expect(decisions(`${head}De fietstocht wordt verplaatst naar september.\n`)).toEqual(['De fietstocht wordt verplaatst naar september.']);
    expect(decisions(`${head}Wegens de drukte verplaatsen we de begroting naar de vergadering van 12 mei.\n`)).toEqual(['Wegens de drukte verplaatsen we de begroting naar de vergadering van 12 mei.']);
    expect(decisions(`${head}Het punt kascommissie wordt doorgeschoven naar de ledenvergadering.\n`)).toEqual(['Het punt kascommissie wordt doorgeschoven naar de ledenvergadering.']);
  });

  it('reads no verdict in an item title that names decisions after a preposition', () => {
    const minutes = '§ 3 Mötets öppnande\nMötet öppnades.\n\n§ 4 Uppföljning av beslut\nSekreteraren gick igenom listan.\n\n§ 5 Övriga frågor\nInga.\n';
    expect(decisions(minutes)).toEqual([]);
    expect(decisions('## 6. Opvolging van besluiten\n\nDe secretaris loopt de lijst door.\n')).toEqual([]);
    // A title that records its outcome is still a decision.
    expect(decisions('§ 3 Mötets öppnande\nMötet öppnades.\n\n§ 4 Dagordningen godkändes.\n\n§ 5 Övriga frågor\nInga.\n')).toEqual(['§ 4 Dagordningen godkändes.']);
  });

  it('takes no cue inside a question the entry goes on after', () => {
    expect(decisions('Intro.\n\n- Vraag of het reglement gevolgd is, dat per 1 mei is vastgesteld? Zo ja, dan kan de commissie starten.\n')).toEqual([]);
    expect(decisions('Intro.\n\n- Het reglement is vastgesteld. Wie stuurt het rond?\n')).toEqual(['Het reglement is vastgesteld.']);
  });

  it('records the agenda item and position of each decision', () => {
    const [decision] = parseMinutes('## 1. Avaus\n\n## 2. Talous\n\nHyväksyttiin tilinpäätös.\n').decisions;
    expect(decision).toMatchObject({ id: 'D1', item: '2', position: { line: 5, column: 1 } });
  });
});
