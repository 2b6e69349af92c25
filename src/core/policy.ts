// The playbook (PLAYBOOK.md) as a pure decision: what to do with one message, before any text
// is written. The composer turns the plan into actions; the responder performs them.
import type {
  EntryKind,
  InboundMessage,
  MessageTrait,
  Plan,
  PlanStep,
  Triage,
  Visibility,
} from './model.ts';
import type { ResponderSettings } from './settings.ts';
import { explainPriority } from './priority.ts';

/** A knowledge entry the index ranked for the message, best first. */
export interface Candidate {
  id: string;
  confidence: number;
  visibility: Visibility;
  kind: EntryKind;
  /** The entry exists in the customer's language (`triage.lang`). */
  hasTranslation: boolean;
}

export interface PolicyInput {
  message: InboundMessage;
  triage: Triage;
  settings: ResponderSettings;
  /** Best first, from the knowledge index. */
  candidates: Candidate[];
  conversation: { mode: 'bot' | 'awaiting_agent' | 'with_agent'; customerPostsBefore: number };
}

type HandoffStep = Extract<PlanStep, { do: 'handoff' }>;

const HOLD: PlanStep = { do: 'hold' };

export function decidePlan(input: PolicyInput): Plan {
  const silence = decideSilence(input);
  if (silence !== undefined) return [silence];
  const plan = withInfluencerHandoff(input, decideSteps(input));
  // Every inbound message yields at least one action; a human sees what the rules did not cover.
  return plan.length > 0 ? plan : [handoff(input, ['no-decision'])];
}

function decideSilence({ message, triage, settings, conversation }: PolicyInput): PlanStep | undefined {
  if (has(triage, 'own-post') || isBrandAuthor(message, settings)) return ignore('own-post');
  if (has(triage, 'retweet') || message.retweet === true) return ignore('retweet');
  if (has(triage, 'spam')) return ignore('spam');
  // The responder relays the message to the agent; the bot never talks over a human.
  if (conversation.mode === 'with_agent') return ignore('agent-owns-conversation');
  return undefined;
}

function decideSteps(input: PolicyInput): Plan {
  const { triage, message } = input;
  // Files without a word: the bot cannot read them, a person can.
  if (message.text.trim() === '' && (message.attachments?.length ?? 0) > 0) return withHolding(input, [handoff(input, ['attachment-only'])]);
  // Nothing to read (a sticker, a photo alone): a person looks at it; the bot never guesses.
  if (message.text.trim() === '') return [handoff(input, ['no-text'])];
  // Never argue: the right people at once. The customer hears from us first, unless they insulted
  // us (a human answers abuse, not the bot). A death in the family is for a person too, whatever
  // else the post asks: never an FAQ, a thank-you or "tell us more".
  if (FOR_A_PERSON_AT_ONCE.some((trait) => has(triage, trait))) {
    return asksPersonAboutAccount(input) ? accountToPerson(input) : withHolding(input, [handoff(input, [])]);
  }
  if (has(triage, 'abuse')) return postedPersonalData(input) ? withHolding(input, [handoff(input, [])]) : [handoff(input, [])];

  // Nothing the rules read applies to a language we do not serve: a person reads it.
  if (!isServed(input)) return withHolding(input, [handoff(input, ['no-answer-in-language'])]);
  const best = pickConfident(input);
  if (postedPersonalData(input)) return planPersonalData(input, best);
  if (has(triage, 'account')) {
    return isPublic(message) ? planAccountInPublic(input, best) : planAccountInDm(input, best);
  }
  if (isThanksOnly(triage)) return [{ do: 'thank' }];
  // Too little to act on: a match on one or two words is a guess, and guesses are not posted.
  if (has(triage, 'vague')) return [{ do: 'ask-back' }];
  // One topic word alone ("5 hours.") shares that word with an entry, and asks nothing of it.
  if (best !== undefined && triage.loneTopicWord === true) return [{ do: 'ask-back' }];
  if (best !== undefined) return planConfident(input, best);
  return planNotConfident(input);
}

/**
 * A request for a person about the customer's own account ("sent you a DM about my booking",
 * "I want to talk to someone about my bill"): the person will need the account's details, so
 * the conversation continues in a DM, as any account matter does. Legal, safety and bereavement
 * stay with the holding reply: what comes first there is the person, not the details.
 */
function asksPersonAboutAccount(input: PolicyInput): boolean {
  const { triage, message } = input;
  return (
    has(triage, 'human') &&
    has(triage, 'account') &&
    !FOR_A_PERSON_AT_ONCE.some((trait) => trait !== 'human' && has(triage, trait)) &&
    isPublic(message) &&
    isServed(input)
  );
}

function accountToPerson(input: PolicyInput): Plan {
  return [{ do: 'acknowledge', why: 'account' }, dmStep(undefined), handoff(input, ['account'])];
}

/**
 * The public reply before a handoff: the holding reply, or, when the customer posted personal
 * data in public, the kind note that details are safer in private and the DM asking for them.
 */
function withHolding(input: PolicyInput, steps: Plan): Plan {
  if (postedPersonalData(input)) return [{ do: 'acknowledge', why: 'personal-data' }, { do: 'dm' }, ...steps];
  return [HOLD, ...steps];
}

function isServed({ triage, settings }: PolicyInput): boolean {
  return settings.languages.includes(triage.lang);
}

function postedPersonalData({ message, triage }: PolicyInput): boolean {
  return isPublic(message) && triage.personalData.length > 0;
}

/** Personal data in a public post is never repeated; the conversation moves to a DM. */
function planPersonalData(input: PolicyInput, best: Candidate | undefined): Plan {
  const { triage } = input;
  const usable = best?.hasTranslation === true ? best : undefined;
  const steps: Plan = [{ do: 'acknowledge', why: 'personal-data' }, dmStep(usable)];
  const reasons: string[] = [];
  if (has(triage, 'account') && usable?.visibility !== 'private') reasons.push('account');
  if (best !== undefined && usable === undefined) reasons.push('no-answer-in-language');
  if (best === undefined && has(triage, 'question')) reasons.push('no-confident-answer');
  if (reasons.length > 0 || statesProblem(triage)) {
    steps.push(handoff(input, reasons, usable === undefined ? [] : [usable.id]));
  }
  return steps;
}

/** Account matters need personal data: acknowledge in public, continue in a DM. */
function planAccountInPublic(input: PolicyInput, best: Candidate | undefined): Plan {
  const usable = best?.hasTranslation === true ? best : undefined;
  const acknowledge: PlanStep = { do: 'acknowledge', why: 'account' };
  if (usable?.visibility === 'private') return withFollowUp(input, [acknowledge, dmStep(usable)], usable);
  const entryIds = usable === undefined ? [] : [usable.id];
  return [acknowledge, dmStep(undefined), handoff(input, accountReasons(best, usable), entryIds)];
}

function planAccountInDm(input: PolicyInput, best: Candidate | undefined): Plan {
  const usable = best?.hasTranslation === true ? best : undefined;
  // Details sent in the DM, or a second account message there, mean the customer is following
  // up on what the entry asked for: only a person can act on them, and repeating the entry
  // would loop.
  const followingUp =
    input.triage.personalData.length > 0 || input.conversation.customerPostsBefore > 0;
  if (usable !== undefined && !followingUp) return [{ do: 'answer', entryId: usable.id }];
  return [HOLD, handoff(input, accountReasons(best, usable))];
}

/**
 * A private entry sent in the DM helps at once, but a problem stated in public (a complaint, a
 * fault, a churn threat: "quanto costa disdire? tanto vi lascio") still needs a person, as it
 * does when the same entry answers in a DM.
 */
function withFollowUp(input: PolicyInput, steps: Plan, entry: Candidate): Plan {
  return statesProblem(input.triage) ? [...steps, handoff(input, [], [entry.id])] : steps;
}

function accountReasons(best: Candidate | undefined, usable: Candidate | undefined): string[] {
  return best !== undefined && usable === undefined ? ['account', 'no-answer-in-language'] : ['account'];
}

function planConfident(input: PolicyInput, best: Candidate): Plan {
  // No answer in another language: a human answers, the customer gets a holding reply.
  if (!best.hasTranslation) return [HOLD, handoff(input, ['no-answer-in-language'], [best.id])];
  if (best.visibility === 'private' && isPublic(input.message)) {
    return withFollowUp(input, [{ do: 'acknowledge', why: 'account' }, dmStep(best)], best);
  }
  if (statesProblem(input.triage) && best.kind !== 'notice') {
    // A complaint or a fault is never answered in public with an FAQ entry, however it is
    // phrased ("my internet is not working, can you help?"): it reads as a brush-off, and the
    // entry is often about something else. Only a service notice may answer it; the entry goes
    // into the agent's draft. In a DM the entry may help at once, and a person still follows up.
    if (isPublic(input.message)) return [HOLD, handoff(input, [], [best.id])];
    return [{ do: 'answer', entryId: best.id }, handoff(input, [], [best.id])];
  }
  return [{ do: 'answer', entryId: best.id }];
}

/**
 * Never a guessed answer. A post that says anything (a problem, a question, or words the rules do
 * not know) goes to a person with a holding reply; only a post with too little to act on gets a
 * clarifying question (the `vague` trait, handled before). When a model writes answers, a plain
 * question whose entries fall just below the threshold is offered to it first: its text is used
 * only if code finds it grounded in those entries, else this same plan runs.
 */
function planNotConfident(input: PolicyInput): Plan {
  const fallback: Plan = [HOLD, handoff(input, ['no-confident-answer'])];
  const entryIds = groundedCandidates(input).map((candidate) => candidate.id);
  return entryIds.length === 0 ? fallback : [{ do: 'answer-if-grounded', entryIds, fallback }];
}

/** Entries a model is shown for a question in the band: the right one is nearly always among the first three. */
const GROUNDED_CANDIDATES_MAX = 3;

function groundedCandidates({ candidates, settings, triage, message }: PolicyInput): Candidate[] {
  const floor = settings.groundedAnswerFloor;
  if (floor === undefined || NOT_FOR_GROUNDED_ANSWERS.some((trait) => has(triage, trait))) return [];
  return candidates
    .filter(
      (candidate) =>
        candidate.confidence >= floor &&
        candidate.confidence < settings.answerThreshold &&
        candidate.hasTranslation &&
        candidate.kind === 'answer' &&
        // A private entry's text only ever goes into a DM.
        (candidate.visibility === 'public' || !isPublic(message)),
    )
    .slice(0, GROUNDED_CANDIDATES_MAX);
}

/** Influencers' complaints reach a human first, even when the bot could answer them. */
function withInfluencerHandoff(input: PolicyInput, plan: Plan): Plan {
  const { triage } = input;
  if (!triage.influencer || !statesProblem(triage)) return plan;
  if (plan.some((step) => step.do === 'handoff')) return plan;
  return [...plan, handoff(input, ['influencer'], entryIdsOf(plan))];
}

/**
 * The confident candidate, if any. For a complaint about something broken an active notice
 * (an outage) wins over other confident entries: it is the answer the company stands behind.
 */
function pickConfident({ candidates, settings, triage }: PolicyInput): Candidate | undefined {
  const confident = candidates.filter((c) => c.confidence >= settings.answerThreshold);
  if (statesProblem(triage)) {
    const notice = confident.find((c) => c.kind === 'notice');
    if (notice !== undefined) return notice;
  }
  return confident[0];
}

function handoff(input: PolicyInput, ruleReasons: string[], entryIds: string[] = []): HandoffStep {
  const { triage, message, conversation } = input;
  const repeated = conversation.mode === 'awaiting_agent' && conversation.customerPostsBefore > 0;
  const { priority, reasons } = explainPriority(triage.traits, triage.influencer, {
    repeated,
    timeCritical: triage.urgency === 'high',
    failingNow: triage.failingNow,
    unread: !isServed(input),
  });
  const personalData = isPublic(message) && triage.personalData.length > 0 ? ['personal-data'] : [];
  return {
    do: 'handoff',
    priority,
    reasons: unique([...ruleReasons, ...reasons, ...personalData]),
    entryIds: entryIds.filter((id) => isDraftable(input, id)),
  };
}

/**
 * Whether an entry may be the draft of this handoff. "Send draft" posts where the customer
 * wrote, so in public only public entries: a private entry's text goes only into a DM.
 */
function isDraftable({ message, candidates }: PolicyInput, id: string): boolean {
  return !isPublic(message) || candidates.some((c) => c.id === id && c.visibility === 'public');
}

function dmStep(entry: Candidate | undefined): PlanStep {
  return entry === undefined ? { do: 'dm' } : { do: 'dm', entryId: entry.id };
}

function entryIdsOf(plan: Plan): string[] {
  return plan.flatMap((step) =>
    (step.do === 'answer' || step.do === 'dm') && step.entryId !== undefined ? [step.entryId] : [],
  );
}

function ignore(reason: string): PlanStep {
  return { do: 'ignore', reasons: [reason] };
}

function isBrandAuthor(message: InboundMessage, settings: ResponderSettings): boolean {
  const handle = message.author.handle?.toLowerCase();
  return (
    settings.brandUserIds.includes(message.author.id) ||
    (handle !== undefined && settings.brandHandles.some((h) => h.toLowerCase() === handle))
  );
}

function isPublic(message: InboundMessage): boolean {
  return message.kind === 'mention';
}

/** Traits of a customer telling us something is wrong (sarcasm included), however phrased. */
const PROBLEM_TRAITS: readonly MessageTrait[] = ['complaint', 'faulty', 'security', 'churn', 'ironic'];

/** A legal threat, danger, a request for a person, a death in the family: a person, with the holding reply first. */
const FOR_A_PERSON_AT_ONCE: readonly MessageTrait[] = ['legal', 'safety', 'human', 'bereavement'];

/**
 * Traits for which no model writes the public answer, however close a match: a person deals with
 * problems, account matters, legal threats, danger, insults and requests for a person, and an
 * unclear post gets a question back.
 */
const NOT_FOR_GROUNDED_ANSWERS: readonly MessageTrait[] = [...PROBLEM_TRAITS, ...FOR_A_PERSON_AT_ONCE, 'account', 'abuse', 'vague', 'spam'];

function statesProblem(triage: Triage): boolean {
  return PROBLEM_TRAITS.some((trait) => has(triage, trait));
}

/** Anything that asks for something or says something is wrong: a thank-you would not fit. */
const NOT_ONLY_THANKS: readonly MessageTrait[] = ['question', 'account', 'abuse', ...FOR_A_PERSON_AT_ONCE, ...PROBLEM_TRAITS];

/**
 * A public thank-you needs genuine thanks or praise and nothing negative or ironic in the post:
 * "thanks for taking 3 weeks to install 😑" is a complaint.
 */
function isThanksOnly(triage: Triage): boolean {
  return has(triage, 'thanks') && triage.sentiment !== 'negative' && !NOT_ONLY_THANKS.some((trait) => has(triage, trait));
}

function has(triage: Triage, trait: MessageTrait): boolean {
  return triage.traits.includes(trait);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
