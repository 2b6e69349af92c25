// Every word of every message and knowledge text goes through stemming, tokenizing and n-grams;
// a brand's vocabulary is small, so remembering each word's result turns that work into a
// lookup. Bounded (emptied when full) so odd input cannot grow it forever.

/** Most words remembered per cache. */
const MAX_WORDS = 50_000;

/** `compute` remembered per word; results are shared, so they must never be changed. */
export function createWordCache<T>(compute: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let value = known.get(word);
    if (value === undefined) {
      value = compute(word);
      if (known.size >= MAX_WORDS) known.clear();
      known.set(word, value);
    }
    return value;
  };
}

/** A word cache per language, made on first use. */
export function createWordCachePerLanguage<T>(compute: (word: string, lang: string) => T): (word: string, lang: string) => T {
  const caches = new Map<string, (word: string) => T>();
  return (word, lang) => {
    let cache = caches.get(lang);
    if (cache === undefined) {
      cache = createWordCache((each) => compute(each, lang));
      caches.set(lang, cache);
    }
    return cache(word);
  };
}
