// One topic word with nothing asked or felt ("the app", "5 hours."): it names a topic, not a
// need, so an entry that shares the word would answer what nobody asked (the policy asks back).
import type { MessageTrait } from '../model.ts';
import { hasMatch, type TextAnalysis } from './analyze-text.ts';
import type { Surface } from './measure-surface.ts';
import { topicWordsOf } from './topic-words.ts';

// Traits that leave a lone word unexplained: a greeting says nothing more about it.
const SAYS_NOTHING_MORE: readonly MessageTrait[] = ['greeting'];
// ...in a post this short; a longer one says more than its one topic word ("you could have just
// said we don't know").
const MAX_LONE_WORD_POST_WORDS = 3;

export function isLoneTopicWord(
  analysis: TextAnalysis,
  lang: string,
  traits: readonly MessageTrait[],
  surface: Pick<Surface, 'angryEmoji' | 'happyEmoji' | 'ironicEmoji'>,
): boolean {
  if (!traits.every((trait) => SAYS_NOTHING_MORE.includes(trait))) return false;
  if (surface.angryEmoji + surface.happyEmoji + surface.ironicEmoji > 0 || hasMatch(analysis, 'negative')) return false;
  const { topic, spoken } = topicWordsOf(analysis, lang);
  return topic.length === 1 && spoken <= MAX_LONE_WORD_POST_WORDS;
}
