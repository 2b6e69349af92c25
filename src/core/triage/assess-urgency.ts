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
  if (hasAny(traits, ALWAYS_HIGH) || hasMatch(analysis, 'urgent')) return 'high';
  if (sentiment === 'negative' && (surface.repeatedPunctuation || surface.shouting)) return 'high';
  if (hasAny(traits, NOTHING_TO_DO)) return 'low';
  const personal = hasAny(traits, PERSONAL);
  if (traits.includes('thanks') && !traits.includes('question') && !personal) return 'low';
  if (traits.includes('question') && sentiment !== 'negative' && !personal) return 'low';
  return 'normal';
}

function hasAny(traits: readonly MessageTrait[], wanted: readonly MessageTrait[]): boolean {
  return wanted.some((trait) => traits.includes(trait));
}
