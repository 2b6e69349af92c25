// The responder: one inbound message in, the actions out, through small named steps
// (DESIGN section 1). Channels call `handle`; `explain` runs the same decision without touching
// the store, for `pronto kb ask` and the replay's readable view.
import type { Action, DmAction, InboundMessage, KnowledgeMatch, Plan, ReplyAction, Triage } from './model.ts';
import type {
  AnswerComposer,
  Clock,
  ConversationState,
  ConversationStore,
  ConversationTurn,
  DeliveryStore,
  KnowledgeIndex,
  Logger,
  ReplyAddress,
  SemanticRanker,
} from './ports.ts';
import type { ResponderSettings } from './settings.ts';
import { triageMessage } from './triage/triage-message.ts';
import { decidePlan, type Candidate } from './policy.ts';
import { nextConversationMode } from './handoff.ts';
import { botTurnOf, customerTurnOf, referencedTurnOf } from './conversation-turns.ts';

/** How many knowledge candidates the policy and the explanations look at. */
const CANDIDATES_CONSIDERED = 5;

export interface ResponderDeps {
  /** A getter, so a reloaded knowledge folder is picked up by the next message. */
  knowledge: () => KnowledgeIndex;
  /** Optional semantic ranking of the matches (embeddings), rebuilt with the knowledge. */
  semantic?: () => SemanticRanker | undefined;
  composer: AnswerComposer;
  store: ConversationStore;
  clock: Clock;
  settings: ResponderSettings;
  log: Logger;
  /**
   * Live service only: keeps the first decision per message, so a retried message delivers what
   * was decided the first time and the conversation state moves once.
   */
  decisions?: Pick<DeliveryStore, 'saveDecisionOnce'>;
  /** Live service only: the reply address of a message, stored with its conversation. */
  replyAddressOf?: (message: InboundMessage) => ReplyAddress | undefined;
}

/** Why the bot did what it did: the inputs of the decision, for people reading a replay. */
export interface Explanation {
  triage: Triage;
  candidates: Candidate[];
  plan: Plan;
}

export interface HandledMessage {
  actions: Action[];
  explanation?: Explanation;
}

export interface Responder {
  /** Claims the message id first: a message seen before yields `ignore` with `duplicate`. */
  handle(message: InboundMessage): Promise<HandledMessage>;
  /** For messages already claimed at ingestion (the live service's queue): no claim. */
  respond(message: InboundMessage): Promise<HandledMessage>;
  explain(message: InboundMessage, conversation?: ConversationState): Promise<HandledMessage>;
  /**
   * Keeps what the bot sent (action `index` of `message`) in the conversation's history, once it
   * went out: the agent who takes over reads the whole exchange. Idempotent per action.
   */
  recordDelivered(message: InboundMessage, index: number, action: ReplyAction | DmAction): Promise<void>;
}

export function conversationKeyOf(message: InboundMessage): string {
  return `${message.channel}:${message.conversationId}`;
}

export function createResponder(deps: ResponderDeps): Responder {
  const { store, clock, settings } = deps;

  async function decide(
    message: InboundMessage,
    conversation: ConversationState,
    history: () => Promise<ConversationTurn[]>,
  ): Promise<Required<HandledMessage>> {
    const now = clock.now();
    const knowledge = deps.knowledge();
    const triage = triageMessage(message, settings);
    const lexical = knowledge.search(triage.question, {
      lang: triage.lang,
      now,
      limit: CANDIDATES_CONSIDERED,
    });
    // While an agent owns the conversation the bot stays quiet whatever matches: no embeddings
    // call (it costs, and its wait would show "typing…" to a customer talking to a person).
    const ranker = conversation.mode === 'with_agent' ? undefined : deps.semantic?.();
    const matches =
      ranker === undefined ? lexical : (await ranker.rank(triage.question, lexical, { lang: triage.lang })).slice(0, CANDIDATES_CONSIDERED);
    const candidates = matches.map((match) => toCandidate(match, knowledge, triage.lang));
    const plan = decidePlan({
      message,
      triage,
      settings,
      candidates,
      conversation: { mode: conversation.mode, customerPostsBefore: conversation.customerPosts },
    });
    const actions = await deps.composer.compose(plan, { message, triage, knowledge, now, history });
    return { actions, explanation: { triage, candidates, plan } };
  }

  async function handleClaimed(message: InboundMessage): Promise<HandledMessage> {
    const key = conversationKeyOf(message);
    return store.withConversationLock(key, async () => {
      const conversation = (await store.loadConversation(key)) ?? freshConversation(clock);
      const handled = await decide(message, conversation, () => store.loadTurns(key));
      // Kept for the agent who may take the conversation over (idempotent: a retry appends nothing).
      await keepReferencedPost(key, message);
      await store.appendTurn(key, customerTurnOf(message));
      if (deps.decisions) {
        const kept = await deps.decisions.saveDecisionOnce(message.id, handled.actions);
        // A retry: the first decision stands and the conversation already moved.
        if (JSON.stringify(kept) !== JSON.stringify(handled.actions)) return { actions: kept };
      }
      const address = deps.replyAddressOf?.(message) ?? conversation.replyAddress;
      await store.saveConversation(key, {
        ...afterHandling(conversation, handled, clock),
        ...(address ? { replyAddress: address } : {}),
      });
      return handled;
    });
  }

  /**
   * The post a reply answers or a quote shows is context the agent needs, unless it is the
   * brand's own reply already in the history (X rewrites its links, so texts cannot be compared).
   */
  async function keepReferencedPost(key: string, message: InboundMessage): Promise<void> {
    const referenced = referencedTurnOf(message);
    if (referenced === undefined) return;
    const author = referenced.author?.toLowerCase();
    const byBrand = author !== undefined && settings.brandHandles.some((handle) => handle.replace(/^@/, '').toLowerCase() === author);
    if (byBrand && (await store.loadTurns(key)).some((turn) => turn.from === 'bot' || turn.from === 'agent')) return;
    await store.appendTurn(key, referenced);
  }

  async function respond(message: InboundMessage): Promise<HandledMessage> {
    try {
      return await handleClaimed(message);
    } catch (error) {
      if (isStoreFailure(error)) throw error;
      // One error boundary: a message the bot could not handle goes to a human with the
      // reason, instead of being lost.
      deps.log.error({ err: error, event: message.id }, 'responder.message_failed');
      return { actions: [botErrorHandoff(message)] };
    }
  }

  return {
    async handle(message) {
      if (!(await store.claimMessage(message.id))) {
        return { actions: [{ event: message.id, type: 'ignore', reasons: ['duplicate'] }] };
      }
      return respond(message);
    },
    respond,
    explain(message, conversation) {
      return decide(message, conversation ?? freshConversation(clock), async () => []);
    },
    recordDelivered(message, index, action) {
      return store.appendTurn(conversationKeyOf(message), botTurnOf(action, index, clock.now()));
    },
  };
}

function toCandidate(match: KnowledgeMatch, knowledge: KnowledgeIndex, lang: string): Candidate {
  const translation = knowledge.entry(match.id, lang);
  const anyEntry = translation ?? firstTranslation(match.id, knowledge);
  return {
    id: match.id,
    confidence: match.confidence,
    visibility: anyEntry?.visibility ?? 'public',
    kind: anyEntry?.kind ?? 'answer',
    hasTranslation: translation !== undefined,
  };
}

function firstTranslation(id: string, knowledge: KnowledgeIndex) {
  const [lang] = knowledge.languages(id);
  return lang === undefined ? undefined : knowledge.entry(id, lang);
}

function freshConversation(clock: Clock): ConversationState {
  return { mode: 'bot', customerPosts: 0, updatedAt: clock.now().toISOString() };
}

function afterHandling(
  conversation: ConversationState,
  handled: Required<HandledMessage>,
  clock: Clock,
): ConversationState {
  const handedOff = handled.actions.some((action) => action.type === 'handoff');
  const mode = handedOff
    ? (nextConversationMode(conversation.mode, 'handoff-opened') ?? conversation.mode)
    : conversation.mode;
  return {
    mode,
    customerPosts: conversation.customerPosts + 1,
    lang: handled.explanation.triage.lang,
    updatedAt: clock.now().toISOString(),
  };
}

function botErrorHandoff(message: InboundMessage): Action {
  return {
    event: message.id,
    type: 'handoff',
    channel: message.channel,
    priority: 'normal',
    reasons: ['bot-error'],
    lang: message.lang ?? 'und',
    summary: 'The bot failed on this message: read it in the conversation and answer',
    draft: '',
    draftFor: message.kind === 'dm' ? 'dm' : 'reply',
    draftBy: 'none',
    sources: [],
  };
}

/**
 * A store that cannot be reached is not the message's fault: the caller retries later (the live
 * service's queue does), instead of handing a perfectly good message to a human.
 */
function isStoreFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'store_unavailable' || code === 'lock_timeout';
}
