// What a message is, as a set of traits (MessageTrait in model.ts); the policy reads the set.
import type { InboundMessage, MessageTrait } from '../model.ts';
import type { ResponderSettings } from '../settings.ts';
import { hasMatch, type LexiconMatch, type TextAnalysis } from './analyze-text.ts';
import { isIronic } from './is-ironic.ts';
import { isSpam } from './is-spam.ts';
import { isVague } from './is-vague.ts';
import type { LexiconCategory } from './lexicons/lexicon.ts';
import type { Surface } from './measure-surface.ts';

export interface TraitInput {
  message: InboundMessage;
  settings: Pick<ResponderSettings, 'brandHandles' | 'brandUserIds'>;
  /** The cleaned question (no brand handles, reply handles or links). */
  question: string;
  analysis: TextAnalysis;
  surface: Surface;
  lang: string;
}

// The order of MessageTrait in model.ts, so output is stable and easy to read.
const ORDER: readonly MessageTrait[] = [
  'question', 'account', 'complaint', 'faulty', 'security', 'churn', 'ironic', 'legal', 'safety', 'abuse', 'human',
  'thanks', 'greeting', 'vague', 'spam', 'retweet', 'own-post',
];
// Categories that become a trait of the same name as soon as they occur.
const DIRECT: readonly (MessageTrait & LexiconCategory)[] = [
  'faulty', 'security', 'churn', 'legal', 'safety', 'abuse', 'human', 'thanks', 'greeting',
];
// With too little to act on, a "?", a "problema" or a bare "non va" are not yet a question or a
// report: the customer is asked what they mean.
const UNDONE_BY_VAGUENESS: readonly MessageTrait[] = ['question', 'complaint', 'faulty'];
// 'it says the status is "delivered"': the message follows its introduction within a few words.
const QUOTE_INTRO_MAX_GAP_WORDS = 3;
// Phrases that already say what a problem word in them is about.
const EXPLAINS_PROBLEM: ReadonlySet<LexiconCategory> = new Set([
  'faulty', 'security', 'churn', 'account', 'resolved', 'legal', 'safety', 'human', 'question', 'howTo',
]);
// Praise with any of these is not plain praise: it earns no thank-you.
const TROUBLE: readonly MessageTrait[] = ['complaint', 'faulty', 'security', 'churn', 'legal', 'safety', 'abuse'];

export function classifyTraits(input: TraitInput): MessageTrait[] {
  const { message, analysis } = input;
  const traits = new Set<MessageTrait>();
  for (const trait of DIRECT) if (hasMatch(analysis, trait)) traits.add(trait);
  if (quotesAMessage(analysis)) traits.add('faulty');
  if (asksQuestion(input)) traits.add('question');
  if (hasMatch(analysis, 'account') || (hasMatch(analysis, 'accountWeak') && !hasMatch(analysis, 'howTo'))) {
    traits.add('account');
  }
  const contrast = hasMatch(analysis, 'contrast');
  const glad = hasMatch(analysis, 'praise') || hasMatch(analysis, 'positive') || traits.has('thanks');
  // "It works again, thanks": a fault that is over is not reported. "Fixed, but now the TV is
  // down" or "is it fixed?" still are.
  if (hasMatch(analysis, 'resolved') && !contrast && !traits.has('question')) traits.delete('faulty');
  // A problem mentioned in thanks ("thanks for sorting the issue") is not a complaint.
  if (hasMatch(analysis, 'complaint') || (namesOtherProblem(analysis) && !(glad && !contrast))) traits.add('complaint');
  // Sarcastic thanks are not thanks, and they say the customer is unhappy.
  if (isIronic(analysis, input.surface)) {
    traits.add('ironic');
    traits.add('complaint');
    traits.delete('thanks');
  } else if (isPlainPraise(input, traits) || isOnlyHappyEmoji(input)) {
    traits.add('thanks');
  }
  if (isVague(analysis, input.lang, traits)) {
    traits.add('vague');
    for (const trait of UNDONE_BY_VAGUENESS) traits.delete(trait);
  }
  if (isSpam(analysis, input.surface, traits)) traits.add('spam');
  if (message.retweet === true || /^\s*RT @/i.test(message.text)) traits.add('retweet');
  if (isOwnPost(input)) traits.add('own-post');
  return ORDER.filter((trait) => traits.has(trait));
}

/**
 * A problem named ("issue", "delay", "not", "non") where no more specific phrase explains it:
 * "la fibra non va" is a fault, not also a complaint.
 */
function namesOtherProblem(analysis: TextAnalysis): boolean {
  const explained = analysis.matches.filter((m) => EXPLAINS_PROBLEM.has(m.category));
  return analysis.matches.some(
    (m) => m.category === 'problem' && !explained.some((e) => e.start < m.end && m.start < e.end),
  );
}

/** It says "payment declined", mi dà "errore 651": a quoted message from the app or the site is a fault report. */
function quotesAMessage(analysis: TextAnalysis): boolean {
  const intros = analysis.matches.filter((m) => m.category === 'quoteIntro');
  return analysis.quoted.some((range) => intros.some((m) => m.end <= range.start && range.start - m.end <= QUOTE_INTRO_MAX_GAP_WORDS));
}

/**
 * "Outstanding crew on my flight today", "got my burrito 😄": praise, or a smile with nothing to
 * ask, and nothing wrong, deserves a thank-you too.
 */
function isPlainPraise({ analysis, surface }: TraitInput, traits: ReadonlySet<MessageTrait>): boolean {
  const smiling = surface.happyEmoji > 0 && surface.angryEmoji + surface.ironicEmoji === 0 && !traits.has('question');
  if (!(hasMatch(analysis, 'praise') || smiling) || hasMatch(analysis, 'ironyLead')) return false;
  // "Love the new café but no brioche bun": praise with a "but" carries a gripe.
  if (hasMatch(analysis, 'contrast') || hasMatch(analysis, 'negative')) return false;
  return !TROUBLE.some((trait) => traits.has(trait));
}

function asksQuestion({ question, analysis }: TraitInput): boolean {
  if (question.includes('?') || question.includes('¿') || hasMatch(analysis, 'question')) return true;
  return analysis.matches.some((match) => match.category === 'questionStart' && opensSentence(match, analysis));
}

/** A question word counts at the start of a sentence, after any greeting ("ciao, come faccio"). */
function opensSentence(match: LexiconMatch, analysis: TextAnalysis): boolean {
  const { clauses } = analysis.tokens;
  let i = match.start - 1;
  while (i >= 0 && clauses[i] === clauses[match.start]) {
    const index = i;
    const greeting = analysis.matches.find((m) => m.category === 'greeting' && m.start <= index && index < m.end);
    if (greeting === undefined) return false;
    i = greeting.start - 1;
  }
  return true;
}

/** "🙏❤️" alone is thanks; a row of 😡 stays vague (what went wrong is still to ask). */
function isOnlyHappyEmoji({ analysis, surface }: TraitInput): boolean {
  return analysis.tokens.words.length === 0 && surface.happyEmoji > 0 && surface.angryEmoji + surface.ironicEmoji === 0;
}

function isOwnPost({ message, settings }: TraitInput): boolean {
  const handle = message.author.handle?.replace(/^@/, '').toLowerCase();
  return (
    settings.brandUserIds.includes(message.author.id) ||
    (handle !== undefined && settings.brandHandles.some((brand) => brand.replace(/^@/, '').toLowerCase() === handle))
  );
}
