import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/knowledge/text-features.ts';
import { tokenizeText } from '../../src/knowledge/text-tokenize.ts';

const keys = (text: string, lang = 'en') => [...extractFeatures(text, lang).counts.keys()];

describe('extractFeatures', () => {
  it('produces words, word pairs, content-word pairs and character grams when given a question', () => {
    const found = keys('why was my card declined');
    expect(found).toContain('wwhi'); // function words count: "why" vs "how" tells intents apart
    expect(found).toContain('bcard_declin');
    expect(found).toContain('kcard|declin');
    expect(found).toContain('c<car');
    expect(found).toContain('cned>');
  });

  it('keeps only content word stems when asked for words only (long answers)', () => {
    const found = keys('Your card was declined because the payment failed', 'en');
    const wordsOnly = [...extractFeatures('Your card was declined because the payment failed', 'en', { wordsOnly: true }).counts.keys()];
    expect(wordsOnly.every((k) => k.startsWith('w'))).toBe(true);
    expect(wordsOnly).not.toContain('wyour');
    expect(found.length).toBeGreaterThan(wordsOnly.length);
  });

  it('reads only the first words when a limit is given', () => {
    expect(extractFeatures('one card two card three card', 'en', { maxWords: 2 }).content).toEqual(['one', 'card']);
  });

  it('replaces a word with the known one when the corrector has a fix', () => {
    const known = tokenizeText('declined', 'en');
    const features = extractFeatures('card declned', 'en', { correct: (w) => (w === 'declned' ? known : undefined) });
    expect(features.corrected).toBe(1);
    expect(features.contentWords).toEqual(['card', 'declined']);
  });

  it('replaces a word with two when the corrector splits words run together', () => {
    const known = tokenizeText('impianto allaccio', 'it');
    const features = extractFeatures('costo impiantoallaccio', 'it', { correct: (w) => (w === 'impiantoallaccio' ? known : undefined) });
    expect(features.corrected).toBe(1);
    expect(features.contentWords).toEqual(['costo', 'impianto', 'allaccio']);
    expect(features.counts.has('bimpiant_allacc')).toBe(true);
  });
});
