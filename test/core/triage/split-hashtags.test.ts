import { describe, expect, it } from 'vitest';
import { english } from '../../../src/core/triage/lexicons/english.ts';
import { hashtagVocabularyOf, splitHashtags, type HashtagVocabulary } from '../../../src/core/triage/split-hashtags.ts';

const vocabulary = (words: string[], stems: string[] = [], verdicts: string[] = []): HashtagVocabulary => ({
  words: new Set(words),
  stems: new Set(stems),
  verdicts: { words: new Set(verdicts), stems: new Set() },
});
const englishWords = vocabulary(
  ['tired', 'of', 'waiting', 'bad', 'customer', 'service', 'airport', 'totally', 'what', 'deal', 'never', 'again', 'down', 'fail', 'sucks'],
  ['disappoint'],
  ['fail', 'sucks'],
);

describe('splitHashtags', () => {
  it('splits a hashtag at its case changes', () => {
    expect(splitHashtags('flight late #NeverAgain #GoingForGreatnessFAIL', [englishWords])).toBe('flight late Never Again Going For Greatness FAIL');
  });

  it('splits a one-case hashtag into the fewest vocabulary words', () => {
    expect(splitHashtags('#tiredofwaiting #badcustomerservice #whatadeal', [englishWords])).toBe('tired of waiting bad customer service what a deal');
  });

  it('lets a stem take a common ending', () => {
    expect(splitHashtags('#totallydisappointed', [englishWords])).toBe('totally disappointed');
  });

  it('leaves a hashtag whole when the words of no single language cover it', () => {
    const spanish = vocabulary(['den', 'ver']);
    expect(splitHashtags('#denverairport #ryanaircancellations', [englishWords, spanish])).toBe('denverairport ryanaircancellations');
  });

  it('leaves words, short tags and brand spellings as they are', () => {
    expect(splitHashtags('#customer #ua #iPhone #eBay', [englishWords])).toBe('customer ua iPhone eBay');
  });

  it('splits letters from digits', () => {
    expect(splitHashtags('#Windows10 #UA1724', [englishWords])).toBe('Windows 10 UA 1724');
  });

  it('reads the words a lexicon is written with', () => {
    expect(splitHashtags('#horriblecustomerservice', [hashtagVocabularyOf(english)])).toBe('horrible customer service');
  });

  it('splits a name from the verdict after it', () => {
    expect(splitHashtags('#jetbluefail #unitedsucks', [englishWords])).toBe('jetblue fail united sucks');
  });

  it('splits no name from a word that is no verdict', () => {
    expect(splitHashtags('#oscarscountdown #countingdown', [englishWords])).toBe('oscarscountdown countingdown');
  });

  it('takes the verdicts from the lexicon\'s one-word complaints', () => {
    expect(splitHashtags('#usairwaysfail #flierfriendly', [hashtagVocabularyOf(english)])).toBe('usairways fail flierfriendly');
  });
});
