// Too little to act on: after handles, greetings and words with no topic of their own ("help",
// "ho un problema", "non va") nothing is left. Such messages get a clarifying question.
import type { MessageTrait } from '../model.ts';
import { hasMatch, type TextAnalysis } from './analyze-text.ts';
import { LEXICONS_BY_LANGUAGE } from './lexicons/lexicons-by-language.ts';
import type { Surface } from './measure-surface.ts';
import { tokenizeText } from './tokenize-text.ts';

// A few words of these say enough: thanks, sarcasm, fraud, leaving, a threat, danger, insults.
const SAYS_ENOUGH: readonly MessageTrait[] = ['thanks', 'ironic', 'security', 'churn', 'legal', 'safety', 'abuse'];

// Built once per language from the lexicons (a cache of code-derived data, not state).
const stopWordSets = new Map<string, ReadonlySet<string>>();

/** `lang` is the message's language; English words are always discounted too, tweets mix them in. */
export function isVague(analysis: TextAnalysis, lang: string, traits: ReadonlySet<MessageTrait>): boolean {
  // Good news ("works again") says something too, even in a few words; so does a grievance in
  // words that have no topic of their own ("you never answer me", "non mi rispondete").
  if (SAYS_ENOUGH.some((trait) => traits.has(trait)) || hasMatch(analysis, 'positive') || hasMatch(analysis, 'complaint')) return false;
  return topicWordsOf(analysis, lang).length === 0;
}

// Traits that leave a lone word unexplained: "the app", "5 hours." ask nothing and report nothing.
const SAYS_NOTHING_MORE: readonly MessageTrait[] = ['greeting'];
// ...in a post this short; a longer one says more than its one topic word ("you could have just
// said we don't know").
const MAX_LONE_WORD_POST_WORDS = 3;

/**
 * One topic word with nothing asked or felt ("the app", "5 hours."): it names a topic, not a
 * need, so an entry that shares the word would answer what nobody asked.
 */
export function isLoneTopicWord(
  analysis: TextAnalysis,
  lang: string,
  traits: readonly MessageTrait[],
  surface: Pick<Surface, 'angryEmoji' | 'happyEmoji' | 'ironicEmoji'>,
): boolean {
  if (!traits.every((trait) => SAYS_NOTHING_MORE.includes(trait))) return false;
  if (surface.angryEmoji + surface.happyEmoji + surface.ironicEmoji > 0 || hasMatch(analysis, 'negative')) return false;
  const greetingWords = greetingIndices(analysis).size;
  return topicWordsOf(analysis, lang).length === 1 && analysis.tokens.words.length - greetingWords <= MAX_LONE_WORD_POST_WORDS;
}

/** The words left after greetings, numbers, one-letter words and words with no topic of their own. */
function topicWordsOf(analysis: TextAnalysis, lang: string): string[] {
  const stopWords = stopWordsOf(lang);
  const english = stopWordsOf('en');
  const greeting = greetingIndices(analysis);
  return analysis.tokens.words.filter(
    (word, i) => !(greeting.has(i) || !/\p{L}/u.test(word) || word.length < 2 || stopWords.has(word) || english.has(word)),
  );
}

function greetingIndices(analysis: TextAnalysis): Set<number> {
  const greeting = new Set<number>();
  for (const match of analysis.matches) {
    if (match.category !== 'greeting') continue;
    for (let i = match.start; i < match.end; i++) greeting.add(i);
  }
  return greeting;
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
