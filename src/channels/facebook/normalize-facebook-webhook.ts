// A signed webhook body from Meta into Pronto's inbound messages (DESIGN sections 3 and 8). Page
// feed changes carry comments (`item: "comment"`; verbs add, edited, remove, hide...), Messenger
// carries `messaging[]` events; everything else a Page subscription may deliver (reactions,
// shares, posts, read receipts, other fields) is ignored and counted, never an error.
// Payload fields: developers.facebook.com/docs/graph-api/webhooks/reference/page (feed: from,
// comment_id, post_id, parent_id, created_time, item, verb, message) and
// developers.facebook.com/docs/messenger-platform/webhooks (messaging: sender, recipient,
// timestamp, message.mid, message.text, message.is_echo).
import type { InboundMessage } from '../../core/model.ts';
import { asId, asNumber, asRecords, asString, isRecord } from '../twitter/json-values.ts';
import { editedCommentMessageId } from './comment-id-of.ts';

export const FACEBOOK_CHANNEL_ID = 'facebook';

/** Why an item was deliberately left alone: a small fixed set, so it can label a metric. */
export type IgnoredReason =
  | 'own-comment'
  | 'echo'
  | 'comment-removed'
  | 'other-verb'
  | 'other-item'
  | 'other-field'
  | 'other-event'
  | 'other-page'
  | 'standby';

export interface FacebookWebhookItems {
  messages: InboundMessage[];
  /** Left alone on purpose, with what it was (for the log). */
  ignored: { reason: IgnoredReason; what: string }[];
  /** Could not be read: malformed, or not a Page subscription at all. */
  rejected: { reason: string }[];
}

export function normalizeFacebookWebhook(body: unknown, { pageId }: { pageId: string }): FacebookWebhookItems {
  const items: FacebookWebhookItems = { messages: [], ignored: [], rejected: [] };
  if (!isRecord(body)) {
    items.rejected.push({ reason: 'the body is not a JSON object' });
    return items;
  }
  if (body.object !== 'page') {
    // Another subscription (instagram, user, permissions) pointed at this URL.
    items.rejected.push({ reason: `object is ${JSON.stringify(body.object ?? null).slice(0, 40)}, not "page"` });
    return items;
  }
  if (!Array.isArray(body.entry)) {
    items.rejected.push({ reason: 'entry is not a list' });
    return items;
  }
  for (const entry of body.entry) {
    if (!isRecord(entry)) {
      items.rejected.push({ reason: 'an entry is not an object' });
      continue;
    }
    if (asId(entry.id) !== pageId) {
      // An app may serve several Pages; only this one's are ours to answer.
      items.ignored.push({ reason: 'other-page', what: `page ${String(asId(entry.id) ?? '?').slice(0, 40)}` });
      continue;
    }
    const entryTime = asNumber(entry.time);
    for (const change of asRecords(entry.changes)) readChange(change, entryTime, pageId, items);
    for (const event of asRecords(entry.messaging)) readMessaging(event, pageId, items);
    // Handover protocol: another app owns the thread for now.
    items.ignored.push(...asRecords(entry.standby).map(() => ({ reason: 'standby' as const, what: 'standby event' })));
  }
  return items;
}

function readChange(change: Record<string, unknown>, entryTime: number | undefined, pageId: string, items: FacebookWebhookItems): void {
  const field = asString(change.field) ?? '?';
  if (field !== 'feed') {
    items.ignored.push({ reason: 'other-field', what: `field ${field.slice(0, 40)}` });
    return;
  }
  const value = isRecord(change.value) ? change.value : {};
  const item = asString(value.item) ?? '?';
  if (item !== 'comment') {
    items.ignored.push({ reason: 'other-item', what: `feed item ${item.slice(0, 40)}` });
    return;
  }
  const verb = asString(value.verb) ?? '?';
  const commentId = asId(value.comment_id);
  if (verb === 'remove') {
    // A removed comment closes nothing and gets no answer; a reply still queued for it fails
    // as "gone" and reaches a person with that reason.
    items.ignored.push({ reason: 'comment-removed', what: `comment ${commentId ?? '?'}` });
    return;
  }
  if (verb !== 'add' && verb !== 'edited') {
    items.ignored.push({ reason: 'other-verb', what: `comment ${verb.slice(0, 20)}` });
    return;
  }
  if (commentId === undefined) {
    items.rejected.push({ reason: `a comment ${verb} without comment_id` });
    return;
  }
  // Older deliveries name the author as sender_id/sender_name.
  const from = isRecord(value.from) ? value.from : { id: value.sender_id, name: value.sender_name };
  const authorId = asId(from.id);
  if (authorId === pageId) {
    items.ignored.push({ reason: 'own-comment', what: `comment ${commentId}` });
    return;
  }
  // A sticker or a photo alone has no message: the text is empty and a person looks at it.
  const text = asString(value.message) ?? '';
  const postId = asId(value.post_id);
  const parentId = asId(value.parent_id);
  const name = asString(from.name);
  items.messages.push({
    id: verb === 'edited' ? editedCommentMessageId(commentId, text) : commentId,
    channel: FACEBOOK_CHANNEL_ID,
    kind: 'mention',
    // A reply to a comment continues that comment's thread; a comment on the post starts one.
    conversationId: parentId !== undefined && parentId !== postId ? parentId : commentId,
    // Without `from` (a commenter the app may not see) the comment is still answered.
    author: { id: authorId ?? 'unknown', ...(name ? { name } : {}) },
    text,
    at: timeOf(value.created_time, entryTime),
  });
}

function readMessaging(event: Record<string, unknown>, pageId: string, items: FacebookWebhookItems): void {
  if (!isRecord(event.message)) {
    // Delivery and read receipts, reactions, postbacks, referrals, opt-ins.
    const kind = Object.keys(event).find((key) => !['sender', 'recipient', 'timestamp'].includes(key)) ?? '?';
    items.ignored.push({ reason: 'other-event', what: `messaging ${kind.slice(0, 40)}` });
    return;
  }
  const { message } = event;
  const senderId = isRecord(event.sender) ? asId(event.sender.id) : undefined;
  const mid = asId(message.mid);
  if (message.is_echo === true || senderId === pageId) {
    // What the Page sent (Pronto, or a person in the Page inbox) comes back as an echo.
    items.ignored.push({ reason: 'echo', what: `message ${mid ?? '?'}` });
    return;
  }
  if (mid === undefined || senderId === undefined) {
    items.rejected.push({ reason: 'a Messenger message without message.mid or sender.id' });
    return;
  }
  items.messages.push({
    id: mid,
    channel: FACEBOOK_CHANNEL_ID,
    kind: 'dm',
    conversationId: senderId,
    author: { id: senderId },
    // Attachments alone (a sticker, a photo) have no text: a person looks at them.
    text: asString(message.text) ?? '',
    // Messenger's timestamp is in milliseconds.
    at: isoTime(asNumber(event.timestamp)),
  });
}

/** Feed times are epoch seconds (or an ISO string in older deliveries); else the entry's time. */
function timeOf(createdTime: unknown, entryTime: number | undefined): string {
  if (typeof createdTime === 'string' && Number.isFinite(Date.parse(createdTime))) return new Date(createdTime).toISOString();
  const seconds = asNumber(createdTime) ?? entryTime;
  return isoTime(seconds === undefined ? undefined : seconds * 1000);
}

function isoTime(ms: number | undefined): string {
  const date = new Date(ms ?? Date.now());
  return Number.isFinite(date.getTime()) ? date.toISOString() : new Date().toISOString();
}
