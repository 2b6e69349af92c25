import { describe, expect, it } from 'vitest';
import { createListMatcher, createPhraseMatcher } from '../../../src/core/triage/create-phrase-matcher.ts';
import { tokenizeText } from '../../../src/core/triage/tokenize-text.ts';

function matches(phrase: string, text: string): boolean {
  return createPhraseMatcher([['x', [phrase]]]).find(tokenizeText(text)).length > 0;
}

describe('createPhraseMatcher', () => {
  it.each([
    ['rimborso', 'vorrei un rimborso', true],
    ['rimborso', 'vorrei un rimborsone', false],
    ['addebit*', 'mi avete addebitato', true],
    ['addebit*', 'mi avete tolto', false],
    ['non va|vanno', 'le chiamate non vanno', true],
    ['mi avete .. addebitato', 'mi avete di nuovo addebitato', true],
    ['mi avete .. addebitato', 'mi avete per la terza volta addebitato', false],
    ['mi avete .. addebitato', 'mi avete addebitato', true],
    ["non c'è campo", 'non c e campo', true],
    ['non c e campo', "non c’è campo", true],
    ['perché', 'perche?', true],
    ['does not work', "it doesn't work", true],
    ['does not work', 'it doesnt work', true],
    ['can not connect', "I can't connect", true],
    ['señal', 'sin senal', true],
    ['non funziona', 'non. funziona', false],
  ])('matches "%s" in "%s": %s', (phrase, text, expected) => {
    expect(matches(phrase, text)).toBe(expected);
  });

  it('reports the category and the word span', () => {
    const matcher = createPhraseMatcher([
      ['fault', ['non va']],
      ['thanks', ['grazie']],
    ]);
    expect(matcher.find(tokenizeText('grazie, la fibra non va'))).toEqual([
      { category: 'thanks', start: 0, end: 1 },
      { category: 'fault', start: 3, end: 5 },
    ]);
  });

  it('reports the phrases one word starts in the order they were written, whatever follows it', () => {
    // The matcher looks phrases up by their first two words; the lookup must not reorder them.
    const matcher = createPhraseMatcher([
      ['gap', ['not .. working|work']],
      ['exact', ['not working|work']],
      ['prefix', ['not work*']],
      ['alone', ['not']],
    ]);
    expect(matcher.find(tokenizeText('still not working')).map((m) => m.category)).toEqual(['gap', 'exact', 'prefix', 'alone']);
    expect(matcher.find(tokenizeText('not. working')).map((m) => m.category)).toEqual(['alone']);
    expect(matcher.find(tokenizeText('not at all working')).map((m) => m.category)).toEqual(['gap', 'alone']);
  });

  it.each(['.. rimborso', 'rimborso ..', 'mi .. .. addebitato', '!!!', "c'è|ci"])('rejects the malformed phrase "%s"', (phrase) => {
    expect(() => createPhraseMatcher([['x', [phrase]]])).toThrow(/lexicon phrase/);
  });
});

describe('createListMatcher', () => {
  const matcher = createListMatcher([
    ['order', { match: ['order'], except: ['in order to'] }],
    ['idiom', { match: ['in order'] }],
  ]);
  const found = (text: string) => matcher.find(tokenizeText(text)).map((m) => m.category);

  it('cancels a match that an exception of its own category overlaps', () => {
    expect(found('my order never came')).toEqual(['order']);
    expect(found('I called to fix it')).toEqual([]);
    expect(found('I called in order to fix it')).not.toContain('order');
  });

  it('keeps a match of another category where an exception overlaps', () => {
    expect(found('I called in order to fix it')).toEqual(['idiom']);
  });

  it('counts a despite phrase although an exception overlaps it', () => {
    const churn = createListMatcher([
      ['churn', { match: ['switching to'], except: ['switching to you'], despite: ['regret switching to you'] }],
    ]);
    const churnIn = (text: string) => churn.find(tokenizeText(text)).map((m) => m.category);
    expect(churnIn('switching to a rival')).toEqual(['churn']);
    expect(churnIn('finally switching to you')).toEqual([]);
    expect(churnIn('I regret switching to you')).toEqual(['churn']);
  });
});
