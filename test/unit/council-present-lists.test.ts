import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/** Lists of those present at British council and board meetings, offices and titles written around the names. */

const people = (text: string) =>
  parseMinutes(text).participants.map((p) => `${p.name}${p.present === false ? ' (absent)' : ''}${p.roles.length > 0 ? ` [${p.roles.join(', ')}]` : ''}`);

describe('an office between commas before its holder', () => {
  it('gives `in the Chair` to the name after it, after an `and` with a comma', () => {
    expect(people('Minutes of the Parish Council meeting held on Monday 3rd May 2021 at 7:30 pm\nPresent: Mr Ashby, Mrs Carew, Mr Dunmore and, in the Chair, Mr Elwood.\n\n1. Apologies\nNone.\n')).toEqual([
      'Ashby', 'Carew', 'Dunmore', 'Elwood [chair]',
    ]);
  });
});

describe('a name after a closing bracket', () => {
  it('may open with an initial', () => {
    expect(people('Minutes of a meeting held on Tuesday 4 May 2021\nPresent: Cllrs P Ashby (Chair) L Carew (Vice-Chair) Mrs K Dunmore, T Elwood\nIn attendance: Mrs F Grange (Clerk)\n')).toEqual([
      'P Ashby [chair]', 'L Carew [vice-chair]', 'K Dunmore', 'T Elwood', 'F Grange [secretary]',
    ]);
  });
});

describe('a title of two words before a name', () => {
  it('is no person: the councillor of another tier is the name after it', () => {
    expect(people('Minutes of the meeting held on Monday 10th May 2021 at 7pm\n\nCouncillors Present: Cllrs Paul Ashby (Chair), Lena Carew and Ken Dunmore\n\nIn attendance: County Cllr Tom Elwood and Mrs Fay Grange (Clerk to Council)\n')).toEqual([
      'Paul Ashby [chair]', 'Lena Carew', 'Ken Dunmore', 'Tom Elwood', 'Fay Grange [secretary]',
    ]);
  });
});

describe('the clerk who is also the Responsible Financial Officer', () => {
  it('is the secretary, on a line of their own under the list', () => {
    expect(people('Minutes of a Meeting of the Council held at the Hall on Wednesday, 5 May 2021\n\nCouncillors P Ashby (Chairman), L Carew and K Dunmore\n\nParish Clerk and RFO T M Elwood\n\n1. Apologies\nNone.\n')).toEqual([
      'P Ashby [chair]', 'L Carew', 'K Dunmore', 'T M Elwood [secretary]',
    ]);
  });

  it('is the secretary after a label', () => {
    expect(people('# Minutes of the Parish Council\n\nPresent: Cllr A Lane (Chair), Cllr B Moss\n\nClerk and RFO: Mr S Baxter\n')).toEqual(['A Lane [chair]', 'B Moss', 'S Baxter [secretary]']);
  });
});

describe('a sentence of attendance in the text of the first item', () => {
  const minutes = 'Minutes of the Parish Council Meeting held on Monday, 10 May 2021\n1. Welcome\nThe meeting commenced at 7.30pm. The Chairman, Councillor Ashby welcomed everyone. Those in attendance were Councillors Carew, Dunmore, Elwood, District Councillor Fenwick and the Clerk, Mrs G Hollis.\n2. Apologies\nNone.\n';

  it('names the councillors by surname, the office after the article the next name\'s, and the chair it leaves out', () => {
    expect(people(minutes)).toEqual(['Carew', 'Dunmore', 'Elwood', 'Fenwick', 'G Hollis [secretary]', 'Councillor Ashby [chair]']);
  });

  it('makes no person of an office alone', () => {
    expect(people('# Club meeting\n\nThe meeting opened at 7 pm. Present were Ann Lee, Bo Chan and Cy Dow. The Treasurer was absent.\n')).toEqual(['Ann Lee', 'Bo Chan', 'Cy Dow']);
  });
});

describe('the title of a council member in other languages', () => {
  it('is no part of the name', () => {
    expect(people('# Protokoll der Sitzung des Ortsausschusses\n\nDatum: 12.05.2021\n\nAnwesend: Gemeinderat Karl Ott, Gemeinderätin Ute Lenz, Jan Roth\n')).toEqual(['Karl Ott', 'Ute Lenz', 'Jan Roth']);
    expect(people('# Protokoll från styrelsemöte\n\nDatum: 2021-05-12\n\nNärvarande: ledamot Eva Lind, ledamot Per Berg, Ola Ek\n')).toEqual(['Eva Lind', 'Per Berg', 'Ola Ek']);
  });
});
