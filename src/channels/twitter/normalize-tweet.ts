// One v2 post from GET /2/users/:id/mentions into the normalized InboundMessage (DESIGN 3).
import type { InboundMessage } from '../../core/model.ts';
import { MAX_INBOUND_TEXT_CHARS } from '../replay/parse-inbound-message.ts';
import { decodeXText } from './decode-x-text.ts';
import { asId, asRecords, asString, isRecord } from './json-values.ts';
import type { XIncludes } from './read-includes.ts';
import { timeOfXId } from './time-of-x-id.ts';
import type { XRejectedItem } from './x-fetch-result.ts';

export type NormalizedItem = { message: InboundMessage } | { rejected: XRejectedItem };

export function normalizeTweet(tweet: unknown, includes: XIncludes): NormalizedItem {
  if (!isRecord(tweet)) return { rejected: { reason: 'not an object' } };
  const id = asId(tweet.id);
  if (id === undefined) return { rejected: { reason: 'id: missing' } };
  const text = readFullText(tweet);
  if (text === undefined) return { rejected: { id, reason: 'text: missing' } };
  const authorId = asId(tweet.author_id);
  if (authorId === undefined) return { rejected: { id, reason: 'author_id: missing' } };
  const at = readTime(tweet.created_at) ?? timeOfXId(id);
  if (at === undefined) return { rejected: { id, reason: 'created_at: missing and the id carries no time' } };

  const lang = asString(tweet.lang);
  const retweet = asRecords(tweet.referenced_tweets).some((reference) => reference.type === 'retweeted');
  const refersTo = readRefersTo(tweet, includes);
  return {
    message: {
      id,
      channel: 'twitter',
      kind: 'mention',
      // A post that starts a thread is its own conversation.
      conversationId: asId(tweet.conversation_id) ?? id,
      // An author missing from includes (suspended, or X left it out) still deserves an answer.
      author: includes.users.get(authorId) ?? { id: authorId },
      text: decodeXText(text).slice(0, MAX_INBOUND_TEXT_CHARS),
      at,
      ...(lang !== undefined && lang !== '' ? { lang } : {}),
      ...(retweet ? { retweet: true } : {}),
      ...(refersTo !== undefined ? { refersTo } : {}),
    },
  };
}

/**
 * The post this one replies to or, failing that, quotes: context for the agent. From the
 * `referenced_tweets.id` expansion; a deleted or protected post is not in `includes` and is
 * left out.
 */
export function readRefersTo(tweet: Record<string, unknown>, includes: XIncludes): InboundMessage['refersTo'] {
  const references = asRecords(tweet.referenced_tweets);
  for (const relation of ['replied_to', 'quoted'] as const) {
    const id = asId(references.find((reference) => reference.type === relation)?.id);
    const referenced = id === undefined ? undefined : includes.tweets.get(id);
    const text = referenced === undefined ? undefined : readFullText(referenced);
    if (id === undefined || referenced === undefined || text === undefined) continue;
    const authorId = asId(referenced.author_id);
    const authorHandle = authorId === undefined ? undefined : includes.users.get(authorId)?.handle;
    const at = readTime(referenced.created_at) ?? timeOfXId(id);
    return {
      relation,
      id,
      text: decodeXText(text).slice(0, MAX_INBOUND_TEXT_CHARS),
      ...(authorHandle !== undefined ? { authorHandle } : {}),
      ...(at !== undefined ? { at } : {}),
    };
  }
  return undefined;
}

/** Long posts carry the first 280 characters in `text` and the whole text in `note_tweet`. */
function readFullText(tweet: Record<string, unknown>): string | undefined {
  const note = isRecord(tweet.note_tweet) ? asString(tweet.note_tweet.text) : undefined;
  return note ?? asString(tweet.text);
}

export function readTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
