// Whether a text holds a word that abuse phrases are made of (insults, curses), read from the
// lexicons of every language: a greeting never addresses someone as "Stupido" or "Merda", and
// the lists stay in one place.
import { createPhraseMatcher, type PhraseMatcher } from '../create-phrase-matcher.ts';
import { tokenizeText } from '../tokenize-text.ts';
import { matchesOf } from './lexicon.ts';
import { LEXICONS_BY_LANGUAGE } from './lexicons-by-language.ts';

/** Each word of the abuse phrases on its own ("idiot*", the "shit" of "piece of shit"). */
function abuseWords(): string[] {
  const lexicons = Object.values(LEXICONS_BY_LANGUAGE);
  // "of", "di", "you": parts of abuse phrases, no insult alone.
  const functionWords = new Set(
    lexicons.flatMap((lexicon) => lexicon.functionWords.flatMap((word) => tokenizeText(word).words)),
  );
  const isFunctionWord = (word: string) => functionWords.has(tokenizeText(word.replace(/\*$/u, '')).words.join(' '));
  return lexicons
    .flatMap((lexicon) => matchesOf(lexicon.phrases.abuse ?? { match: [] }))
    .flatMap((phrase) => phrase.split(/[\s|]+/u))
    .filter((word) => word !== '..' && !isFunctionWord(word));
}

// Compiled on first use (code-derived data, not state).
let matcher: PhraseMatcher<'abuse'> | undefined;

/** True when any word of `text` is a word of an abuse phrase of any language (case and accents ignored). */
export function hasAbuseWord(text: string): boolean {
  matcher ??= createPhraseMatcher([['abuse', abuseWords()]]);
  return matcher.find(tokenizeText(text)).length > 0;
}
