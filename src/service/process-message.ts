// One queued inbound message, end to end: decide once, then deliver each action exactly once
// (reserve → send → record), retrying what can get better and handing the rest to a human.
import type { Action, DmAction, HandoffAction, InboundMessage, ReplyAction } from '../core/model.ts';
import type { AgentDesk, CustomerChannel, Delivery, DeliveryStore, Logger } from '../core/ports.ts';
import type { HandledMessage, Responder } from '../core/responder.ts';
import { ChannelError } from '../errors.ts';
import { summarizeHandoff } from '../llm/summarize-handoff.ts';
import { DRAFT_BY_TEMPLATES } from '../llm/write-handoff-draft.ts';
import type { InsightRecorder } from '../insights/record-insights.ts';
import type { ServiceMetrics } from './metrics.ts';

/** Retryable failures (5xx, network) are retried this many times before a human takes over. */
export const MAX_DELIVERY_ATTEMPTS = 5;
/** First retry delay; it doubles each attempt, up to MAX_RETRY_DELAY_MS. */
export const FIRST_RETRY_DELAY_MS = 1_000;
export const MAX_RETRY_DELAY_MS = 60_000;
/** Delivery-failure handoffs get their own slot, beside the decided actions' indexes. */
const FAILURE_HANDOFF_INDEX = 1_000;

export interface ProcessDeps {
  responder: Responder;
  deliveries: DeliveryStore;
  channels: ReadonlyMap<string, CustomerChannel>;
  desk: AgentDesk;
  metrics: ServiceMetrics;
  log: Logger;
  now: () => number;
  /**
   * How long a reservation protects a send in progress: longer than any vendor call takes (they
   * time out well before), so an expired reservation means its sender died.
   */
  deliveryHoldMs: number;
  /** Per-day figures and knowledge gaps for the Studio, when the store keeps them. */
  insights?: Pick<InsightRecorder, 'messageDecided' | 'botResponded'>;
}

export type ProcessOutcome =
  | { status: 'done' }
  /** Try the whole message again later; what was delivered stays delivered. */
  | { status: 'retry'; afterMs: number; reason: string; countsAsFailure: boolean };

export type MessageProcessor = (message: InboundMessage, run: RunInfo) => Promise<ProcessOutcome>;

/** What the queue knows about earlier runs of this message. */
export interface RunInfo {
  /** Retryable failures so far (rate-limit waits do not count). */
  failures: number;
  /** True when an earlier run started: it may have died mid-send, so sends are checked first. */
  resumed: boolean;
}

export async function processMessage(deps: ProcessDeps, message: InboundMessage, run: RunInfo): Promise<ProcessOutcome> {
  const attempt = run.failures + 1;
  const started = deps.now();
  const working = deps.channels.get(message.channel)?.showWorking?.(message);
  let handled: HandledMessage;
  try {
    handled = await deps.responder.respond(message);
  } finally {
    await working?.stop();
  }
  const { actions } = handled;
  // Counted once per message: a later run may repeat the decision, it is not a new post.
  if (run.failures === 0 && !run.resumed) await deps.insights?.messageDecided(message, handled);
  // Whether a first response went out, in this run or an earlier one: it is measured once.
  let firstDelivered = false;
  for (const [index, action] of actions.entries()) {
    if (action.type === 'ignore') {
      const relay = deps.desk.relayCustomerMessage;
      // The bot stays quiet; when an agent owns the conversation the customer's words go to
      // them. Either way the slot is recorded, so a retried message counts its ignore once.
      const quiet = action.reasons.includes(AGENT_OWNS) && relay ? () => relay.call(deps.desk, message) : async () => QUIET;
      const outcome = await deliverOnce(deps, message, index, 'ignore', quiet);
      if (!isDelivered(outcome)) return handleFailure(deps, message, action, outcome, attempt);
      continue;
    }
    const outcome = await deliverOnce(deps, message, index, action.type, () => send(deps, message, action, run.resumed));
    if (!isDelivered(outcome)) {
      const failure = await handleFailure(deps, message, action, outcome, attempt);
      if (failure.status === 'retry') return failure;
      continue;
    }
    // Before a handoff later in the plan opens: the agent's card shows the reply the bot just gave.
    if (action.type !== 'handoff') await deps.responder.recordDelivered(message, index, action);
    if (!firstDelivered && outcome === 'sent') {
      const postedAt = Date.parse(message.at);
      if (Number.isFinite(postedAt)) {
        const seconds = Math.max(0, deps.now() - postedAt) / 1000;
        deps.metrics.firstResponseSeconds.observe({ channel: message.channel }, seconds);
        if (action.type !== 'handoff') await deps.insights?.botResponded(message, seconds);
      }
    }
    firstDelivered = true;
  }
  deps.metrics.processingSeconds.observe({ channel: message.channel }, (deps.now() - started) / 1000);
  return { status: 'done' };
}

/** `sent` by this run, or `sent-before` by an earlier one (metrics count only the first). */
type SendResult = 'sent' | 'sent-before' | { error: unknown } | { inFlight: true };

function isDelivered(result: SendResult): result is 'sent' | 'sent-before' {
  return result === 'sent' || result === 'sent-before';
}

/** What an ignore without an agent to tell records in its slot: nothing went anywhere. */
const QUIET: Delivery = { id: 'quiet' };

/** Reserve → send → record, so one slot of one message is delivered (and counted) once. */
async function deliverOnce(
  deps: ProcessDeps,
  message: InboundMessage,
  index: number,
  type: Action['type'],
  deliver: () => Promise<Delivery>,
): Promise<SendResult> {
  const reservation = await deps.deliveries.reserveDelivery(message.id, index, deps.deliveryHoldMs);
  if (reservation.state === 'done') return 'sent-before';
  if (reservation.state === 'in-flight') return { inFlight: true };
  let delivery: Delivery;
  try {
    delivery = await deliver();
  } catch (error) {
    // Nothing went out: give the slot back so a retry may send.
    await deps.deliveries.releaseDelivery(message.id, index);
    return { error };
  }
  try {
    await deps.deliveries.completeDelivery(message.id, index, delivery);
  } catch (error) {
    // It went out but is not recorded: the reservation stays, and when its hold expires the
    // retry checks with the channel instead of sending again.
    return { error };
  }
  deps.metrics.actions.inc({ channel: message.channel, type });
  if (type === 'handoff') deps.metrics.handoffsOpen.inc();
  if (delivery !== QUIET) deps.log.info({ event: message.id, channel: message.channel, type, delivery: delivery.id }, 'delivery.sent');
  return 'sent';
}

async function send(
  deps: ProcessDeps,
  message: InboundMessage,
  action: ReplyAction | DmAction | HandoffAction,
  resumed: boolean,
): Promise<Delivery> {
  if (action.type === 'handoff') return deps.desk.openHandoff(action, message);
  const channel = deps.channels.get(message.channel);
  if (channel === undefined) {
    throw new ChannelError('channel_off', `channel ${message.channel} is not configured in this instance`);
  }
  const address = channel.replyAddressOf(message);
  if (resumed && channel.findDelivered) {
    const earlier = await channel.findDelivered(action, address, message.at);
    if (earlier !== undefined) {
      deps.log.warn({ event: message.id, delivery: earlier.id }, 'delivery.found_after_restart');
      return earlier;
    }
  }
  return channel.send(action, address);
}

async function handleFailure(
  deps: ProcessDeps,
  message: InboundMessage,
  action: Action,
  result: Exclude<SendResult, 'sent' | 'sent-before'>,
  attempt: number,
): Promise<ProcessOutcome> {
  if ('inFlight' in result) {
    return { status: 'retry', afterMs: deps.deliveryHoldMs, reason: 'another sender holds this delivery', countsAsFailure: false };
  }
  const { error } = result;
  const code = errorCode(error);
  if (!(error instanceof ChannelError)) {
    // The store or the desk failed: nothing is lost by trying the whole message again.
    deps.log.warn({ err: error, event: message.id, code }, 'delivery.retry_scheduled');
    return { status: 'retry', afterMs: retryDelay(attempt), reason: code, countsAsFailure: false };
  }
  deps.metrics.vendorErrors.inc({ channel: message.channel, code });
  if (error.retryAfterMs !== undefined) {
    deps.metrics.rateLimitWaits.inc({ channel: message.channel });
    deps.log.warn({ event: message.id, code, waitMs: error.retryAfterMs }, 'delivery.rate_limited');
    return { status: 'retry', afterMs: error.retryAfterMs, reason: code, countsAsFailure: false };
  }
  if (error.retryable && attempt < MAX_DELIVERY_ATTEMPTS) {
    deps.log.warn({ event: message.id, code, attempt }, 'delivery.retry_scheduled');
    return { status: 'retry', afterMs: retryDelay(attempt), reason: code, countsAsFailure: true };
  }
  // It will not get better by retrying: a person takes the message, with the reason.
  deps.metrics.deliveryFailures.inc({ channel: message.channel });
  deps.log.error({ event: message.id, code, attempt, reason: error.message }, 'delivery.failed_handed_off');
  const reasons = ['delivery-failed', code];
  const lang = 'lang' in action ? action.lang : (message.lang ?? 'und');
  // The agent gets the bot's own reply to send, where the bot meant to send it.
  const handoff: HandoffAction = {
    event: message.id,
    type: 'handoff',
    channel: message.channel,
    priority: 'high',
    reasons,
    lang,
    summary: summarizeHandoff({ reasons, words: message.text, author: message.author, lang }),
    draft: action.type === 'reply' || action.type === 'dm' ? action.text : action.type === 'handoff' ? action.draft : '',
    draftFor: action.type === 'handoff' ? action.draftFor : action.type === 'dm' || message.kind === 'dm' ? 'dm' : 'reply',
    draftBy: action.type === 'handoff' ? action.draftBy : DRAFT_BY_TEMPLATES,
    sources: 'sources' in action ? action.sources : [],
  };
  const outcome = await deliverOnce(deps, message, FAILURE_HANDOFF_INDEX, 'handoff', () => deps.desk.openHandoff(handoff, message));
  if (isDelivered(outcome)) return { status: 'done' };
  return { status: 'retry', afterMs: retryDelay(attempt), reason: 'desk-unavailable', countsAsFailure: true };
}

/** The reason the responder gives when an agent owns the conversation. */
const AGENT_OWNS = 'agent-owns-conversation';

export function retryDelay(attempt: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempt - 1));
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unexpected_error';
}
