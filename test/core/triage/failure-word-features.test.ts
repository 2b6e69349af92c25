import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/triage/analyze-text.ts';
import { failureWordFeatures, hasWordPart, wordModelFeatures } from '../../../src/core/triage/failure-word-features.ts';
import { LEXICONS_BY_LANGUAGE } from '../../../src/core/triage/lexicons/lexicons-by-language.ts';
import { tokenizeText } from '../../../src/core/triage/tokenize-text.ts';

const featuresOf = (text: string) => failureWordFeatures(tokenizeText(text));

describe('failureWordFeatures', () => {
  it('names each part a word plays, and the pairs of parts met in one clause', () => {
    const features = featuresOf('the app is down again. waiting');
    expect(features).toEqual(expect.arrayContaining(['%thing', '%failing', '%duration', '%waiting', '%failing&thing', '%duration&thing', '%duration&failing']));
    // "waiting" is in a clause of its own.
    expect(features).not.toContain('%thing&waiting');
  });

  it('counts a negator with what it negates ("does not load")', () => {
    expect(featuresOf('the page does not load')).toContain('%negator&working');
  });

  it('reads words in every language, accents or not', () => {
    expect(featuresOf('il volo è in ritardo da ore')).toEqual(expect.arrayContaining(['%thing', '%failing', '%duration', '%failing&thing']));
    expect(featuresOf('mon colis est bloque depuis lundi')).toContain('%failing');
    expect(featuresOf('mein Gepäck ist verloren')).toContain('%failing&thing');
    expect(featuresOf('la conexión no funciona')).toEqual(expect.arrayContaining(['%thing', '%negator', '%working']));
  });

  it('tells whether some words play a part, in any language', () => {
    expect(hasWordPart(['refund', 'for', 'my', 'order'], 'thing')).toBe(true);
    expect(hasWordPart(['rimborso'], 'thing')).toBe(true);
    expect(hasWordPart(['landed', 'safely'], 'thing')).toBe(false);
    expect(hasWordPart(['down'], 'thing')).toBe(false);
  });

  it('finds nothing in a post without such words', () => {
    expect(featuresOf('love the new menu, see you soon')).toEqual([]);
  });

  it('has lists of single words, each part in each lexicon', () => {
    for (const [lang, lexicon] of Object.entries(LEXICONS_BY_LANGUAGE)) {
      for (const [part, words] of Object.entries(lexicon.failureWords)) {
        expect(words.length, `${lang} ${part}`).toBeGreaterThan(0);
        for (const word of words) expect(word, `${lang} ${part}`).toMatch(/^[\p{L}\p{N}]+$/u);
      }
    }
  });
});

describe('wordModelFeatures', () => {
  it('leaves out the categories read only for the summary, the draft or one trait, so adding phrases to them moves no model', () => {
    const analysis = analyzeText('fed up, requesting a flight voucher since yesterday and the app is down', ['en']);
    const read = new Set(analysis.matches.map((match) => match.category));
    for (const category of ['outrage', 'sinceWhen', 'accountItem'] as const) {
      expect(read).toContain(category);
      expect(wordModelFeatures(analysis).signals).not.toContain(category);
    }
    expect(wordModelFeatures(analysis).signals).toContain('faulty');
  });

  it('leaves out a category matched only by phrases listed as not for the models', () => {
    const analysis = analyzeText('the app is down', ['en']);
    const [fault] = analysis.matches.filter((match) => match.category === 'faulty');
    expect(fault).toBeDefined();
    const ruleOnly = { ...analysis, matches: [{ ...fault!, notForModels: true as const }] };
    expect(wordModelFeatures(ruleOnly).signals).not.toContain('faulty');
    expect(wordModelFeatures({ ...analysis, matches: [fault!] }).signals).toContain('faulty');
  });
});
