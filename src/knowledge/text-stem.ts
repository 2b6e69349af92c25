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

const stemmers = new Map<string, SnowballStemmer | null>();

function stemmerFor(lang: string): SnowballStemmer | null {
  let stemmer = stemmers.get(lang);
  if (stemmer === undefined) {
    const algorithm = ALGORITHMS[lang];
    stemmer = algorithm ? snowball.newStemmer(algorithm) : null;
    stemmers.set(lang, stemmer);
  }
  return stemmer;
}

/**
 * Snowball stem of a lower-case word; words of languages without a stemmer come back as they are.
 * Not cached here: tokenizeText keeps each word's whole token, stem included (word-cache.ts).
 */
export function stemWord(word: string, lang: string): string {
  return STEM_OVERRIDES[lang]?.get(word) ?? stemmerFor(lang)?.stem(word) ?? word;
}

/**
 * Words Snowball folds into another word's stem although they mean something else: Italian
 * "data" (a date) and "dati" (data) both become "dat", so "cambiare la data del volo" read as
 * "cambiare i dati".
 */
const STEM_OVERRIDES: Readonly<Record<string, ReadonlyMap<string, string>>> = {
  it: new Map([
    ['data', 'data'],
    ['date', 'data'],
  ]),
};
