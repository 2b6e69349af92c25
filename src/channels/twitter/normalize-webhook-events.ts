// Account Activity webhook bodies (v1.1 objects) into normalized messages: `tweet_create_events`
// are mentions, `direct_message_events` of type message_create are DMs.
import type { Author, InboundMessage } from '../../core/model.ts';
import { MAX_INBOUND_TEXT_CHARS } from '../replay/parse-inbound-message.ts';
import { decodeXText } from './decode-x-text.ts';
import { asId, asNumber, asRecords, asString, isRecord } from './json-values.ts';
import { readTime } from './normalize-tweet.ts';
import { oneToOneConversationId } from './one-to-one-conversation-id.ts';
import { countsAsVerified } from './read-includes.ts';
import type { XRejectedItem } from './x-fetch-result.ts';

/** A reply whose conversation (the thread's root) the v1.1 payload does not tell. */
export interface WebhookReply {
  message: Omit<InboundMessage, 'conversationId'>;
  /** The post it answers: only the nearest step towards the root, not the root itself. */
  inReplyTo: string;
}

export interface WebhookEvents {
  /** Messages ready for the queue. */
  messages: InboundMessage[];
  /**
   * Replies: their conversation must be looked up on X first (resolve-webhook-replies.ts), or
   * they would get another conversation key than the poller gives the same thread.
   */
  replies: WebhookReply[];
  rejected: XRejectedItem[];
  /** The brand's own posts and DMs, and DM events that are not messages. */
  skipped: number;
}

export interface WebhookOptions {
  brandUserId: string;
  /** X verification types that count as verified for influence (Author.verified). */
  verifiedTypes: readonly string[];
}

export function normalizeWebhookEvents(body: unknown, options: WebhookOptions): WebhookEvents {
  const result: WebhookEvents = { messages: [], replies: [], rejected: [], skipped: 0 };
  if (!isRecord(body)) {
    result.rejected.push({ reason: 'body is not a JSON object' });
    return result;
  }
  for (const tweet of asRecords(body.tweet_create_events)) {
    const item = normalizeWebhookTweet(tweet, options);
    if (typeof item === 'object' && 'reply' in item) result.replies.push(item.reply);
    else addItem(result, item);
  }
  const users = isRecord(body.users) ? body.users : {};
  for (const event of asRecords(body.direct_message_events)) {
    addItem(result, normalizeWebhookDm(event, users, options));
  }
  return result;
}

type Item = { message: InboundMessage } | { rejected: XRejectedItem } | 'skipped';

function addItem(result: WebhookEvents, item: Item): void {
  if (item === 'skipped') result.skipped += 1;
  else if ('message' in item) result.messages.push(item.message);
  else result.rejected.push(item.rejected);
}

function normalizeWebhookTweet(tweet: Record<string, unknown>, options: WebhookOptions): Item | { reply: WebhookReply } {
  const id = asId(tweet.id_str) ?? asId(tweet.id);
  if (id === undefined) return { rejected: { reason: 'tweet id_str: missing' } };
  const user = isRecord(tweet.user) ? tweet.user : undefined;
  const authorId = user ? (asId(user.id_str) ?? asId(user.id)) : undefined;
  if (user === undefined || authorId === undefined) return { rejected: { id, reason: 'user.id_str: missing' } };
  if (authorId === options.brandUserId) return 'skipped';
  const text = readV1Text(tweet);
  if (text === undefined) return { rejected: { id, reason: 'text: missing' } };
  const at = timeOfMs(tweet.timestamp_ms) ?? readTime(tweet.created_at);
  if (at === undefined) return { rejected: { id, reason: 'created_at: missing' } };
  const lang = asString(tweet.lang);
  const quoted = readQuoted(tweet);
  const message = {
    id,
    channel: 'twitter',
    kind: 'mention' as const,
    author: authorOf(user, authorId, options.verifiedTypes),
    text: decodeXText(text).slice(0, MAX_INBOUND_TEXT_CHARS),
    at,
    ...(lang !== undefined && lang !== '' ? { lang } : {}),
    ...(isRecord(tweet.retweeted_status) ? { retweet: true } : {}),
    ...(quoted !== undefined ? { refersTo: quoted } : {}),
  };
  const inReplyTo = asId(tweet.in_reply_to_status_id_str);
  if (inReplyTo !== undefined) return { reply: { message, inReplyTo } };
  // Not a reply: the post starts its own thread (quotes too), as conversation_id says on v2.
  return { message: { ...message, conversationId: id } };
}

/** The quoted post, which v1.1 carries inline as `quoted_status`. */
function readQuoted(tweet: Record<string, unknown>): InboundMessage['refersTo'] {
  const quoted = isRecord(tweet.quoted_status) ? tweet.quoted_status : undefined;
  const id = quoted === undefined ? undefined : (asId(quoted.id_str) ?? asId(tweet.quoted_status_id_str));
  const text = quoted === undefined ? undefined : readV1Text(quoted);
  if (quoted === undefined || id === undefined || text === undefined) return undefined;
  const authorHandle = isRecord(quoted.user) ? asString(quoted.user.screen_name) : undefined;
  const at = timeOfMs(quoted.timestamp_ms) ?? readTime(quoted.created_at);
  return {
    relation: 'quoted',
    id,
    text: decodeXText(text).slice(0, MAX_INBOUND_TEXT_CHARS),
    ...(authorHandle !== undefined ? { authorHandle } : {}),
    ...(at !== undefined ? { at } : {}),
  };
}

/** Long posts carry their start in `text` and the whole in `extended_tweet.full_text`. */
function readV1Text(tweet: Record<string, unknown>): string | undefined {
  const extended = isRecord(tweet.extended_tweet) ? asString(tweet.extended_tweet.full_text) : undefined;
  return extended ?? asString(tweet.full_text) ?? asString(tweet.text);
}

function normalizeWebhookDm(event: Record<string, unknown>, users: Record<string, unknown>, options: WebhookOptions): Item {
  const id = asId(event.id);
  if (id === undefined) return { rejected: { reason: 'direct message event id: missing' } };
  if (event.type !== 'message_create') return 'skipped';
  const create = isRecord(event.message_create) ? event.message_create : {};
  const senderId = asId(create.sender_id);
  if (senderId === undefined) return { rejected: { id, reason: 'message_create.sender_id: missing' } };
  if (senderId === options.brandUserId) return 'skipped';
  const data = isRecord(create.message_data) ? create.message_data : {};
  const text = asString(data.text);
  if (text === undefined) return { rejected: { id, reason: 'message_create.message_data.text: missing' } };
  const at = timeOfMs(event.created_timestamp);
  if (at === undefined) return { rejected: { id, reason: 'created_timestamp: missing' } };
  const sender = users[senderId];
  return {
    message: {
      id,
      channel: 'twitter',
      kind: 'dm',
      // Same id as GET /2/dm_events gives one-to-one conversations.
      conversationId: oneToOneConversationId(senderId, options.brandUserId),
      author: isRecord(sender) ? authorOf(sender, senderId, options.verifiedTypes) : { id: senderId },
      text: text.slice(0, MAX_INBOUND_TEXT_CHARS),
      at,
    },
  };
}

/** A v1.1 user object (screen_name, followers_count). */
function authorOf(user: Record<string, unknown>, id: string, verifiedTypes: readonly string[]): Author {
  const handle = asString(user.screen_name);
  const name = asString(user.name);
  const followers = asNumber(user.followers_count);
  const verified = countsAsVerified(user, verifiedTypes);
  return {
    id,
    ...(handle !== undefined ? { handle } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(followers !== undefined ? { followers } : {}),
    ...(verified !== undefined ? { verified } : {}),
  };
}

/** v1.1 webhooks give epoch milliseconds as decimal strings. */
function timeOfMs(value: unknown): string | undefined {
  const ms = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : asNumber(value);
  const date = ms === undefined ? undefined : new Date(ms);
  return date === undefined || Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
