// The Facebook Page channel (DESIGN section 8): public replies in a comment's thread, a private
// reply to move a comment to Messenger (one per comment, within 7 days; later DMs about it go to
// the conversation it opened), and Messenger replies inside the 24-hour window, or within 7 days
// for agents with the HUMAN_AGENT tag.
import type { DmAction, InboundMessage, ReplyAction } from '../../core/model.ts';
import type { CustomerChannel, Delivery, ReplyAddress } from '../../core/ports.ts';
import { ChannelError } from '../../errors.ts';
import { asId, isRecord } from '../twitter/json-values.ts';
import { commentIdOf } from './comment-id-of.ts';
import type { GraphClient } from './create-graph-client.ts';
import { customerOf, findCommentReply, findMessengerMessage, findPrivateMessage, privateReplyConversationOf } from './find-facebook-delivery.ts';
import { FACEBOOK_CHANNEL_ID } from './normalize-facebook-webhook.ts';

export interface FacebookChannelDeps {
  graph: GraphClient;
  pageId: string;
  /** Meta approved the HUMAN_AGENT tag: agents may answer Messenger for 7 days. */
  humanAgentTag: boolean;
  /** Epoch milliseconds; injectable for tests of the windows. */
  now?: () => number;
}

const HOUR_MS = 60 * 60 * 1000;
/** Messenger's standard window: replies within 24 hours of the customer's last message. */
const MESSENGER_WINDOW_MS = 24 * HOUR_MS;
/** The HUMAN_AGENT tag's window, and the private reply's: 7 days. */
const SEVEN_DAYS_MS = 7 * 24 * HOUR_MS;
/**
 * Replies agents write in Slack carry events named `agent-<ticket>-<n>` (slack/desk-context.ts):
 * only those may use the HUMAN_AGENT tag, which Meta reserves for human-written messages.
 */
const AGENT_EVENT_PREFIX = 'agent-';

type FacebookTarget =
  | { kind: 'comment-reply'; threadId: string }
  | { kind: 'private-reply'; commentId: string; commentAt: string }
  | { kind: 'messenger'; psid: string; lastCustomerAt: string };

export function createFacebookChannel({ graph, pageId, humanAgentTag, now = Date.now }: FacebookChannelDeps): CustomerChannel {
  const byAgent = (action: ReplyAction | DmAction) => action.event.startsWith(AGENT_EVENT_PREFIX);

  /** The messaging type the windows allow, or a window_closed error that says what an agent can do. */
  function messagingTypeFor(action: ReplyAction | DmAction, lastCustomerAt: string): Record<string, string> {
    const age = now() - Date.parse(lastCustomerAt);
    if (!(age > MESSENGER_WINDOW_MS)) return { messaging_type: 'RESPONSE' };
    if (humanAgentTag && byAgent(action) && age <= SEVEN_DAYS_MS) return HUMAN_AGENT;
    throw windowClosed(action, `the customer last wrote ${Math.floor(age / HOUR_MS)} h ago`);
  }

  function windowClosed(action: ReplyAction | DmAction, since: string): ChannelError {
    const rule = !byAgent(action)
      ? 'Meta allows automated replies within 24 hours of their last message'
      : humanAgentTag
        ? 'Meta allows replies with the HUMAN_AGENT tag within 7 days of their last message'
        : 'Meta allows replies within 24 hours of their last message (set FACEBOOK_HUMAN_AGENT_TAG=true once Meta approved the HUMAN_AGENT tag: agents may then answer for 7 days)';
    return new ChannelError('facebook_window_closed', `the Messenger window is closed: ${since}; ${rule}. They can write again to reopen it`, { retryable: false });
  }

  async function sendMessenger(action: ReplyAction | DmAction, psid: string, messagingType: Record<string, string>): Promise<Delivery> {
    const body = await graph.post(`${pageId}/messages`, { recipient: { id: psid }, ...messagingType, message: { text: action.text } }, 'message');
    return deliveredAs(isRecord(body) ? body.message_id : undefined, 'Messenger message');
  }

  /**
   * A DM about a comment: its private reply, once and within 7 days. After that, the Messenger
   * conversation the private reply opened, where Meta decides whether the window is open (the
   * customer's last message there is not known here).
   */
  async function sendAboutComment(action: ReplyAction | DmAction, commentId: string, commentAt: string): Promise<Delivery> {
    const inTime = now() - Date.parse(commentAt) <= SEVEN_DAYS_MS;
    if (inTime) {
      try {
        const body = await graph.post(`${pageId}/messages`, { recipient: { comment_id: commentId }, message: { text: action.text } }, 'private-reply');
        return deliveredAs(isRecord(body) ? body.message_id : undefined, 'private reply');
      } catch (error) {
        if (!(error instanceof ChannelError) || error.code !== 'facebook_private_reply_used') throw error;
      }
    }
    const conversationId = await privateReplyConversationOf(graph, commentId);
    const psid = conversationId === undefined ? undefined : await customerOf(graph, pageId, conversationId);
    if (psid === undefined) {
      throw new ChannelError('facebook_window_closed', 'the private reply comes too late: Meta allows one within 7 days of the comment; answer in public', { retryable: false });
    }
    try {
      return await sendMessenger(action, psid, { messaging_type: 'RESPONSE' });
    } catch (error) {
      if (!(error instanceof ChannelError) || error.code !== 'facebook_window_closed') throw error;
      if (humanAgentTag && byAgent(action)) return sendMessenger(action, psid, HUMAN_AGENT);
      throw windowClosed(action, 'the comment already had its private reply, and the customer has not written in Messenger within 24 hours');
    }
  }

  return {
    id: FACEBOOK_CHANNEL_ID,

    replyAddressOf(message: InboundMessage): ReplyAddress {
      // `at` is the customer's latest message: the windows count from it.
      const data: Record<string, string> =
        message.kind === 'mention'
          ? { kind: 'comment', commentId: commentIdOf(message.id), threadId: message.conversationId, at: message.at }
          : { kind: 'messenger', psid: message.author.id, at: message.at };
      return { channel: FACEBOOK_CHANNEL_ID, data };
    },

    async send(action: ReplyAction | DmAction, address: ReplyAddress): Promise<Delivery> {
      const target = resolveTarget(action, address);
      if (target.kind === 'comment-reply') {
        const body = await graph.post(`${target.threadId}/comments`, { message: action.text }, 'comment');
        return deliveredAs(isRecord(body) ? body.id : undefined, 'public reply');
      }
      if (target.kind === 'private-reply') return sendAboutComment(action, target.commentId, target.commentAt);
      return sendMessenger(action, target.psid, messagingTypeFor(action, target.lastCustomerAt));
    },

    async findDelivered(action: ReplyAction | DmAction, address: ReplyAddress, inboundAt: string): Promise<Delivery | undefined> {
      const target = resolveTarget(action, address);
      if (target.kind === 'comment-reply') return findCommentReply(graph, pageId, target.threadId, action.text, inboundAt);
      if (target.kind === 'private-reply') return findPrivateMessage(graph, pageId, target.commentId, action.text, inboundAt);
      return findMessengerMessage(graph, pageId, target.psid, action.text, inboundAt);
    },
  };
}

/** Meta's tag for human-written messages up to 7 days after the customer's last one. */
const HUMAN_AGENT: Readonly<Record<string, string>> = { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' };

/**
 * A reply goes where the conversation is: the comment's thread, or Messenger. A `dm` about a
 * comment is its private reply; in Messenger it is a message like any other.
 */
function resolveTarget(action: ReplyAction | DmAction, address: ReplyAddress): FacebookTarget {
  if (address.channel !== FACEBOOK_CHANNEL_ID) throw invalidAddress(`it belongs to channel "${address.channel}"`);
  const { kind, commentId, threadId, psid, at } = address.data;
  if (at === undefined) throw invalidAddress('it has no time of the customer\'s message');
  if (kind === 'comment') {
    if (!commentId || !threadId) throw invalidAddress('a comment address needs commentId and threadId');
    return action.type === 'reply' ? { kind: 'comment-reply', threadId } : { kind: 'private-reply', commentId, commentAt: at };
  }
  if (kind === 'messenger' && psid) return { kind: 'messenger', psid, lastCustomerAt: at };
  throw invalidAddress(`unknown kind ${JSON.stringify(kind)} or no PSID`);
}

/** Meta accepted it (2xx): without an id it is still sent, so retrying could send it twice. */
function deliveredAs(id: unknown, what: string): Delivery {
  const delivered = asId(id);
  if (delivered === undefined) {
    throw new ChannelError('facebook_unexpected_response', `Facebook answered the ${what} without an id`, { retryable: false });
  }
  return { id: delivered };
}

function invalidAddress(why: string): ChannelError {
  return new ChannelError('facebook_address_invalid', `cannot deliver on Facebook with this reply address: ${why}`, { retryable: false });
}
