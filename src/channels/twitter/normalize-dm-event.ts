// One v2 DM event from GET /2/dm_events into the normalized InboundMessage (DESIGN 3).
import type { Author, InboundMessage } from '../../core/model.ts';
import { MAX_INBOUND_TEXT_CHARS } from '../replay/parse-inbound-message.ts';
import { asId, asString, isRecord } from './json-values.ts';
import { readTime } from './normalize-tweet.ts';
import { oneToOneConversationId } from './one-to-one-conversation-id.ts';
import { timeOfXId } from './time-of-x-id.ts';
import type { XRejectedItem } from './x-fetch-result.ts';

/** The reason given for skipping the brand's own DMs. */
export const OWN_MESSAGE = 'own message';

/** `skipped`: deliberately not a customer message (the brand's own, a join/leave event). */
export type NormalizedDmEvent =
  | { message: InboundMessage }
  | { rejected: XRejectedItem }
  | { skipped: { id: string; reason: string } };

export function normalizeDmEvent(event: unknown, users: Map<string, Author>, brandUserId: string): NormalizedDmEvent {
  if (!isRecord(event)) return { rejected: { reason: 'not an object' } };
  const id = asId(event.id);
  if (id === undefined) return { rejected: { reason: 'id: missing' } };
  // DM events are a union; only MessageCreate carries a customer's words.
  if (event.event_type !== 'MessageCreate') {
    return { skipped: { id, reason: `event_type ${String(event.event_type)}` } };
  }
  const senderId = asId(event.sender_id);
  if (senderId === undefined) return { rejected: { id, reason: 'sender_id: missing' } };
  if (senderId === brandUserId) return { skipped: { id, reason: OWN_MESSAGE } };
  const text = asString(event.text);
  if (text === undefined) return { rejected: { id, reason: 'text: missing' } };
  const at = readTime(event.created_at) ?? timeOfXId(id);
  if (at === undefined) return { rejected: { id, reason: 'created_at: missing and the id carries no time' } };

  return {
    message: {
      id,
      channel: 'twitter',
      kind: 'dm',
      conversationId: asId(event.dm_conversation_id) ?? oneToOneConversationId(senderId, brandUserId),
      author: users.get(senderId) ?? { id: senderId },
      text: text.slice(0, MAX_INBOUND_TEXT_CHARS),
      at,
    },
  };
}
