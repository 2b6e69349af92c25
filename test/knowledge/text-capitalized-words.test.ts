import { describe, expect, it } from 'vitest';
import { capitalizedWords } from '../../src/knowledge/text-capitalized-words.ts';

describe('capitalizedWords', () => {
  it.each([
    ['@Delta my flight to Boston on Monday', ['boston', 'monday']],
    ['Can I use my phone in Zürich? Thanks', ['zurich']],
    ["L'offerta vale a Palermo e a L'Aquila", ['palermo', 'aquila']],
    ['my internet is down', []],
    ['Your support SUCKS, ask the PUK of my SIM', ['puk', 'sim']],
  ])('finds the words written with a capital inside a sentence in %j', (text, words) => {
    expect([...capitalizedWords(text)]).toEqual(words);
  });
});
