// The one line an agent reads first on a handoff: what the customer wants, in their own words,
// how they feel and how far their voice carries. Written in English for the desk; the customer's
// words are quoted short, with every personal-data value replaced by its type.
import type { Author, MessageTrait, PostSubject, Triage } from '../core/model.ts';
import { followersText } from '../core/followers-text.ts';
import { collapseWhitespace } from '../core/triage/text-patterns.ts';
import { redactPersonalData } from '../privacy/mask-personal-data.ts';
import { rankHandoffReasons, type HandoffReason } from './handoff-reasons.ts';

/** Longest quote of the customer, in characters: the gist at a glance, the rest is in the card. */
const EXCERPT_MAX_CHARS = 80;
/** Longest gist a model may give: one line of the card. */
const GIST_MAX_CHARS = 120;
/** Longest topic (a knowledge entry's title) shown. */
const TOPIC_MAX_CHARS = 80;
/** Handles X puts in front of a reply: not the customer's words. */
const LEADING_MENTIONS = /^(?:\s*@\w+)+/u;

const LABELS: Readonly<Record<HandoffReason, string>> = {
  'delivery-failed': "Bot's reply not delivered",
  'bot-error': 'The bot failed on this message',
  legal: 'Legal threat',
  safety: 'Safety issue',
  security: 'Security or fraud',
  bereavement: 'Bereavement',
  faulty: 'Fault',
  churn: 'Wants to leave',
  complaint: 'Complaint',
  account: 'Account matter',
  human: 'Wants a person',
  abuse: 'Abusive message',
  repeated: 'Wrote again while waiting',
  'no-confident-answer': 'Question without a confident answer',
  'no-answer-in-language': 'Question with no answer in their language',
  'no-decision': 'Not covered by the rules',
};

/** The same reasons for a post that asks nothing ("tried calling too, 25 min wait"): no "Question". */
const STATEMENT_LABELS: Readonly<Partial<Record<HandoffReason, string>>> = {
  'no-confident-answer': 'Nothing in the knowledge answers it',
  'no-answer-in-language': 'No replies in their language',
};

/** A fault's label when triage read what failed: agents see an order, a journey or a visit at once. */
const FAULT_LABELS: Readonly<Record<PostSubject, string>> = {
  order: 'Order problem',
  trip: 'Trip disrupted',
  visit: 'Visit or appointment missed',
};

export interface HandoffSummaryInput {
  reasons: readonly string[];
  /** What the customer wrote (the triage's cleaned question, or the message text). */
  words: string;
  author: Pick<Author, 'followers' | 'verified'>;
  lang: string;
  /** How the message was read, when the triage ran. */
  triage?: Pick<Triage, 'sentiment' | 'traits' | 'influencer' | 'subject' | 'angry'>;
  /** Title of the knowledge entry the handoff is about, if any. */
  topic?: string;
  /** What the customer wants in a model's words (checked): shown instead of their quoted words. */
  gist?: string;
}

/** "Fault: «la fibra non va da tre giorni» · angry · 1,500 followers · it". */
export function summarizeHandoff(input: HandoffSummaryInput): string {
  const [top] = rankHandoffReasons(input.reasons);
  const label = top === undefined ? 'Needs a person' : labelOf(top, input.triage);
  const gist = input.gist === undefined ? '' : cut(collapseWhitespace(redactPersonalData(input.gist)).trim(), GIST_MAX_CHARS);
  const excerpt = excerptOf(input.words);
  const parts = [gist !== '' ? `${label}: ${gist}` : excerpt === '' ? label : `${label}: «${excerpt}»`];
  if (input.triage !== undefined) parts.push(moodOf(input.triage));
  const reach = reachOf(input.author, input.triage?.influencer === true);
  if (reach !== undefined) parts.push(reach);
  parts.push(input.lang);
  if (input.topic !== undefined && input.topic.trim() !== '') parts.push(`topic: ${cut(input.topic.trim(), TOPIC_MAX_CHARS)}`);
  return parts.join(' · ');
}

function labelOf(reason: HandoffReason, triage: HandoffSummaryInput['triage']): string {
  if (reason === 'faulty' && triage?.subject !== undefined) return FAULT_LABELS[triage.subject];
  const asksNothing = triage !== undefined && !triage.traits.includes('question');
  return (asksNothing ? STATEMENT_LABELS[reason] : undefined) ?? LABELS[reason];
}

/** The customer's words without reply handles, personal data replaced, cut at a word. */
function excerptOf(words: string): string {
  const text = collapseWhitespace(redactPersonalData(words.replace(LEADING_MENTIONS, ' '))).trim();
  return cut(text, EXCERPT_MAX_CHARS);
}

function cut(text: string, maxChars: number): string {
  const chars = [...text];
  if (chars.length <= maxChars) return text;
  const head = chars.slice(0, maxChars - 1).join('');
  const atWord = head.replace(/\s+\S*$/u, '');
  return `${(atWord.length > maxChars / 2 ? atWord : head).trimEnd()}…`;
}

// A complaint or a wish to leave in neutral words ("they told us the wrong carousel number") is
// unhappy, not calm; praise that names a problem it thanks for stays happy.
const UNHAPPY_IN_ANY_WORDS: readonly MessageTrait[] = ['complaint', 'churn'];

function moodOf(triage: NonNullable<HandoffSummaryInput['triage']>): string {
  const traits: readonly string[] = triage.traits;
  if (traits.includes('abuse')) return 'abusive';
  if (traits.includes('ironic')) return 'sarcastic';
  if (traits.includes('bereavement')) return 'bereaved';
  if (triage.angry === true) return 'angry';
  if (triage.sentiment === 'positive') return 'happy';
  return triage.sentiment === 'negative' || UNHAPPY_IN_ANY_WORDS.some((trait) => traits.includes(trait)) ? 'unhappy' : 'calm';
}

function reachOf(author: HandoffSummaryInput['author'], influencer: boolean): string | undefined {
  const parts: string[] = [];
  if (author.followers !== undefined) parts.push(followersText(author.followers));
  if (author.verified === true) parts.push('verified');
  if (influencer) parts.push('influencer');
  return parts.length === 0 ? undefined : parts.join(', ');
}
