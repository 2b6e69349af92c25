// Too little to act on: after handles, greetings and words with no topic of their own ("help",
// "ho un problema", "non va") nothing is left. Such messages get a clarifying question.
import type { MessageTrait } from '../model.ts';
import { hasMatch, type TextAnalysis } from './analyze-text.ts';
import { topicWordsOf } from './topic-words.ts';

// A few words of these say enough: thanks, sarcasm, fraud, leaving, a threat, danger, insults.
const SAYS_ENOUGH: readonly MessageTrait[] = ['thanks', 'ironic', 'security', 'churn', 'legal', 'safety', 'abuse', 'bereavement'];

/** `lang` is the message's language. */
export function isVague(analysis: TextAnalysis, lang: string, traits: ReadonlySet<MessageTrait>): boolean {
  // Good news ("works again") says something too, even in a few words; so does a grievance in
  // words that have no topic of their own ("you never answer me", "non mi rispondete").
  if (SAYS_ENOUGH.some((trait) => traits.has(trait)) || hasMatch(analysis, 'positive') || hasMatch(analysis, 'complaint')) return false;
  return topicWordsOf(analysis, lang).topic.length === 0;
}
