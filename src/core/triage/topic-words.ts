// The words of a post that carry a topic: what is left after greetings, numbers, one-letter
// words and words with no topic of their own ("help", "problema", "va"). Vagueness and the lone
// topic word are both read from them.
import type { TextAnalysis } from './analyze-text.ts';
import { LEXICONS_BY_LANGUAGE } from './lexicons/lexicons-by-language.ts';
import { tokenizeText } from './tokenize-text.ts';

export interface TopicWords {
  topic: string[];
  /** Words other than greetings, topical or not. */
  spoken: number;
}

// Built once per language from the lexicons (a cache of code-derived data, not state).
const stopWordSets = new Map<string, ReadonlySet<string>>();

/** `lang` is the message's language; English words are always discounted too, tweets mix them in. */
export function topicWordsOf(analysis: TextAnalysis, lang: string): TopicWords {
  const stopWords = stopWordsOf(lang);
  const english = stopWordsOf('en');
  const greeting = new Set<number>();
  for (const match of analysis.matches) {
    if (match.category !== 'greeting') continue;
    for (let i = match.start; i < match.end; i++) greeting.add(i);
  }
  const topic = analysis.tokens.words.filter(
    (word, i) => !(greeting.has(i) || !/\p{L}/u.test(word) || word.length < 2 || stopWords.has(word) || english.has(word)),
  );
  return { topic, spoken: analysis.tokens.words.length - greeting.size };
}

function stopWordsOf(lang: string): ReadonlySet<string> {
  let set = stopWordSets.get(lang);
  if (set === undefined) {
    const lexicon = LEXICONS_BY_LANGUAGE[lang];
    const words = lexicon === undefined ? [] : [...lexicon.functionWords, ...lexicon.fillerWords, ...lexicon.negators];
    set = new Set(words.flatMap((word) => tokenizeText(word).words));
    stopWordSets.set(lang, set);
  }
  return set;
}
