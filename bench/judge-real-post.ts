// What the bot did with one labelled real post, and which of the evaluation's errors that is.
// Pure: the bench runs the responder, this reads the actions (the public contract) and, for the
// replies that carry no knowledge source, the plan step that wrote them.
import { PRIORITIES, type PostSubject, type Priority } from '../src/core/model.ts';
import type { HandledMessage } from '../src/core/responder.ts';
import { rankHandoffReasons } from '../src/llm/handoff-reasons.ts';
import { needsHighPriority, type RealPost } from './read-real-posts.ts';

export const BOT_ACTIONS = ['answer', 'thank-you', 'ask-back', 'dm', 'dm+handoff', 'handoff', 'ignore', 'other'] as const;
export type BotAction = (typeof BOT_ACTIONS)[number];

/** Each error the evaluation counts, with what it means (printed with its example ids). */
export const ERROR_KINDS = {
  'no-handoff': 'labelled handoff, the bot did not hand off',
  'priority-too-low': 'labelled dm/handoff, the bot handed off below the minimum priority',
  'missed-high': 'minimum priority high/urgent, no handoff at that level',
  'wrong-answer': 'a public knowledge answer to a post not labelled answer, or from the wrong entry',
  'wrong-thanks': 'a public thank-you to a post labelled thanks=false',
  'missed-thanks': 'labelled thanks, no public thank-you',
  'ask-back-to-problem': 'an ask-back to a post not labelled ask-back',
  'missed-ask-back': 'labelled ask-back, the bot did something else',
  'no-dm': 'labelled dm, the bot did not continue in a DM',
  'draft-is-hold': 'the handoff draft is the holding reply the bot just posted',
} as const;
export type ErrorKind = keyof typeof ERROR_KINDS;

export interface Verdict {
  post: RealPost;
  bot: BotAction;
  /** The handoff's priority, when the bot handed off. */
  priority?: Priority;
  /**
   * What the agent's draft for a fault asks about, when a fault is the handoff's main reason: the
   * order number, the booking reference, or since when a service fails.
   */
  faultDraft?: PostSubject | 'service';
  /** Knowledge ids of the public replies. */
  publicSources: string[];
  /** The language the bot answered or handed off in. */
  lang?: string;
  /** The decision is what the label asks for (see `isRightDecision`). */
  right: boolean;
  errors: ErrorKind[];
}

export function judgeRealPost(post: RealPost, handled: HandledMessage): Verdict {
  const { label } = post;
  const { actions } = handled;
  const handoff = actions.find((action) => action.type === 'handoff');
  const replies = actions.filter((action) => action.type === 'reply');
  const publicSources = replies.flatMap((reply) => reply.sources);
  const bot = botActionOf(handled);
  const priority = handoff?.priority;
  const atLeast = (minimum: Priority | undefined) =>
    minimum !== undefined && priority !== undefined && rank(priority) >= rank(minimum);

  const errors: ErrorKind[] = [];
  const handedOff = handoff !== undefined;
  if (label.action === 'handoff' && !handedOff) errors.push('no-handoff');
  if (label.minPriority !== undefined && handedOff && !atLeast(label.minPriority)) errors.push('priority-too-low');
  if (needsHighPriority(label) && !atLeast(label.minPriority)) {
    errors.push('missed-high');
  }
  if (publicSources.length > 0 && (label.action !== 'answer' || !publicSources.includes(label.entry ?? ''))) {
    errors.push('wrong-answer');
  }
  // A thank-you or an ask-back is wrong even next to other steps (a future plan may combine them).
  const steps = planSteps(handled);
  if (steps.includes('thank') && !label.thanks) errors.push('wrong-thanks');
  if (label.action === 'answer' && label.thanks && bot !== 'thank-you') errors.push('missed-thanks');
  if (steps.includes('ask-back') && label.action !== 'ask-back') errors.push('ask-back-to-problem');
  if (label.action === 'ask-back' && bot !== 'ask-back') errors.push('missed-ask-back');
  if (label.action === 'dm' && bot !== 'dm' && bot !== 'dm+handoff') errors.push('no-dm');
  if (handoff !== undefined && handoff.draft !== '' && replies.some((reply) => reply.text === handoff.draft)) {
    errors.push('draft-is-hold');
  }
  const lang = handoff?.lang ?? replies[0]?.lang;
  const faultDraft =
    handoff !== undefined && rankHandoffReasons(handoff.reasons)[0] === 'faulty'
      ? (handled.explanation?.triage.subject ?? 'service')
      : undefined;
  return {
    post,
    bot,
    ...(priority !== undefined ? { priority } : {}),
    ...(faultDraft !== undefined ? { faultDraft } : {}),
    publicSources,
    ...(lang !== undefined ? { lang } : {}),
    right: isRightDecision(post, bot, atLeast(label.minPriority), publicSources),
    errors,
  };
}

/**
 * The label's action done: thanks get a thank-you; a question gets the right entry, or a person
 * when the knowledge has no entry for it; a vague post gets an ask-back; an account matter
 * continues in a DM; a handoff reaches a person at the minimum priority or above.
 */
function isRightDecision(post: RealPost, bot: BotAction, priorityMet: boolean, publicSources: string[]): boolean {
  const { label } = post;
  switch (label.action) {
    case 'answer':
      if (label.thanks) return bot === 'thank-you';
      if (label.entry !== undefined) return bot === 'answer' && publicSources.includes(label.entry);
      return bot === 'handoff';
    case 'ask-back':
      return bot === 'ask-back';
    case 'dm':
      return bot === 'dm' || bot === 'dm+handoff';
    case 'handoff':
      return (bot === 'handoff' || bot === 'dm+handoff') && priorityMet;
  }
}

/** The strongest thing the bot did: a person, a DM, a knowledge answer, then the template replies. */
export function botActionOf(handled: HandledMessage): BotAction {
  const { actions } = handled;
  const has = (type: string) => actions.some((action) => action.type === type);
  if (has('handoff')) return has('dm') ? 'dm+handoff' : 'handoff';
  if (has('dm')) return 'dm';
  if (actions.some((action) => action.type === 'reply' && action.sources.length > 0)) return 'answer';
  const steps = planSteps(handled);
  if (steps.includes('thank')) return 'thank-you';
  if (steps.includes('ask-back')) return 'ask-back';
  if (actions.every((action) => action.type === 'ignore')) return 'ignore';
  return 'other';
}

/** Replies from templates carry no source; the plan step says which template it was. */
function planSteps({ explanation }: HandledMessage): string[] {
  return explanation?.plan.map((step) => step.do) ?? [];
}

function rank(priority: Priority): number {
  return PRIORITIES.indexOf(priority);
}
