import { normalizeText } from './text-normalize.ts';
import { stemWord } from './text-stem.ts';
import { isGenericStem } from './text-generic-words.ts';
import { isStopWord } from './text-stop-words.ts';
import { stripAccents } from './text-strip-accents.ts';

export interface TextToken {
  /** The word as written, lower case and without accents. */
  word: string;
  /** Its Snowball stem, without accents. */
  stem: string;
  /** Function word, greeting or number: how the customer asks, not what. */
  stop: boolean;
  /** A content word of asking or complaining in general ("help", "problem"): not a topic. */
  generic: boolean;
}

const DIGITS = /^\p{N}+$/u;

// Every word of every message is read this way; a brand's vocabulary is small, so a per-language
// cache turns it into one lookup. Bounded so odd input cannot grow it forever. Tokens are shared:
// nobody changes one.
const MAX_CACHED_WORDS_PER_LANGUAGE = 50_000;
const tokenCaches = new Map<string, Map<string, Readonly<TextToken>>>();

/**
 * The words of a customer's message or of a knowledge text in `lang`. Stems are taken before the
 * accents are stripped (the Snowball rules read them), so "perché" and "perche" meet.
 */
export function tokenizeText(text: string, lang: string): TextToken[] {
  const normalized = normalizeText(text, lang);
  if (!normalized) return [];
  let cache = tokenCaches.get(lang);
  if (cache === undefined) {
    cache = new Map();
    tokenCaches.set(lang, cache);
  }
  const known = cache;
  return normalized.split(' ').map((raw) => {
    let token = known.get(raw);
    if (token === undefined) {
      token = readWord(raw, lang);
      if (known.size >= MAX_CACHED_WORDS_PER_LANGUAGE) known.clear();
      known.set(raw, token);
    }
    return token;
  });
}

function readWord(raw: string, lang: string): TextToken {
  const word = stripAccents(raw);
  const stop = isStopWord(raw, lang) || isStopWord(word, lang) || DIGITS.test(raw);
  const stem = stripAccents(stemWord(raw, lang));
  return { word, stem, stop, generic: !stop && isGenericStem(stem, lang) };
}
