// How the customer feels about what they report: unhappy (a complaint), sarcastic, or thankful.
// Reads the lexicon matches and the traits found so far; classifyTraits applies the verdict.
import type { MessageTrait } from '../model.ts';
import { hasMatch, type LexiconMatch, type TextAnalysis } from './analyze-text.ts';
import { isIronic } from './is-ironic.ts';
import type { LexiconCategory } from './lexicons/lexicon.ts';
import type { Surface } from './measure-surface.ts';

export interface Tone {
  /** Stated dissatisfaction, or a problem named without thanks for its fix. */
  complaint: boolean;
  /** Praise or thanks that mean the opposite. */
  ironic: boolean;
  /** Genuine thanks or praise, with nothing wrong. */
  thanks: boolean;
  /** "It works again": a fault the post reports as over. */
  faultOver: boolean;
  /**
   * How the post names a problem that no specific phrase explains (and that it does not thank
   * for): with words of its own ("stuck", "still no updates", "instead of") or only a bare
   * negation ("not", "non", "pas").
   */
  namesProblem: 'no' | 'with-words' | 'by-negation';
}

// The bare negations of the problem lists: on their own they say something is not as it should
// be, not yet what ("vorrei cambiare piano, non è urgente").
const BARE_NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'never', 'non', 'mai', 'no', 'nunca', 'pas', 'jamais', 'nicht', 'kein', 'keine', 'nie',
]);

// Phrases that already say what a problem word in them is about ("la fibra non va" is a fault).
const EXPLAINS_PROBLEM: ReadonlySet<LexiconCategory> = new Set([
  'faulty', 'security', 'churn', 'account', 'resolved', 'legal', 'safety', 'human', 'question', 'howTo',
]);
// Praise next to any of these is not plain praise: it earns no thank-you.
const TROUBLE: readonly MessageTrait[] = ['complaint', 'faulty', 'security', 'churn', 'legal', 'safety', 'abuse'];

export function judgeTone(analysis: TextAnalysis, surface: Surface, traits: ReadonlySet<MessageTrait>): Tone {
  const contrast = hasMatch(analysis, 'contrast');
  const glad = hasMatch(analysis, 'praise') || hasMatch(analysis, 'positive') || traits.has('thanks');
  // "Fixed, but now the TV is down" and "is it fixed?" still report a fault.
  const faultOver = hasMatch(analysis, 'resolved') && !contrast && !traits.has('question');
  // A problem named in thanks ("thanks for sorting the issue") is not a complaint.
  const named = unexplainedProblems(analysis);
  const thankedFor = glad && !contrast;
  const namesProblem =
    named.length === 0 || thankedFor
      ? 'no'
      : named.some((m) => m.end - m.start > 1 || !BARE_NEGATIONS.has(analysis.tokens.words[m.start] ?? ''))
        ? 'with-words'
        : 'by-negation';
  const complaint = hasMatch(analysis, 'complaint') || namesProblem !== 'no';
  const ironic = isIronic(analysis, surface);
  const troubled = new Set(traits);
  if (complaint) troubled.add('complaint');
  if (faultOver) troubled.delete('faulty');
  return {
    complaint: complaint || ironic,
    ironic,
    thanks: !ironic && (traits.has('thanks') || isPlainPraise(analysis, surface, troubled)),
    faultOver,
    namesProblem,
  };
}

/** Problem words ("issue", "delay", "not", "non") that no more specific phrase explains. */
function unexplainedProblems(analysis: TextAnalysis): LexiconMatch[] {
  const explained = analysis.matches.filter((m) => EXPLAINS_PROBLEM.has(m.category));
  return analysis.matches.filter(
    (m) => m.category === 'problem' && !explained.some((e) => e.start < m.end && m.start < e.end),
  );
}

/**
 * "Outstanding crew on my flight today", "got my burrito 😄", "🙏❤️": praise, or a smile with
 * nothing to ask, and nothing wrong, deserves a thank-you too.
 */
function isPlainPraise(analysis: TextAnalysis, surface: Surface, traits: ReadonlySet<MessageTrait>): boolean {
  const smiling = surface.happyEmoji > 0 && surface.angryEmoji + surface.ironicEmoji === 0 && !traits.has('question');
  if (!(hasMatch(analysis, 'praise') || smiling) || hasMatch(analysis, 'ironyLead')) return false;
  // "Love the new café but no brioche bun": praise with a "but" carries a gripe.
  if (hasMatch(analysis, 'contrast') || hasMatch(analysis, 'negative')) return false;
  return !TROUBLE.some((trait) => traits.has(trait));
}
