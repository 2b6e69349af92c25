// The X channel: public replies in the customer's thread (POST /2/tweets) and direct messages
// (POST /2/dm_conversations/with/:participant_id/messages).
import type { TwitterApi } from 'twitter-api-v2';
import type { DmAction, InboundMessage, ReplyAction } from '../../core/model.ts';
import type { CustomerChannel, Delivery, ReplyAddress } from '../../core/ports.ts';
import { ChannelError } from '../../errors.ts';
import { asId, isRecord } from './json-values.ts';
import { mapXError, type XOperation } from './map-x-error.ts';
import type { XUsageCap } from './x-usage-cap.ts';

export interface XChannelDeps {
  client: TwitterApi;
  brandUserId: string;
  /** Epoch milliseconds, for rate-limit waits; injectable for tests. */
  now?: () => number;
  /** Bounds the wait of replies while X's usage cap is reached (then a person takes them). */
  usageCap?: XUsageCap;
}

export const X_CHANNEL_ID = 'twitter';

type XTarget = { kind: 'reply'; tweetId: string } | { kind: 'dm'; participantId: string };

export function createXChannel({ client, brandUserId, now = Date.now, usageCap }: XChannelDeps): CustomerChannel {
  /** X's answer to one call: a usage-capped refusal waits a bounded time, then goes to a person. */
  async function call<T>(work: () => Promise<T>, operation: XOperation): Promise<T> {
    const kind = operation === 'read' ? 'read' : 'write';
    try {
      const result = await work();
      usageCap?.noteWorking(kind);
      return result;
    } catch (error) {
      const mapped = mapXError(error, { operation, now });
      throw usageCap ? usageCap.boundWait(mapped, kind) : mapped;
    }
  }

  return {
    id: X_CHANNEL_ID,

    replyAddressOf(message: InboundMessage): ReplyAddress {
      const data: Record<string, string> =
        message.kind === 'mention'
          ? { kind: 'mention', tweetId: message.id, authorId: message.author.id }
          : { kind: 'dm', participantId: message.author.id };
      return { channel: X_CHANNEL_ID, data };
    },

    async send(action: ReplyAction | DmAction, address: ReplyAddress): Promise<Delivery> {
      const target = resolveTarget(action, address);
      if (target.kind === 'dm' && target.participantId === brandUserId) {
        throw new ChannelError('x_rejected', 'refusing to send a DM to the brand itself', { retryable: false });
      }
      const operation = target.kind;
      // Typed by the library, but it is X's JSON: read it as untrusted.
      const body: unknown = await call<unknown>(
        () =>
          target.kind === 'reply'
            ? client.v2.reply(action.text, target.tweetId)
            : client.v2.sendDmToParticipant(target.participantId, { text: action.text }),
        operation,
      );
      const data = isRecord(body) && isRecord(body.data) ? body.data : {};
      const id = asId(target.kind === 'reply' ? data.id : data.dm_event_id);
      if (id === undefined) {
        // X accepted it (2xx): retrying could post twice, so this is not retryable.
        throw new ChannelError('x_unexpected_response', `X answered the ${operation} without an id`, {
          retryable: false,
        });
      }
      return { id };
    },

    async findDelivered(action: ReplyAction | DmAction, address: ReplyAddress, inboundAt: string): Promise<Delivery | undefined> {
      const target = resolveTarget(action, address);
      const read = (path: string, query: Record<string, string | number>) => call(() => client.v2.get<unknown>(path, query), 'read');
      if (target.kind === 'reply') return findReplyTo(read, brandUserId, target.tweetId);
      return findDmTo(read, target.participantId, brandUserId, action.text, inboundAt);
    },
  };
}

/**
 * Pages (of 100) of the brand's timeline read when looking for a reply that may already exist.
 * Only after a crash, so the cost is rare; 2,000 posts cover a busy brand's backlog between a
 * crash and the retry.
 */
const RECONCILE_PAGES = 20;

/** One GET to X, its errors mapped. */
type XRead = (path: string, query: Record<string, string | number>) => Promise<unknown>;

/**
 * The brand's DM with this text to the participant since the customer wrote, if one exists:
 * GET /2/dm_conversations/with/:participant_id/dm_events, newest first, read back to `since`.
 */
async function findDmTo(read: XRead, participantId: string, brandUserId: string, text: string, since: string): Promise<Delivery | undefined> {
  const wanted = comparableText(text);
  const sinceMs = Date.parse(since);
  let paginationToken: string | undefined;
  for (let page = 0; page < RECONCILE_PAGES; page += 1) {
    const body = await read(`dm_conversations/with/${participantId}/dm_events`, {
      max_results: 100,
      'dm_event.fields': 'id,event_type,text,sender_id,created_at',
      ...(paginationToken ? { pagination_token: paginationToken } : {}),
    });
    if (!isRecord(body)) return undefined;
    for (const event of Array.isArray(body.data) ? body.data : []) {
      if (!isRecord(event)) continue;
      const createdAt = typeof event.created_at === 'string' ? Date.parse(event.created_at) : Number.NaN;
      // Older than the customer's message: our DM cannot be further back.
      if (Number.isFinite(createdAt) && Number.isFinite(sinceMs) && createdAt < sinceMs) return undefined;
      const id = asId(event.id);
      const ours = event.event_type === 'MessageCreate' && event.sender_id === brandUserId;
      if (ours && id !== undefined && typeof event.text === 'string' && comparableText(event.text) === wanted) return { id };
    }
    const next = isRecord(body.meta) ? body.meta.next_token : undefined;
    if (typeof next !== 'string') return undefined;
    paginationToken = next;
  }
  return undefined;
}

/** X rewrites links (t.co) in what it stores; compare texts without them. */
function comparableText(text: string): string {
  return text.replace(/https?:\/\/\S+/g, '<link>').replace(/\s+/g, ' ').trim();
}

/**
 * The brand's reply to `tweetId`, if one exists: GET /2/users/:id/tweets since the customer's
 * post (the reply is newer than what it answers), looking for `replied_to` that post.
 */
async function findReplyTo(read: XRead, brandUserId: string, tweetId: string): Promise<Delivery | undefined> {
  let paginationToken: string | undefined;
  for (let page = 0; page < RECONCILE_PAGES; page += 1) {
    const body = await read(`users/${brandUserId}/tweets`, {
      since_id: tweetId,
      max_results: 100,
      'tweet.fields': 'referenced_tweets',
      ...(paginationToken ? { pagination_token: paginationToken } : {}),
    });
    if (!isRecord(body)) return undefined;
    for (const tweet of Array.isArray(body.data) ? body.data : []) {
      if (!isRecord(tweet) || !Array.isArray(tweet.referenced_tweets)) continue;
      const answers = tweet.referenced_tweets.some(
        (reference: unknown) => isRecord(reference) && reference.type === 'replied_to' && reference.id === tweetId,
      );
      const id = asId(tweet.id);
      if (answers && id !== undefined) return { id };
    }
    const next = isRecord(body.meta) ? body.meta.next_token : undefined;
    if (typeof next !== 'string') return undefined;
    paginationToken = next;
  }
  return undefined;
}

/** A reply goes where the conversation is; a `dm` always goes to the customer's DMs. */
function resolveTarget(action: ReplyAction | DmAction, address: ReplyAddress): XTarget {
  if (address.channel !== X_CHANNEL_ID) {
    throw invalidAddress(`it belongs to channel "${address.channel}"`);
  }
  const { kind, tweetId, authorId, participantId } = address.data;
  if (action.type === 'reply' && kind === 'mention') {
    if (!tweetId) throw invalidAddress('a mention address needs tweetId');
    return { kind: 'reply', tweetId };
  }
  if (kind !== 'mention' && kind !== 'dm') throw invalidAddress(`unknown kind ${JSON.stringify(kind)}`);
  const recipient = action.to || participantId || authorId;
  if (!recipient) throw invalidAddress('a DM needs the recipient (action.to)');
  return { kind: 'dm', participantId: recipient };
}

function invalidAddress(why: string): ChannelError {
  return new ChannelError('x_address_invalid', `cannot deliver on X with this reply address: ${why}`, {
    retryable: false,
  });
}
