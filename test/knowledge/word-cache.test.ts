import { describe, expect, it } from 'vitest';
import { createWordCache, createWordCachePerLanguage } from '../../src/knowledge/word-cache.ts';

describe('word caches', () => {
  it('computes a word once and hands back the same result', () => {
    const computed: string[] = [];
    const upper = createWordCache((word) => {
      computed.push(word);
      return { word: word.toUpperCase() };
    });
    const first = upper('ciao');
    expect(upper('ciao')).toBe(first);
    expect(computed).toEqual(['ciao']);
  });

  it('empties itself when full, so odd input cannot grow it forever', () => {
    let calls = 0;
    const length = createWordCache((word) => {
      calls += 1;
      return word.length;
    });
    length('first');
    for (let index = 0; index < 50_000; index += 1) length(`w${index}`);
    expect(calls).toBe(50_001);
    length('first');
    expect(calls).toBe(50_002);
  });

  it('keeps the languages apart', () => {
    const tagged = createWordCachePerLanguage((word, lang) => `${lang}:${word}`);
    expect(tagged('no', 'it')).toBe('it:no');
    expect(tagged('no', 'en')).toBe('en:no');
  });
});
