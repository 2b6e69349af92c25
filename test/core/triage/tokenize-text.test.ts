import { describe, expect, it } from 'vitest';
import { tokenizeText } from '../../../src/core/triage/tokenize-text.ts';

describe('tokenizeText', () => {
  it('lowercases, removes accents and splits apostrophes', () => {
    expect(tokenizeText("Perché l'ordine NON è arrivato?").words).toEqual(['perche', 'l', 'ordine', 'non', 'e', 'arrivato']);
  });

  it('expands English contractions with or without the apostrophe', () => {
    expect(tokenizeText("doesn't dont can't won't I'd").words).toEqual(['does', 'not', 'do', 'not', 'can', 'not', 'will', 'not', 'i', 'would']);
  });

  it('expands a contraction only as a whole word: "cantina", "dontcha" and "isnotable" stay as they are', () => {
    expect(tokenizeText("cantina dontcha isnotable cant, l'isnt").words).toEqual(['cantina', 'dontcha', 'isnotable', 'can', 'not', 'l', 'isnt']);
  });

  it('reads "that\'d" and "it\'d" as "would", as "I\'d" is', () => {
    expect(tokenizeText("that'd be great, it’d help").words).toEqual(['that', 'would', 'be', 'great', 'it', 'would', 'help']);
  });

  it('starts a new clause at punctuation', () => {
    expect(tokenizeText('non va, grazie. ciao!').clauses).toEqual([0, 0, 1, 2]);
  });

  it('writes ß as ss', () => {
    expect(tokenizeText('Grüß Gott').words).toEqual(['gruss', 'gott']);
  });
});
