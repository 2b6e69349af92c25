import { describe, expect, it } from 'vitest';
import { createTypoCorrector } from '../../src/knowledge/match-typo-corrector.ts';
import { tokenizeText } from '../../src/knowledge/text-tokenize.ts';

const correct = createTypoCorrector(
  tokenizeText('ricaricare la sim, ricaricare il credito, fattura mensile, roaming, nuovo impianto, allaccio, contratto', 'it'),
);
const fix = (word: string) => correct(word)?.map((token) => token.word).join(' ');

describe('createTypoCorrector', () => {
  it.each([
    ['ricaricre', 'ricaricare'], // a letter left out
    ['ricaricarre', 'ricaricare'], // a letter too many
    ['fatture', 'fattura'], // a letter changed
    ['fatutra', 'fattura'], // two letters swapped
  ])('corrects %s to the known word when it is one edit away', (typo, known) => {
    expect(fix(typo)).toBe(known);
  });

  it('returns the stem of the known word when it corrects one', () => {
    expect(correct('ricaricre')?.[0]?.stem).toBe(tokenizeText('ricaricare', 'it')[0]?.stem);
  });

  it('leaves a word alone when the knowledge already has it', () => {
    expect(fix('fattura')).toBeUndefined();
  });

  it('leaves short words alone when a correction would be a guess', () => {
    expect(fix('sin')).toBeUndefined();
  });

  it.each([
    ['impiantoallaccio', 'impianto allaccio'],
    ['fatturamensile', 'fattura mensile'],
  ])('splits %s into the two known words it runs together', (typo, known) => {
    expect(fix(typo)).toBe(known);
  });

  it.each([
    ['simcredito', 'a piece shorter than four letters'],
    ['impiantopizza', 'a piece the knowledge does not know'],
  ])('leaves %s whole when it cannot be two known words (%s)', (word) => {
    expect(fix(word)).toBeUndefined();
  });

  it.each([
    ['flight', 'light', 'a letter added before it'],
    ['slight', 'light', 'another letter added before it'],
    ['tattura', 'fattura', 'its first letter changed'],
  ])('leaves %s alone, not read as "%s" (%s): misspellings rarely touch the first letter', (word, known) => {
    const corrector = createTypoCorrector(tokenizeText(`${known} del modem, corrente`, 'it'));
    expect(corrector(word)).toBeUndefined();
  });

  it('leaves a word alone when no known word is one edit away', () => {
    expect(fix('partita')).toBeUndefined();
    expect(fix('fatuttra')).toBeUndefined();
  });
});
