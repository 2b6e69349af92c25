// Too little to act on: after handles, greetings and words with no topic of their own ("help",
// "ho un problema", "non va") nothing is left. Such messages get a clarifying question.
import type { MessageTrait } from '../model.ts';
import { hasMatch, type TextAnalysis } from './analyze-text.ts';
import { LEXICONS_BY_LANGUAGE } from './lexicons/lexicons-by-language.ts';
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
  const stopWords = stopWordsOf(lang);
  const english = stopWordsOf('en');
  const greeting = new Set<number>();
  for (const match of analysis.matches) {
    if (match.category !== 'greeting') continue;
    for (let i = match.start; i < match.end; i++) greeting.add(i);
  }
  return analysis.tokens.words.every(
    (word, i) => greeting.has(i) || !/\p{L}/u.test(word) || word.length < 2 || stopWords.has(word) || english.has(word),
  );
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
