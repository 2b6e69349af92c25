import { describe, expect, it } from 'vitest';
import { withoutCourtesy } from '../../src/knowledge/text-courtesy.ts';
import { tokenizeText } from '../../src/knowledge/text-tokenize.ts';

const wordsLeft = (text: string, lang: string) => withoutCourtesy(tokenizeText(text, lang)).map((token) => token.word);

describe('withoutCourtesy', () => {
  it.each([
    ['is the store open on Sunday, thank you', 'en', ['is', 'the', 'store', 'open', 'on', 'sunday']],
    ['many thanks in advance, where is the nearest store', 'en', ['where', 'is', 'the', 'nearest', 'store']],
    ['come faccio a ricaricare? grazie mille', 'it', ['come', 'faccio', 'a', 'ricaricare']],
    ['muchas gracias, ¿dónde está la tienda?', 'es', ['donde', 'esta', 'la', 'tienda']],
    ['merci beaucoup, où est le magasin ?', 'fr', ['ou', 'est', 'le', 'magasin']],
    ['vielen Dank im Voraus, wo ist der Laden?', 'de', ['wo', 'ist', 'der', 'laden']],
  ])('leaves the thank-you formula out of %j', (text, lang, words) => {
    expect(wordsLeft(text, lang)).toEqual(words);
  });

  it.each([
    ['thanks a million', 'en'],
    ['thanks for your help', 'en'],
    ['grazie mille', 'it'],
  ])('keeps %j whole: the thanks are all it is about', (text, lang) => {
    expect(wordsLeft(text, lang)).toEqual(tokenizeText(text, lang).map((token) => token.word));
  });
});
