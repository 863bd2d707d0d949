import { describe, expect, it } from 'vitest';
import { vocabularies } from '../../src/lang/index.js';
import { fieldOf } from '../../src/parse/read-label.js';

const all = Object.values(vocabularies);

// fieldOf keeps its answers per list of vocabularies: each setting of `heading` and `exact` must keep
// its own, whichever is asked first.
describe('fieldOf kept answers', () => {
  it('answers a label asked as a heading and as a line each by its own rule, in either order', () => {
    expect(fieldOf('Committees approved', all, true)).toBeNull();
    expect(fieldOf('Committees approved', all)).toBe('decisions');
    expect(fieldOf('Sections approved', all)).toBe('decisions');
    expect(fieldOf('Sections approved', all, true)).toBeNull();
  });

  it('answers an exact look-up and a compound one each by its own rule, in either order', () => {
    expect(fieldOf('Yhdistyksen jäsenet', all, false, true)).toBeNull();
    expect(fieldOf('Yhdistyksen jäsenet', all)).toBe('participants');
    expect(fieldOf('Seuran jäsenet', all)).toBe('participants');
    expect(fieldOf('Seuran jäsenet', all, false, true)).toBeNull();
  });

  it('answers the same label again the same way', () => {
    expect(fieldOf('Läsnä', all)).toBe('participants');
    expect(fieldOf('Läsnä', all)).toBe('participants');
    expect(fieldOf('Lorem ipsum', all)).toBeNull();
    expect(fieldOf('Lorem ipsum', all)).toBeNull();
  });
});
