// After a crash between sending and recording, a retry first looks on Facebook for what the
// Page may already have sent, as the X channel does (DESIGN section 1: nothing twice): its reply
// under the comment thread, its private message about the comment, or its message in the
// Messenger conversation. Also how a DM about a comment finds the conversation to continue.
import type { Delivery } from '../../core/ports.ts';
import { asId, asRecords, asString, isRecord } from '../twitter/json-values.ts';
import type { GraphClient } from './create-graph-client.ts';

/** Pages of 100 read back at most: only after a crash, and a crash's backlog is minutes long. */
const RECONCILE_PAGES = 10;
/** Graph times are whole seconds: a reply in the same second as the customer's post still counts. */
const CLOCK_MARGIN_MS = 60_000;

/**
 * The Page's reply with this text in the comment thread since the customer wrote:
 * GET /{comment-id}/comments, newest first (developers.facebook.com/docs/graph-api/reference/object/comments).
 */
export async function findCommentReply(graph: GraphClient, pageId: string, threadId: string, text: string, since: string): Promise<Delivery | undefined> {
  return scanNewestFirst(graph, `${threadId}/comments`, { order: 'reverse_chronological', filter: 'stream', fields: 'id,from,message,created_time' }, pageId, text, since, 'message');
}

/**
 * The Messenger conversation a comment's private reply started, if it has one: the comment's
 * `private_reply_conversation` (Graph API comment node). Only one private reply can exist.
 */
export async function privateReplyConversationOf(graph: GraphClient, commentId: string): Promise<string | undefined> {
  const comment = await graph.get(commentId, { fields: 'private_reply_conversation' });
  return isRecord(comment) && isRecord(comment.private_reply_conversation) ? asId(comment.private_reply_conversation.id) : undefined;
}

/** The customer's PSID in a Page conversation: the participant that is not the Page. */
export async function customerOf(graph: GraphClient, pageId: string, conversationId: string): Promise<string | undefined> {
  const conversation = await graph.get(conversationId, { fields: 'participants' });
  const participants = isRecord(conversation) && isRecord(conversation.participants) ? asRecords(conversation.participants.data) : [];
  return participants.map((participant) => asId(participant.id)).find((id) => id !== undefined && id !== pageId);
}

/**
 * The Page's private message with this text about a comment since the customer wrote: the
 * private reply, or a later message in the conversation it started.
 */
export async function findPrivateMessage(graph: GraphClient, pageId: string, commentId: string, text: string, since: string): Promise<Delivery | undefined> {
  const conversationId = await privateReplyConversationOf(graph, commentId);
  if (conversationId === undefined) return undefined;
  return scanNewestFirst(graph, `${conversationId}/messages`, { fields: 'id,from,message,created_time' }, pageId, text, since, 'message');
}

/**
 * The Page's message with this text to the customer since they wrote: their conversation
 * (GET /{page-id}/conversations?platform=messenger&user_id=PSID), then its messages, newest first.
 */
export async function findMessengerMessage(graph: GraphClient, pageId: string, psid: string, text: string, since: string): Promise<Delivery | undefined> {
  const found = await graph.get(`${pageId}/conversations`, { platform: 'messenger', user_id: psid, fields: 'id' });
  const conversationId = isRecord(found) ? asId(asRecords(found.data)[0]?.id) : undefined;
  if (conversationId === undefined) return undefined;
  return scanNewestFirst(graph, `${conversationId}/messages`, { fields: 'id,from,message,created_time' }, pageId, text, since, 'message');
}

async function scanNewestFirst(
  graph: GraphClient,
  path: string,
  query: Record<string, string>,
  pageId: string,
  text: string,
  since: string,
  textField: string,
): Promise<Delivery | undefined> {
  const wanted = comparable(text);
  const sinceMs = Date.parse(since) - CLOCK_MARGIN_MS;
  let after: string | undefined;
  for (let page = 0; page < RECONCILE_PAGES; page += 1) {
    const body = await graph.get(path, { ...query, limit: '100', ...(after ? { after } : {}) });
    if (!isRecord(body)) return undefined;
    for (const item of asRecords(body.data)) {
      const createdAt = Date.parse(asString(item.created_time) ?? '');
      // Older than the customer's message: the Page's answer cannot be further back.
      if (Number.isFinite(createdAt) && Number.isFinite(sinceMs) && createdAt < sinceMs) return undefined;
      const fromPage = isRecord(item.from) && asId(item.from.id) === pageId;
      const id = asId(item.id);
      if (fromPage && id !== undefined && comparable(asString(item[textField]) ?? '') === wanted) return { id };
    }
    const paging = isRecord(body.paging) ? body.paging : {};
    after = isRecord(paging.cursors) ? asString(paging.cursors.after) : undefined;
    if (after === undefined || asString(paging.next) === undefined) return undefined;
  }
  return undefined;
}

function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
