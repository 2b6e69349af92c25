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
    expect([...capitalizedWords(text).names]).toEqual(words);
  });
});

describe('capitalizedWords places', () => {
  it.each([
    ['is there an outage in Leeds?', ['leeds']],
    ['In Leeds the fibre is down again', ['leeds']],
    ['c’è un guasto a Torino o a L’Aquila?', ['torino', 'aquila']],
    ['pas de fibre à Lyon, ni près de Paris', ['lyon']],
    ['kein Internet bei Köln', ['koln']],
    ['fibre down since Monday. Thanks, Marco', []],
    ['my Vodafone SIM is in my Samsung', []],
  ])('finds the names that follow a place preposition in %j', (text, places) => {
    expect([...capitalizedWords(text).places]).toEqual(places);
  });
});
