import { normalizeText } from './text-normalize.ts';
import { stemWord } from './text-stem.ts';
import { isGenericStem } from './text-generic-words.ts';
import { isStopWord } from './text-stop-words.ts';
import { stripAccents } from './text-strip-accents.ts';
import { createWordCachePerLanguage } from './word-cache.ts';

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

/**
 * The words of a customer's message or of a knowledge text in `lang`. Stems are taken before the
 * accents are stripped (the Snowball rules read them), so "perché" and "perche" meet.
 */
export function tokenizeText(text: string, lang: string): TextToken[] {
  const normalized = normalizeText(text, lang);
  if (!normalized) return [];
  return normalized.split(' ').map((raw) => tokenOf(raw, lang));
}

const tokenOf = createWordCachePerLanguage((raw: string, lang: string): TextToken => {
  const word = stripAccents(raw);
  const stop = isStopWord(raw, lang) || isStopWord(word, lang) || DIGITS.test(raw);
  const stem = stripAccents(stemWord(raw, lang));
  return { word, stem, stop, generic: !stop && isGenericStem(stem, lang) };
});
