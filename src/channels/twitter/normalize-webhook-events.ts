// Account Activity webhook bodies (v1.1 objects) into normalized messages: `tweet_create_events`
// are mentions, `direct_message_events` of type message_create are DMs.
import type { Author, InboundMessage } from '../../core/model.ts';
import { MAX_INBOUND_TEXT_CHARS } from '../replay/parse-inbound-message.ts';
import { decodeXText } from './decode-x-text.ts';
import { asId, asNumber, asRecords, asString, isRecord } from './json-values.ts';
import { readTime } from './normalize-tweet.ts';
import { oneToOneConversationId } from './one-to-one-conversation-id.ts';
import type { XRejectedItem } from './x-fetch-result.ts';

export interface WebhookEvents {
  messages: InboundMessage[];
  rejected: XRejectedItem[];
  /** The brand's own posts and DMs, and DM events that are not messages. */
  skipped: number;
}

export function normalizeWebhookEvents(body: unknown, brandUserId: string): WebhookEvents {
  const result: WebhookEvents = { messages: [], rejected: [], skipped: 0 };
  if (!isRecord(body)) {
    result.rejected.push({ reason: 'body is not a JSON object' });
    return result;
  }
  for (const tweet of asRecords(body.tweet_create_events)) {
    addItem(result, normalizeWebhookTweet(tweet, brandUserId));
  }
  const users = isRecord(body.users) ? body.users : {};
  for (const event of asRecords(body.direct_message_events)) {
    addItem(result, normalizeWebhookDm(event, users, brandUserId));
  }
  return result;
}

type Item = { message: InboundMessage } | { rejected: XRejectedItem } | 'skipped';

function addItem(result: WebhookEvents, item: Item): void {
  if (item === 'skipped') result.skipped += 1;
  else if ('message' in item) result.messages.push(item.message);
  else result.rejected.push(item.rejected);
}

function normalizeWebhookTweet(tweet: Record<string, unknown>, brandUserId: string): Item {
  const id = asId(tweet.id_str) ?? asId(tweet.id);
  if (id === undefined) return { rejected: { reason: 'tweet id_str: missing' } };
  const user = isRecord(tweet.user) ? tweet.user : undefined;
  const authorId = user ? (asId(user.id_str) ?? asId(user.id)) : undefined;
  if (user === undefined || authorId === undefined) return { rejected: { id, reason: 'user.id_str: missing' } };
  if (authorId === brandUserId) return 'skipped';
  const extended = isRecord(tweet.extended_tweet) ? asString(tweet.extended_tweet.full_text) : undefined;
  const text = extended ?? asString(tweet.full_text) ?? asString(tweet.text);
  if (text === undefined) return { rejected: { id, reason: 'text: missing' } };
  const at = timeOfMs(tweet.timestamp_ms) ?? readTime(tweet.created_at);
  if (at === undefined) return { rejected: { id, reason: 'created_at: missing' } };
  const lang = asString(tweet.lang);
  return {
    message: {
      id,
      channel: 'twitter',
      kind: 'mention',
      // v1.1 posts carry no conversation id: the post replied to is the nearest stand-in.
      conversationId: asId(tweet.in_reply_to_status_id_str) ?? id,
      author: authorOf(user, authorId),
      text: decodeXText(text).slice(0, MAX_INBOUND_TEXT_CHARS),
      at,
      ...(lang !== undefined && lang !== '' ? { lang } : {}),
      ...(isRecord(tweet.retweeted_status) ? { retweet: true } : {}),
    },
  };
}

function normalizeWebhookDm(event: Record<string, unknown>, users: Record<string, unknown>, brandUserId: string): Item {
  const id = asId(event.id);
  if (id === undefined) return { rejected: { reason: 'direct message event id: missing' } };
  if (event.type !== 'message_create') return 'skipped';
  const create = isRecord(event.message_create) ? event.message_create : {};
  const senderId = asId(create.sender_id);
  if (senderId === undefined) return { rejected: { id, reason: 'message_create.sender_id: missing' } };
  if (senderId === brandUserId) return 'skipped';
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
      conversationId: oneToOneConversationId(senderId, brandUserId),
      author: isRecord(sender) ? authorOf(sender, senderId) : { id: senderId },
      text: text.slice(0, MAX_INBOUND_TEXT_CHARS),
      at,
    },
  };
}

/** A v1.1 user object (screen_name, followers_count). */
function authorOf(user: Record<string, unknown>, id: string): Author {
  const handle = asString(user.screen_name);
  const name = asString(user.name);
  const followers = asNumber(user.followers_count);
  return {
    id,
    ...(handle !== undefined ? { handle } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(followers !== undefined ? { followers } : {}),
    ...(typeof user.verified === 'boolean' ? { verified: user.verified } : {}),
  };
}

/** v1.1 webhooks give epoch milliseconds as decimal strings. */
function timeOfMs(value: unknown): string | undefined {
  const ms = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : asNumber(value);
  const date = ms === undefined ? undefined : new Date(ms);
  return date === undefined || Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
