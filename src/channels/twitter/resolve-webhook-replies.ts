// A webhook reply carries the post it answers (v1.1 `in_reply_to_status_id`), not its thread's
// root, while polling gives the root (v2 `conversation_id`). Both paths must give a thread one
// conversation key, or the bot answers while an agent owns the conversation and the desk finds no
// ticket. So each reply's conversation_id is looked up on X (GET /2/tweets/:id, one billed read,
// within the poller's request budget) before it is queued. A reply that cannot be looked up
// (budget spent, X failing) is not guessed: it is left to the poller, which reads it with its
// conversation_id within one poll interval (messages are deduplicated by id).
import type { TwitterApi } from 'twitter-api-v2';
import type { InboundMessage } from '../../core/model.ts';
import type { Logger } from '../../core/ports.ts';
import { asId, isRecord } from './json-values.ts';
import { mapXError, X_USAGE_CAPPED } from './map-x-error.ts';
import type { WebhookEvents, WebhookReply } from './normalize-webhook-events.ts';
import { readRefersTo } from './normalize-tweet.ts';
import { readIncludes } from './read-includes.ts';
import type { XUsageCap } from './x-usage-cap.ts';

export interface ResolveRepliesDeps {
  client: TwitterApi;
  /** The poller's budget of billed reads (request-budget.ts). */
  budget: { remaining(): number; spend(requests: number): void };
  verifiedTypes: readonly string[];
  log: Logger;
  usageCap?: XUsageCap;
  /** Called for every request made (billed), for metrics. */
  onRequest?: () => void;
}

export interface ResolvedWebhookEvents extends Omit<WebhookEvents, 'replies'> {
  /** Replies left to the poller: not looked up (budget) or X could not tell their thread. */
  deferred: number;
}

/** Lookups leave the poller one round of requests (mentions and DMs), so polling never stops. */
const POLL_RESERVE_REQUESTS = 2;

/** The thread's root and the post replied to, in one read. */
export const REPLY_LOOKUP_QUERY = {
  'tweet.fields': 'conversation_id,created_at,author_id,referenced_tweets,note_tweet',
  expansions: 'referenced_tweets.id,referenced_tweets.id.author_id',
  'user.fields': 'username',
};

export async function resolveWebhookReplies(events: WebhookEvents, deps: ResolveRepliesDeps): Promise<ResolvedWebhookEvents> {
  const { replies, ...rest } = events;
  const messages = [...rest.messages];
  let deferred = 0;
  let stopped = false;
  for (const reply of replies) {
    const resolved = stopped ? 'stopped' : await lookUp(reply, deps);
    if (typeof resolved === 'object') {
      messages.push(resolved);
      continue;
    }
    deferred += 1;
    // A rate limit or a spent budget holds for the other replies too: no more requests now.
    if (resolved !== 'unknown') stopped = true;
  }
  return { ...rest, messages, deferred };
}

async function lookUp(reply: WebhookReply, deps: ResolveRepliesDeps): Promise<InboundMessage | 'unknown' | 'stopped'> {
  const { id } = reply.message;
  if (deps.budget.remaining() <= POLL_RESERVE_REQUESTS) {
    deps.log.warn({ id, reason: 'request budget spent' }, 'x.webhook_reply_left_to_poller');
    return 'stopped';
  }
  deps.budget.spend(1);
  deps.onRequest?.();
  let body: unknown;
  try {
    body = await deps.client.v2.get<unknown>(`tweets/${encodeURIComponent(id)}`, REPLY_LOOKUP_QUERY);
    deps.usageCap?.noteWorking('read');
  } catch (caught) {
    const error = mapXError(caught, { operation: 'read' });
    if (error.code === X_USAGE_CAPPED) deps.usageCap?.noteCapped('read');
    deps.log.warn({ id, code: error.code, reason: error.message }, 'x.webhook_reply_left_to_poller');
    return error.retryAfterMs !== undefined ? 'stopped' : 'unknown';
  }
  const data = isRecord(body) && isRecord(body.data) ? body.data : undefined;
  const conversationId = data === undefined ? undefined : asId(data.conversation_id);
  if (data === undefined || conversationId === undefined) {
    // Deleted or protected since it was posted: X does not show it, nothing to answer.
    deps.log.warn({ id, reason: 'X does not show the post' }, 'x.webhook_reply_left_to_poller');
    return 'unknown';
  }
  const includes = readIncludes(isRecord(body) ? body.includes : undefined, deps.verifiedTypes);
  const refersTo = readRefersTo(data, includes) ?? reply.message.refersTo;
  return { ...reply.message, conversationId, ...(refersTo !== undefined ? { refersTo } : {}) };
}
