// The channel-agnostic vocabulary of Pronto. Every adapter speaks these shapes; they are the
// public contracts of DESIGN sections 3 and 4, so change them only on purpose.

/** Channel ids: `twitter` (X), `botframework`, and others as adapters arrive. */
export type ChannelId = string;

/** `mention` is public (everyone can read it), `dm` is a private conversation. */
export type MessageKind = 'mention' | 'dm';

export interface Author {
  id: string;
  handle?: string;
  name?: string;
  followers?: number;
  verified?: boolean;
}

/** A normalized inbound message (DESIGN section 3). */
export interface InboundMessage {
  id: string;
  channel: ChannelId;
  kind: MessageKind;
  conversationId: string;
  author: Author;
  text: string;
  /** ISO 8601 time the customer posted it. */
  at: string;
  /** Language hint from the platform (ISO 639-1), when it supplies one. */
  lang?: string;
  /** True when the platform says the post is a retweet/repost of someone else's post. */
  retweet?: boolean;
  /** The post this one replies to or quotes, when the platform sent it: context for agents. */
  refersTo?: { relation: 'replied_to' | 'quoted'; id: string; text: string; authorHandle?: string; at?: string };
  /** Files the customer sent (name or media type): the bot reads only text, so files alone go to a person. */
  attachments?: string[];
}

export type Priority = 'low' | 'normal' | 'high' | 'urgent';
export const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];

/** Answers where the message came from: the public thread for a mention, the DM for a dm. */
export interface ReplyAction {
  event: string;
  type: 'reply';
  channel: ChannelId;
  to: string;
  lang: string;
  text: string;
  sources: string[];
}

/** Opens or continues a direct message with the author. */
export interface DmAction {
  event: string;
  type: 'dm';
  channel: ChannelId;
  to: string;
  lang: string;
  text: string;
  sources: string[];
}

/** Asks a human in the agents' desk, with a draft they can send or edit. */
export interface HandoffAction {
  event: string;
  type: 'handoff';
  channel: ChannelId;
  priority: Priority;
  reasons: string[];
  lang: string;
  /** One line for the agent, in English: what the customer wants, mood, reach; no personal data. */
  summary: string;
  draft: string;
  /**
   * Where the draft is meant to be sent: `reply` where the customer wrote (the public thread),
   * `dm` in a direct message (the conversation is one, or the plan moved it there).
   */
  draftFor: 'reply' | 'dm';
  /** Who wrote the draft: `templates` (offline composer), a model's name, or `none` without a draft. */
  draftBy: string;
  sources: string[];
}

/** The bot deliberately stays silent; the reasons say why, so nothing is dropped without a trace. */
export interface IgnoreAction {
  event: string;
  type: 'ignore';
  reasons: string[];
}

export type Action = ReplyAction | DmAction | HandoffAction | IgnoreAction;

// ---------------------------------------------------------------------------------------------
// Knowledge (DESIGN section 2)

export type Visibility = 'public' | 'private';
export type EntryKind = 'answer' | 'notice';

export interface KnowledgeEntry {
  id: string;
  lang: string;
  title: string;
  questions: string[];
  tags: string[];
  visibility: Visibility;
  kind: EntryKind;
  /** Notices only: whether the notice is in force. */
  active: boolean;
  /** Notices only: ISO time after which the notice is expired. */
  until?: string;
  link?: string;
  /** The whole answer (markdown body, trimmed). */
  body: string;
  /** The first paragraph of the body: the answer used where space is tight. */
  short: string;
  /** Path of the file relative to the knowledge folder, for messages to editors. */
  file: string;
}

/** One ranked candidate for a customer's message. Translations share the `id`. */
export interface KnowledgeMatch {
  id: string;
  /** Raw score of the matcher (only comparable within one query). */
  score: number;
  /** Calibrated probability (0..1) that this entry is what the customer asks about. */
  confidence: number;
  /**
   * Share (0..1) of the message's topic words (its content words, less generic ones such as
   * "help" or "problem" and names the knowledge does not know) found in this entry's title,
   * questions or tags; words found only in the first paragraph of the answer count half.
   */
  coverage?: number;
  /** How many of the message's topic words the entry has. */
  sharedWords?: number;
  /**
   * Whether the message's words support an answer from this entry at all: at least half of its
   * topic words covered and two of them shared (one when it is the message's only topic word
   * and the message has no generic words). When false, `confidence` is capped at 0.25, far
   * below any answer threshold. Informational, like the two fields above: `confidence` says it.
   */
  supported?: boolean;
  /**
   * Countries (ISO region codes) the message names that no entry names, when this entry lists
   * countries: it is then not about the message (coverage 0). Informational, for `kb ask`.
   */
  countriesNotNamed?: string[];
}

// ---------------------------------------------------------------------------------------------
// Personal data

export type PersonalDataType = 'card' | 'iban' | 'email' | 'phone' | 'codice_fiscale' | 'address' | 'secret';

export interface PersonalDataFinding {
  type: PersonalDataType;
  /** Offsets into the text, `end` exclusive. */
  start: number;
  end: number;
  value: string;
}

// ---------------------------------------------------------------------------------------------
// Triage

/**
 * What a message is. A message can be several things at once (a complaint that asks for a
 * human); the policy reads the whole set.
 */
export type MessageTrait =
  | 'question'
  /**
   * An ask about the customer's own account: their bill, order, charge, line, refund, identity
   * (not a general question that says "my": "can my plan be used abroad?").
   */
  | 'account'
  /** Stated dissatisfaction: bad service, waiting, no response, rude staff, sarcasm. */
  | 'complaint'
  /** Something of the company's that does not work for them now: a fault, an outage, a failed delivery or trip. */
  | 'faulty'
  /**
   * Fraud or a breach: account taken over, SIM swap or number ported without consent, charges
   * they never made, a stolen delivery, phishing, personal data given away.
   */
  | 'security'
  /** Says they are leaving or will leave: cancelling, switching to a competitor, "never again". */
  | 'churn'
  /** Praise or thanks that mean the opposite ("thanks for taking 3 weeks 😑"): never answered with a thank-you. */
  | 'ironic'
  | 'legal' // legal threat, lawyers, authorities, or a public protest (the press, an MP): PR and legal at once
  | 'safety' // danger to people (fire, smoke, injury)
  | 'abuse' // insults at the brand or its people: a human handles them, not the bot
  | 'human' // explicitly asks for a person
  /** A death in the customer's family, or of the account holder: a person answers, condolences first. */
  | 'bereavement'
  | 'thanks' // genuine thanks or praise (sarcastic thanks are `ironic` instead)
  | 'greeting'
  | 'vague' // too little to act on (no stated problem, no question with a topic): ask back
  | 'spam'
  | 'retweet'
  | 'own-post';

export type Sentiment = 'negative' | 'neutral' | 'positive';
export type Urgency = 'low' | 'normal' | 'high';

export interface Triage {
  lang: string;
  langSource: 'hint' | 'detected' | 'default';
  personalData: PersonalDataFinding[];
  traits: MessageTrait[];
  sentiment: Sentiment;
  urgency: Urgency;
  influencer: boolean;
  /**
   * The post reports something failing now (broken, down, not arrived, a trip disrupted): a fault
   * phrase said so (`faulty`), or the word model read it in the post's circumstances. A handoff
   * is then at least high.
   */
  failingNow: boolean;
  /**
   * The post is one topic word with nothing asked or felt ("the app", "5 hours."): it names a
   * topic, not a need, so the bot asks what they mean rather than answer from an entry that
   * shares the word.
   */
  loneTopicWord?: true;
  /**
   * The customer says they are angry, not only that something is wrong: words of anger ("è una
   * vergogna", "fed up"), or a negative post shouted, with "!!!" or with angry emoji. The handoff
   * summary's mood; a fault told calmly is urgent without being angry.
   */
  angry?: true;
  /**
   * The post says when the failure began or how long it has lasted ("since yesterday", "da tre
   * giorni"): the agent's fault draft does not ask again.
   */
  toldSince?: true;
  /**
   * The post writes out a booking reference or an order number ("Conf# FVF9YW", "order 88213"):
   * the agent's draft for a fault or a complaint about an order or a journey does not ask for it again.
   */
  toldReference?: true;
  /**
   * A fault, a complaint or an account matter about an order, a journey or a technician's visit
   * (naming no service such as an app or the signal): the DM and the agent's draft ask for the
   * order number, the booking reference, or the contract number and a time for a new appointment.
   */
  subject?: PostSubject;
  /** The customer's message without the brand handle and other noise, used for matching. */
  question: string;
}

export type PostSubject = 'order' | 'trip' | 'visit';

// ---------------------------------------------------------------------------------------------
// Policy output: what to do, before any text is written. The composer turns it into actions.

export type PlanStep =
  /** Stay silent, with reasons (own post, retweet, spam, agent owns the conversation). */
  | { do: 'ignore'; reasons: string[] }
  /** Answer from a knowledge entry where the message came from. */
  | { do: 'answer'; entryId: string }
  /**
   * A plain question just below the answer threshold, where lexical matching misses paraphrases:
   * answer with a model's text only if code finds it grounded in one of these entries (best
   * first); otherwise do `fallback`, the plan without this step. Without a model, `fallback`.
   */
  | { do: 'answer-if-grounded'; entryIds: string[]; fallback: PlanStep[] }
  /**
   * Public acknowledgement that says what happens next and that the conversation continues in
   * a DM (with the DM link where the channel has one). `why` picks the wording: personal data
   * posted in public gets a kind warning that details are safer in private.
   */
  | { do: 'acknowledge'; why: 'account' | 'personal-data' }
  /** Continue in a direct message: the private entry's text, or a request for the details. */
  | { do: 'dm'; entryId?: string }
  /** A clarifying question instead of a guessed answer. */
  | { do: 'ask-back' }
  /** A public thank-you. */
  | { do: 'thank' }
  /** A short holding reply: a colleague has taken charge and will get back to them. */
  | { do: 'hold' }
  /** Ask a human, with a drafted reply built from these entries (if any). */
  | { do: 'handoff'; priority: Priority; reasons: string[]; entryIds: string[] };

export type Plan = PlanStep[];
