// What a message is, as a set of traits (MessageTrait in model.ts); the policy reads the set.
import type { InboundMessage, MessageTrait, Sentiment } from '../model.ts';
import type { ResponderSettings } from '../settings.ts';
import { hasMatch, quotesAStatus, type LexiconMatch, type TextAnalysis } from './analyze-text.ts';
import { isSpam } from './is-spam.ts';
import { isVague } from './is-vague.ts';
import { judgeTone, type Tone } from './judge-tone.ts';
import { leavesForRival } from './leaves-for-rival.ts';
import type { LexiconCategory } from './lexicons/lexicon.ts';
import type { Surface } from './measure-surface.ts';
import { readUrgentTraits } from './score-urgent.ts';
import { statesACostAfterThanks } from './states-a-cost-after-thanks.ts';

export interface TraitInput {
  message: InboundMessage;
  settings: Pick<ResponderSettings, 'brandHandles' | 'brandUserIds' | 'languages'>;
  /** The cleaned question (no brand handles, reply handles or links). */
  question: string;
  analysis: TextAnalysis;
  surface: Surface;
  lang: string;
  /** How the words read, before sarcasm is known (scoreSentiment). */
  wordSentiment: Sentiment;
  /** The post holds personal data (an e-mail, a phone number...): details handed over for something still to do. */
  sharesPersonalData: boolean;
}

// The order of MessageTrait in model.ts, so output is stable and easy to read.
const ORDER: readonly MessageTrait[] = [
  'question', 'account', 'complaint', 'faulty', 'security', 'churn', 'ironic', 'legal', 'safety', 'abuse', 'human',
  'bereavement', 'thanks', 'greeting', 'vague', 'spam', 'retweet', 'own-post',
];
// Categories that become a trait of the same name as soon as they occur.
const DIRECT: readonly (MessageTrait & LexiconCategory)[] = [
  'faulty', 'security', 'churn', 'legal', 'safety', 'abuse', 'human', 'bereavement', 'thanks', 'greeting',
];
// With too little to act on, a "?", a "problema" or a bare "non va" are not yet a question or a
// report: the customer is asked what they mean.
const UNDONE_BY_VAGUENESS: readonly MessageTrait[] = ['question', 'complaint', 'faulty'];
// Traits that already say what an unhappy post is about.
const SAYS_MORE: readonly MessageTrait[] = ['question', 'complaint', 'faulty', 'security', 'churn', 'legal', 'safety', 'abuse', 'human', 'bereavement', 'account'];
// "@SouthwestAir is the best airline.", "@united has the best pilots": a handle then a verb is the
// sentence's subject, not the addressee of a question (without a "?", "is my..." opens no question).
const HANDLE_AS_SUBJECT = /^\W*@\w+\s+(?:is|are|was|were|has|have|had)\b/i;
// 'it says the status is "delivered"': the message follows its introduction within a few words.
const QUOTE_INTRO_MAX_GAP_WORDS = 3;

export function classifyTraits(input: TraitInput): MessageTrait[] {
  const { message, analysis } = input;
  const traits = new Set<MessageTrait>();
  for (const trait of DIRECT) if (hasMatch(analysis, trait)) traits.add(trait);
  if (quotesAMessage(analysis)) traits.add('faulty');
  if (asksQuestion(input)) traits.add('question');
  if (
    hasMatch(analysis, 'account') ||
    input.surface.bookingReference ||
    isAccountItemAsked(analysis, traits) ||
    (hasMatch(analysis, 'accountWeak') && !hasMatch(analysis, 'howTo'))
  ) {
    traits.add('account');
  }
  const tone = readsAsSarcasmIfCosted(judgeTone(analysis, input.surface, traits), input);
  // Danger and fraud told in words no phrase names; thanks for help in one are not one.
  if (!tone.thanks) for (const trait of readUrgentTraits(analysis)) traits.add(trait);
  // "Got a strange text about a parcel fee, didn't click anything, just flagging it": a report, no fraud under way.
  if (hasMatch(analysis, 'noHarmDone') && !hasMatch(analysis, 'contrast')) traits.delete('security');
  if (tone.faultOver) traits.delete('faulty');
  // "Thanks, my refund arrived today", "thanks for the refund!": thanks for an account matter that
  // is settled leaves nothing to take to a DM (a question, a "but" or details handed over for it
  // still do: "thanks, my email is ... for the refund").
  if (tone.thanks && !traits.has('question') && !input.sharesPersonalData && (tone.faultOver || thanksForSolution(analysis))) {
    traits.delete('account');
  }
  // Sarcastic thanks are not thanks; sarcasm says the customer is unhappy.
  if (tone.complaint) traits.add('complaint');
  if (reportsFault(tone, traits, analysis, input.wordSentiment)) traits.add('faulty');
  // Unhappy words stated with nothing more specific ("what a nightmare", "so upset with you"): a
  // grievance, which a person reads at the usual priority, not at the bottom of the queue. Asked,
  // they are no grievance yet ("is data expensive in Zurich?").
  if (input.wordSentiment === 'negative' && !tone.thanks && !SAYS_MORE.some((trait) => traits.has(trait))) traits.add('complaint');
  if (tone.ironic) traits.add('ironic');
  // "How do I cancel? I've had enough": asking how to leave, unhappy, is a customer about to leave.
  if (hasMatch(analysis, 'cancelAsk') && (traits.has('complaint') || traits.has('faulty'))) traits.add('churn');
  const unhappy = traits.has('complaint') || traits.has('faulty') || input.wordSentiment === 'negative';
  if (!tone.thanks && leavesForRival(input.question, unhappy)) traits.add('churn');
  // "Tough to be loyal", "if you want our continued loyalty...": loyalty put on the table in a grievance.
  if (!tone.thanks && unhappy && hasMatch(analysis, 'loyalty')) traits.add('churn');
  // Tagging a regulator takes a grievance over the brand's head; thanking one does not.
  if (input.surface.regulatorTagged && !tone.thanks) traits.add('legal');
  if (tone.thanks) traits.add('thanks');
  else traits.delete('thanks');
  if (isVague(analysis, input.lang, traits)) {
    traits.add('vague');
    for (const trait of UNDONE_BY_VAGUENESS) traits.delete(trait);
  }
  if (isSpam(analysis, input.surface, traits)) traits.add('spam');
  if (message.retweet === true || /^\s*RT @/i.test(message.text)) traits.add('retweet');
  if (isOwnPost(input)) traits.add('own-post');
  return ORDER.filter((trait) => traits.has(trait));
}

/** Thanks, then a sentence that counts what it cost: sarcasm, a complaint (states-a-cost-after-thanks.ts). */
function readsAsSarcasmIfCosted(tone: Tone, { question, settings }: TraitInput): Tone {
  if (!tone.thanks || !statesACostAfterThanks(question, settings.languages)) return tone;
  return { ...tone, thanks: false, ironic: true, complaint: true };
}

/**
 * A problem named in the customer's own words ("stuck for hours", "instead of"), or a negation
 * asked about ("why isn't it reading my SD card anymore?") or said unhappily ("still no updates...
 * no news on the app"), is something of ours that does not work: a fault, whatever words name the
 * thing. A stated dissatisfaction ("non va bene che mi rispondiate dopo una settimana") stays a
 * complaint, and a calm negation ("non è urgente") is no problem at all.
 */
function reportsFault(tone: Tone, traits: ReadonlySet<MessageTrait>, analysis: TextAnalysis, sentiment: Sentiment): boolean {
  if (tone.faultOver || hasMatch(analysis, 'complaint')) return false;
  if (tone.namesProblem === 'with-words') return true;
  return tone.namesProblem === 'by-negation' && (traits.has('question') || sentiment === 'negative');
}

/** Thanks for what was done ("thanks for the refund"), with no "but" taking it back. */
function thanksForSolution(analysis: TextAnalysis): boolean {
  return hasMatch(analysis, 'thanks') && hasMatch(analysis, 'resolution') && !hasMatch(analysis, 'contrast');
}

/**
 * It says "payment declined", mi dà "errore 651", "delivered" (it was not): a quoted message from the
 * app or the site is a fault report.
 */
function quotesAMessage(analysis: TextAnalysis): boolean {
  if (quotesAStatus(analysis)) return true;
  const intros = analysis.matches.filter((m) => m.category === 'quoteIntro');
  return analysis.quoted.some((range) =>
    intros.some((m) => m.end <= range.start && range.start - m.end <= QUOTE_INTRO_MAX_GAP_WORDS),
  );
}

function asksQuestion({ question, analysis, message }: TraitInput): boolean {
  if (question.includes('?') || question.includes('¿') || hasMatch(analysis, 'question')) return true;
  const subjectHandle = HANDLE_AS_SUBJECT.test(message.text);
  return analysis.matches.some(
    (match) => match.category === 'questionStart' && opensSentence(match, analysis) && !(subjectHandle && match.start === 0),
  );
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

function isOwnPost({ message, settings }: TraitInput): boolean {
  const handle = message.author.handle?.replace(/^@/, '').toLowerCase();
  return (
    settings.brandUserIds.includes(message.author.id) ||
    (handle !== undefined && settings.brandHandles.some((brand) => brand.replace(/^@/, '').toLowerCase() === handle))
  );
}

/**
 * A booking's or a bill's own item is an account matter when the customer asks about it; thanks
 * or praise that ask nothing are for what was done ("thanks for the complimentary upgrade to first").
 */
function isAccountItemAsked(analysis: TextAnalysis, traits: ReadonlySet<MessageTrait>): boolean {
  if (!hasMatch(analysis, 'accountItem')) return false;
  const glad = hasMatch(analysis, 'thanks') || hasMatch(analysis, 'praise');
  return !glad || traits.has('question') || hasMatch(analysis, 'request');
}
