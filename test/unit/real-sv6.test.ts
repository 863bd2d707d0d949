import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

/**
 * Rules found by reading real Swedish minutes of kinds not read before (a housing co-operative, a
 * sports club, parents' associations, a digital-rights association, annual meetings of local
 * societies, a state delegation). Every example here is written for the test; none is a line of
 * those minutes.
 */

const agenda = (text: string) => parseMinutes(text).agenda.map((a) => [a.number, a.title]);

describe('a bare `§ 5` over a title closed by a full stop or colon', () => {
  it('reads `§ 1` / `Mötet öppnas.` / notes as item 1 `Mötet öppnas`', () => {
    const text = 'Styrelsemöte Brf Linden\n\n2024-03-04\n\n§ 1\n\nMötet öppnas.\n\nOrdföranden hälsade alla välkomna.\n\n§ 2\n\nEkonomi:\n\nKassören redogjorde för läget.\n\n§ 3\n\nNästa möte.\n\nDen 8 april kl. 19.\n';
    expect(agenda(text)).toEqual([['1', 'Mötet öppnas'], ['2', 'Ekonomi'], ['3', 'Nästa möte']]);
  });

  it('leaves a lone sentence with nothing after it to what the section records', () => {
    const text = 'Styrelsemöte Brf Linden\n\n2024-03-04\n\n§ 1\n\nMötet öppnas.\n\nOrdföranden hälsade alla välkomna.\n\n§ 2\n\nBudgeten godkändes.\n\n§ 3\n\nKassören redogjorde.\n';
    expect(agenda(text).map(([number]) => number)).not.toContain('2');
  });
});

describe('a `§` line inside a paragraph that counts on from the section above it', () => {
  it('opens `§2` after a note line with no full stop', () => {
    const text = 'Protokoll från årsmötet 2024\n\n§1 Mötets öppnande\nMötet öppnades av Eva Lund\n§2 Val av sekreterare\nTill sekreterare valdes Per Ek\n§3 Övriga frågor\nInga övriga frågor\n';
    expect(agenda(text)).toEqual([['1', 'Mötets öppnande'], ['2', 'Val av sekreterare'], ['3', 'Övriga frågor']]);
  });

  it('leaves a reference to a section of the statutes wrapped onto a line', () => {
    const text = 'Protokoll från årsmötet 2024\n\n§1 Mötets öppnande\nMötet öppnades av Eva Lund och hänvisade till\n§ 9 i stadgarna om kallelse\n§2 Övriga frågor\nInga övriga frågor\n';
    expect(agenda(text)).toEqual([['1', 'Mötets öppnande'], ['2', 'Övriga frågor']]);
  });
});

describe('numbered items that carry their notes on their own line', () => {
  it('takes the short first sentence as the title (`5. Ekonomi. Föreningen har ...`)', () => {
    const text = 'Möte i föräldraföreningen 3/10 2024\nNärvarande: Eva Lund, Per Ek, Ida Berg.\n1. Öppnande av mötet. Ordföranden öppnade mötet.\n2. Val av justerare. Per valdes till justerare.\n3. Ekonomi. Kassan är god. Ida köper bollar.\n4. Övriga frågor. Inga.\n';
    expect(agenda(text)).toEqual([['1', 'Öppnande av mötet'], ['2', 'Val av justerare'], ['3', 'Ekonomi'], ['4', 'Övriga frågor']]);
  });

  it('leaves a numbered list of tasks in sentences, with no standing item of an agenda, as no agenda', () => {
    const text = 'Möte i föräldraföreningen 3/10 2024\nNärvarande: Eva Lund, Per Ek, Ida Berg.\n1. Kaffe. Eva köper kaffe.\n2. Lokalen. Per bokar lokalen.\n3. Affischer. Ida gör affischer.\n';
    expect(agenda(text)).toEqual([]);
  });
});

describe('a number alone on its line over the item title, as text out of a table', () => {
  it('reads `1` / `Mötets öppnande:` / notes as item 1', () => {
    const text = 'Protokoll IK Falken styrelsemöte\n2024-05-06\nNärvarande:\nEva Lund, Per Ek\n1\nMötets öppnande:\nOrdförande hälsade alla välkomna.\n2\nEkonomi:\nKassan är god.\n3\nÖvriga frågor:\nInga.\n';
    expect(agenda(text)).toEqual([['1', 'Mötets öppnande'], ['2', 'Ekonomi'], ['3', 'Övriga frågor']]);
  });

  it('leaves numbers that only count (`1` / `Röst för` ...) without notes between them', () => {
    const text = 'Protokoll IK Falken styrelsemöte\n2024-05-06\n\nRösträkning\n\n1\nAnna\n2\nBertil\n3\nCecilia\n';
    expect(agenda(text)).toEqual([]);
  });
});

describe('the officers of the meeting chosen in the present passive (`väljs`)', () => {
  const role = (text: string, r: string) => parseMinutes(text).participants.find((p) => p.roles.includes(r as never))?.name ?? null;

  it('reads `Till mötesordförande väljs X` and `Till mötessekreterare väljs Y`', () => {
    const text = 'Protokoll från årsmöte den 4 mars 2024\n\n§1 Till mötesordförande väljs Eva Lund.\n\n§2 Till mötessekreterare väljs Per Ek.\n\n§3 Dagordningen fastställs.\n';
    expect(role(text, 'chair')).toBe('Eva Lund');
    expect(role(text, 'secretary')).toBe('Per Ek');
  });

  it('reads `X väljs till mötesordförande och Y till mötessekreterare`', () => {
    const text = 'Styrelsemöte 2024-03-04\n\n1. Val av mötets funktionärer\n\nIda väljs till mötesordförande och Olle till mötessekreterare.\n';
    expect(role(text, 'chair')).toBe('Ida');
  });

  it('leaves the chair of the association, chosen for the year, out of the meeting chair', () => {
    const text = 'Protokoll från årsmöte den 4 mars 2024\n\n§1 Val.\nTill ordförande för föreningen väljs Göran Berg på 1 år.\n';
    expect(role(text, 'chair')).toBeNull();
  });
});

describe('decision formulas of Swedish annual and parents\' meetings', () => {
  const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
  const head = 'Protokoll från årsmöte den 4 mars 2024\n\nNärvarande: Eva Lund, Per Ek\n\n';

  it('reads a question put to the meeting and answered yes (`... besvaras med ja`)', () => {
    expect(decisions(`${head}§1 Fråga om styrelsens ansvarsfrihet för 2023 besvaras med ja.\n`)).toEqual(['§1 Fråga om styrelsens ansvarsfrihet för 2023 besvaras med ja.']);
  });

  it('leaves a question to be answered later', () => {
    expect(decisions(`${head}§1 Frågan om lokalhyran besvaras vid nästa möte av kassören.\n`)).toEqual([]);
  });

  it('reads re-election and new election (`omvaldes`, `nyväljs`) as decisions', () => {
    expect(decisions(`${head}§1 Eva Lund omvaldes som kassör.\n\n§2 Per Ek nyväljs som revisor.\n`)).toHaveLength(2);
  });

  it('reads a vote of the group (`Vi röstade för att ...`) as its decision', () => {
    expect(decisions(`${head}§1 Julfesten. Vi röstade för att åter servera glögg.\n`)).toHaveLength(1);
  });

  it('leaves a report of voting elsewhere out', () => {
    expect(decisions(`${head}§1 Rapport. Eva berättade att många röstade i kyrkovalet.\n`)).toEqual([]);
  });
});

describe('the start of the meeting written `med början kl. 18.00`', () => {
  it('reads the time after `med början` as the start', () => {
    const text = 'Styrelsemöte Brf Linden\n\n2024-03-04\nmed början kl 18.00\n\nNärvarande: Eva Lund, Per Ek\n\n§ 1 Mötets öppnande\n\nMötet öppnades.\n';
    expect(parseMinutes(text).startTime).toBe('18:00');
  });

  it('leaves a work that starts in a week of the year', () => {
    const text = 'Styrelsemöte Brf Linden\n\n2024-03-04\n\nNärvarande: Eva Lund, Per Ek\n\n§ 1 Fasaden\n\nMålningen av fasaden utförs med början vecka 12.\n';
    expect(parseMinutes(text).startTime).toBeNull();
  });
});
