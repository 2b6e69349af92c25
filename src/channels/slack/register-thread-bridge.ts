// The thread bridge: an agent's reply in a handoff thread goes to the customer on their
// channel; typing in a thread the bot still owns offers "take over" or "send only this".
// Slack has its answer before any of this runs (Bolt acknowledges events first), so every
// outcome, a failure included, is told in the thread.
import type { BlockAction, ButtonAction } from '@slack/bolt';
import { draftTargetOf, takeTicket, type HandoffTicket } from './handoff-ticket.ts';
import { decodeSlackMarkup, findSlackMentions } from './decode-slack-markup.ts';
import { draftPlaceOf, replyLimitOf, validateEditedReply } from './render-edit-modal.ts';
import { FILES_NOT_SENT, renderReplyNotSent } from './render-reply-outcome.ts';
import { escapeMrkdwn } from './render-limits.ts';
import {
  ACTION_THREAD_SEND_ONCE,
  ACTION_THREAD_TAKE_OVER,
  parseThreadChoiceValue,
  renderThreadChoice,
} from './render-thread-choice.ts';
import type { DeskContext } from './desk-context.ts';

/**
 * Message subtypes that carry what an agent wrote: a plain message has none; "also send to
 * channel" is `thread_broadcast`; a message with a file is `file_share`
 * (https://docs.slack.dev/reference/events/message/thread_broadcast,
 * https://docs.slack.dev/reference/events/message/file_share). Edits, deletions and bots' posts
 * have other subtypes and never reach a customer.
 */
const AGENT_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);

/** An agent's message as Slack delivers it: text with Slack's markup, and maybe files. */
interface AgentMessage {
  markup: string;
  hasFiles: boolean;
}

export function registerThreadBridge(desk: DeskContext): void {
  const { app, deps, refresh, setConversationMode, lockTicket, tellThread, sendReply, afterAck, afterAgentReply } = desk;
  const { config, tickets } = deps;

  app.message(async ({ message, body }) => {
    const event = message as {
      subtype?: string;
      bot_id?: string;
      user?: string;
      text?: string;
      files?: unknown[];
      ts: string;
      thread_ts?: string;
      channel: string;
    };
    // Bots (Pronto itself included) and edits never relay: no echo loops.
    if (
      !AGENT_SUBTYPES.has(event.subtype) ||
      event.bot_id !== undefined ||
      !event.user ||
      !event.thread_ts ||
      event.thread_ts === event.ts
    )
      return;
    const eventId = (body as { event_id?: string }).event_id;
    // Slack redelivers events it thinks were missed (x-slack-retry-num): handle each once.
    if (eventId && !(await deps.conversations.claimMessage(`slack-event:${eventId}`))) return;
    const ticket = await tickets.ofThread(event.channel, event.thread_ts);
    const agentMessage = { markup: event.text ?? '', hasFiles: event.subtype === 'file_share' || (event.files?.length ?? 0) > 0 };
    if (!ticket || (agentMessage.markup === '' && !agentMessage.hasFiles)) return;
    const agent = event.user;
    if (ticket.state === 'taken' && ticket.takenBy === agent) {
      await afterAck(ticket, agent, () => relayAgentReply(ticket, agent, agentMessage));
      return;
    }
    const choice = renderThreadChoice(ticket, event.ts);
    await app.client.chat.postEphemeral({
      channel: event.channel,
      user: agent,
      thread_ts: event.thread_ts,
      text: choice.text,
      blocks: choice.blocks,
    });
  });

  /**
   * Sends what an agent wrote in Slack as plain text, within the channel's limit. Mentions of
   * colleagues stay in Slack; files are never sent, and the agent is told so.
   */
  async function relayAgentReply(ticket: HandoffTicket, agent: string, message: AgentMessage): Promise<void> {
    if (message.hasFiles) await tellThread(ticket, FILES_NOT_SENT);
    const mentions = findSlackMentions(message.markup);
    const text = decodeSlackMarkup(message.markup).trim();
    if (text === '') return;
    if (mentions.length > 0) {
      const named = escapeMrkdwn(decodeSlackMarkup(mentions.join(' ')));
      const reason = `it mentions ${named}, which is for colleagues (on X it would mention someone else); write the reply without it`;
      await tellThread(ticket, renderReplyNotSent(ticket, agent, reason, text));
      return;
    }
    // The conversation continues where the draft goes: in the DM once the bot moved it there.
    const checked = validateEditedReply(text, replyLimitOf(draftPlaceOf(ticket)));
    if (!checked.ok) {
      await tellThread(ticket, renderReplyNotSent(ticket, agent, `${checked.error}; shorten it, or use Edit and send`, text));
      return;
    }
    await lockTicket(ticket.id, async (fresh) => {
      const current = fresh ?? ticket;
      if (!(await sendReply(current, agent, checked.text, draftTargetOf(current)))) return;
      const next = afterAgentReply(current, agent, checked.text, true);
      await tickets.save(next);
      await refresh(next);
    });
  }

  async function threadChoice(body: BlockAction, takeOver: boolean): Promise<void> {
    const action = body.actions[0] as ButtonAction | undefined;
    const choice = action?.value ? parseThreadChoiceValue(action.value) : undefined;
    const ticket = choice ? await tickets.load(choice.ticketId) : undefined;
    const thread = ticket?.slack;
    if (!choice || !ticket || !thread) return;
    const agent = body.user.id;
    await afterAck(ticket, agent, async () => {
      const replies = await app.client.conversations.replies({ channel: thread.channel, ts: thread.ts });
      const typed = replies.messages?.find((reply) => reply.ts === choice.messageTs);
      if (!typed?.text && !typed?.files?.length) return;
      let current = ticket;
      if (takeOver) {
        const taken = await lockTicket(ticket.id, async (fresh) => {
          const result = takeTicket(fresh ?? ticket, agent, deps.now(), { timeZone: config.timeZone });
          if ('refused' in result) return result;
          await setConversationMode(ticket.conversationKey, 'agent-took-over');
          await tickets.save(result.ticket);
          await refresh(result.ticket);
          return result;
        });
        if ('refused' in taken) {
          await app.client.chat.postEphemeral({ channel: thread.channel, user: agent, text: taken.refused });
          return;
        }
        current = taken.ticket;
      }
      await relayAgentReply(current, agent, { markup: typed.text ?? '', hasFiles: (typed.files?.length ?? 0) > 0 });
    });
  }

  app.action(ACTION_THREAD_TAKE_OVER, async ({ ack, body }) => {
    await ack();
    await threadChoice(body as BlockAction, true);
  });
  app.action(ACTION_THREAD_SEND_ONCE, async ({ ack, body }) => {
    await ack();
    await threadChoice(body as BlockAction, false);
  });
}
