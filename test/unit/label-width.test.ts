import { describe, expect, it } from 'vitest';
import { labelWidth } from '../../src/report/label-width.js';
import { textWidth } from '../../src/report/wrap-text.js';
import { catalogues, locales } from '../../src/messages/index.js';

describe('labelWidth', () => {
  it('measures every label the summary of parse lines up as textWidth does, in every locale', () => {
    for (const locale of locales) {
      for (const id of ['meeting.when', 'meeting.where', 'meeting.absent'] as const) {
        const label = catalogues[locale][id];
        expect(labelWidth(label), `${locale} ${id}: ${label}`).toBe(textWidth(label));
      }
    }
  });

  it('would not stand in for textWidth on wide or combining text (why the labels are checked)', () => {
    expect(labelWidth('会議')).not.toBe(textWidth('会議'));
    expect(labelWidth('e\u0301')).not.toBe(textWidth('e\u0301'));
  });
});
