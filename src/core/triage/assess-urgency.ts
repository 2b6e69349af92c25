// How soon a human must look: high for things broken, dangerous, legal or fraudulent, for a
// customer about to leave, and for insistence with anger; low for thanks and general information
// (playbook: faults before information).
import type { MessageTrait, Sentiment, Urgency } from '../model.ts';
import { hasMatch, type TextAnalysis } from './analyze-text.ts';
import type { Surface } from './measure-surface.ts';

const ALWAYS_HIGH: readonly MessageTrait[] = ['safety', 'legal', 'security', 'faulty', 'churn'];
const NOTHING_TO_DO: readonly MessageTrait[] = ['spam', 'retweet', 'own-post'];
// A question about any of these is not "general information".
const PERSONAL: readonly MessageTrait[] = ['account', 'complaint', 'faulty', 'security', 'human', 'abuse', 'vague'];

export function assessUrgency(
  traits: readonly MessageTrait[],
  sentiment: Sentiment,
  analysis: TextAnalysis,
  surface: Surface,
): Urgency {
  const has = (trait: MessageTrait) => traits.includes(trait);
  if (ALWAYS_HIGH.some(has) || hasMatch(analysis, 'urgent')) return 'high';
  if (sentiment === 'negative' && (surface.repeatedPunctuation || surface.shouting)) return 'high';
  if (NOTHING_TO_DO.some(has)) return 'low';
  if (has('thanks') && !has('question') && !PERSONAL.some(has)) return 'low';
  if (has('question') && sentiment !== 'negative' && !PERSONAL.some(has)) return 'low';
  return 'normal';
}
