import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * The order of business run in as labels, as clubs, PTAs and Dutch associations type minutes
 * without numbers or headings: each standing item opens its line before a colon or a dash, or
 * stands alone. Every example is written for the test.
 */

const titles = (text: string) => parseMinutes(text).agenda.map((a) => a.title);

describe('standing items run in as labels are the agenda', () => {
  it('reads an English order of business typed a line an item', () => {
    const text =
      'Riverside Rowing Club committee minutes, 4 March 2026\n\n' +
      'Present: Ann Lee, Bo Chan, Dee Fox\n\n' +
      'Approval of Minutes: The February minutes were approved as read.\n' +
      "Treasurer's Report: The balance is £2,310 after the boat repair.\n" +
      'Old Business: The trailer lights are fixed.\n' +
      'New Business: Summer regatta entries open in May.\n';
    expect(titles(text)).toEqual(['Approval of Minutes', "Treasurer's Report", 'Old Business', 'New Business']);
  });

  it('reads Dutch labels with their notes on the line and after it, one after another', () => {
    const text =
      'Verslag bestuursvergadering Buurtvereniging De Linde, 4 maart 2026\n\n' +
      'Aanwezig: Eva Smit, Piet Bos, Kees de Wit\n\n' +
      'Opening: Eva heet iedereen welkom.\n\n' +
      'Notulen vorige vergadering: goedgekeurd\n' +
      'Mededelingen: de zaal is in april dicht.\n\n' +
      'Rondvraag: Piet vraagt naar de kascontrole.\n';
    // `Notulen vorige vergadering: goedgekeurd` gives a value, the item's outcome: a decision, no topic line.
    expect(titles(text)).toEqual(['Opening', 'Mededelingen', 'Rondvraag']);
    expect(parseMinutes(text).decisions.map((d) => d.text).join(' ')).toContain('goedgekeurd');
  });
});

describe('labels that are no order of business stay no items', () => {
  it('reads nothing from a newsletter or a notice that names no meeting and no one present', () => {
    const text =
      'Village Hall News, spring 2026\n\n' +
      'Opening hours: Monday to Friday, 9 am to 5 pm.\n\n' +
      'Announcements: the car park will be resurfaced in April and closed for a week.\n\n' +
      'Correspondence: letters for the editor go in the box by the door.\n\n' +
      'Closing date: entries for the photo contest close on 30 April.\n';
    expect(titles(text)).toEqual([]);
  });

  it('reads no label that merely opens with a standing item\'s word', () => {
    const text =
      'Treasurer\'s meeting minutes, 4 March 2026\n\nPresent: Ann Lee, Bo Chan\n\n' +
      'Opening balance: £2,310 in the current account at the start of the month.\n\n' +
      'Closing balance: £1,980 in the current account at the end of the month.\n\n' +
      'Welcome pack: printed and ready for the new members at the door.\n';
    expect(titles(text)).toEqual([]);
  });

  it('keeps the decision a label\'s short value records', () => {
    const text =
      'Riverside Rowing Club committee minutes, 4 March 2026\n\nPresent: Ann Lee, Bo Chan, Dee Fox\n\n' +
      'Approval of Minutes: approved.\n' +
      "Treasurer's Report: The balance is £2,310 after the boat repair.\n" +
      'Old Business: The trailer lights are fixed.\n' +
      'New Business: Summer regatta entries open in May.\n';
    expect(titles(text)).toEqual(["Treasurer's Report", 'Old Business', 'New Business']);
    expect(parseMinutes(text).decisions.length).toBeGreaterThan(0);
  });

  it('reads no two standing items alone, nor labels that repeat', () => {
    const two =
      'Riverside Rowing Club committee minutes, 4 March 2026\n\n' +
      "Treasurer's Report: The balance is £2,310.\nNew Business: Summer regatta entries open in May.\nBoats: Two sculls need varnish.\n";
    expect(titles(two)).toEqual([]);
    const repeated =
      'Notes from the phone calls, 4 March 2026\n\n' +
      'Announcements: the hall is shut.\n\nAnnouncements: the bus is late.\n\nAnnouncements: bring a mug.\n';
    expect(titles(repeated)).toEqual([]);
  });

  it('reads no clause that opens with a standing item\'s word, nor a label inside a sentence wrapped onto the next line', () => {
    const text =
      'Riverside Rowing Club committee minutes, 4 March 2026\n\n' +
      'Opening the boathouse early was discussed: members want 6 am.\n\n' +
      'Welcome packs for new members are ready: Bo has them.\n\n' +
      'The meeting heard about the\nNew Business: a sponsor from the town.\n\n' +
      'Announcements were made about the regatta: entries open in May.\n';
    expect(titles(text)).toEqual([]);
  });
});
