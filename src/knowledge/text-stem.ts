import { createRequire } from 'node:module';

// snowball-stemmers is CommonJS without types; this is the part of its API we use.
interface SnowballStemmer {
  stem(word: string): string;
}
interface SnowballModule {
  newStemmer(language: string): SnowballStemmer;
}

const snowball = createRequire(import.meta.url)('snowball-stemmers') as SnowballModule;

const ALGORITHMS: Record<string, string> = {
  it: 'italian',
  en: 'english',
  es: 'spanish',
  fr: 'french',
  de: 'german',
  pt: 'portuguese',
  nl: 'dutch',
  ca: 'catalan',
  ro: 'romanian',
  sv: 'swedish',
  da: 'danish',
  no: 'norwegian',
  fi: 'finnish',
};

// Stemming runs on every word of every message; the vocabulary of one brand is small, so a
// per-language cache turns it into a Map lookup. Bounded so odd input cannot grow it forever.
const MAX_CACHED_WORDS_PER_LANGUAGE = 50_000;

const stemmers = new Map<string, SnowballStemmer | null>();
const caches = new Map<string, Map<string, string>>();

function stemmerFor(lang: string): SnowballStemmer | null {
  let stemmer = stemmers.get(lang);
  if (stemmer === undefined) {
    const algorithm = ALGORITHMS[lang];
    stemmer = algorithm ? snowball.newStemmer(algorithm) : null;
    stemmers.set(lang, stemmer);
  }
  return stemmer;
}

/** Snowball stem of a lower-case word; words of languages without a stemmer come back as they are. */
export function stemWord(word: string, lang: string): string {
  const stemmer = stemmerFor(lang);
  if (!stemmer) return word;
  let cache = caches.get(lang);
  if (!cache) {
    cache = new Map();
    caches.set(lang, cache);
  }
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const stem = stemmer.stem(word);
  if (cache.size >= MAX_CACHED_WORDS_PER_LANGUAGE) cache.clear();
  cache.set(word, stem);
  return stem;
}
