// The buttons on a handoff message (Send draft, Edit and send, Take over, Hand back, Resolve)
// and the edit modal. A refusal (taken by someone else, resolved) is told to the agent only.
// Each handler answers Slack first (its 3-second rule; a slow X must not turn a sent reply into
// an error) and then works; what a send did is told in the ticket's thread.
import type { BlockAction, ButtonAction } from '@slack/bolt';
import { draftTargetOf, handBackTicket, resolveTicket, takeTicket, type HandoffTicket, type TicketTransition } from './handoff-ticket.ts';
import {
  ACTION_EDIT_SEND,
  ACTION_HAND_BACK,
  ACTION_RESOLVE,
  ACTION_SEND_DRAFT,
  ACTION_TAKE_OVER,
} from './render-handoff-message.ts';
import {
  EDIT_ACTION_ID,
  EDIT_BLOCK_ID,
  EDIT_CALLBACK_ID,
  draftPlaceOf,
  renderEditModal,
  replyLimitOf,
  validateEditedReply,
  type EditedReply,
} from './render-edit-modal.ts';
import { takeTicketIfOpen, type DeskContext } from './desk-context.ts';
import { escapeMrkdwn } from './render-limits.ts';
import { renderReplyNotSent } from './render-reply-outcome.ts';

export function registerTicketButtons(desk: DeskContext): void {
  const { app, deps, refresh, setConversationMode, lockTicket, tellThread, sendReply, afterAck, completeIfUnowned, afterAgentReply } =
    desk;
  const { config, tickets, log } = deps;

  /**
   * Applies a transition; a refusal is shown to the agent only, as an ephemeral message. `after`
   * returns the ticket to save, or undefined when nothing changed (a send that failed).
   */
  async function apply(
    body: BlockAction,
    transition: (ticket: HandoffTicket, agent: string) => TicketTransition,
    after?: (ticket: HandoffTicket, agent: string, before: HandoffTicket) => Promise<HandoffTicket | undefined>,
  ): Promise<void> {
    const action = body.actions[0] as ButtonAction | undefined;
    const agent = body.user.id;
    const whisper = (text: string) =>
      body.channel ? app.client.chat.postEphemeral({ channel: body.channel.id, user: agent, text }) : Promise.resolve();
    if (!action?.value) return;
    await lockTicket(action.value, async (ticket) => {
      if (!ticket) {
        await whisper('This handoff is no longer known to Pronto (it may have expired).');
        return;
      }
      const result = transition(ticket, agent);
      if ('refused' in result) {
        await whisper(result.refused);
        return;
      }
      try {
        const next = after ? await after(result.ticket, agent, ticket) : result.ticket;
        if (next === undefined) return;
        await tickets.save(next);
        await refresh(next);
      } catch (error) {
        log.error({ err: error, ticket: ticket.id }, 'slack.action_failed');
        await whisper(`That did not work: ${escapeMrkdwn((error as Error).message)}. Check the thread before trying again.`);
      }
    });
  }

  app.action(ACTION_SEND_DRAFT, async ({ ack, body }) => {
    await ack();
    await apply(
      body as BlockAction,
      (ticket, agent) => takeTicketIfOpen(ticket, agent, deps.now(), config.timeZone),
      async (ticket, agent, before) => {
        if (!(await sendReply(ticket, agent, ticket.draft, draftTargetOf(ticket)))) return undefined;
        return completeIfUnowned(before, afterAgentReply(ticket, agent, ticket.draft, false), agent);
      },
    );
  });

  app.action(ACTION_TAKE_OVER, async ({ ack, body }) => {
    await ack();
    await apply(
      body as BlockAction,
      (ticket, agent) => takeTicket(ticket, agent, deps.now(), { timeZone: config.timeZone }),
      async (ticket) => {
        await setConversationMode(ticket.conversationKey, 'agent-took-over');
        return ticket;
      },
    );
  });

  app.action(ACTION_HAND_BACK, async ({ ack, body }) => {
    await ack();
    await apply(
      body as BlockAction,
      (ticket, agent) => handBackTicket(ticket, agent, deps.now(), { timeZone: config.timeZone }),
      async (ticket) => {
        await setConversationMode(ticket.conversationKey, 'handed-back');
        return ticket;
      },
    );
  });

  app.action(ACTION_RESOLVE, async ({ ack, body }) => {
    await ack();
    await apply(
      body as BlockAction,
      (ticket, agent) => resolveTicket(ticket, agent, deps.now(), { timeZone: config.timeZone }),
      async (ticket) => {
        await setConversationMode(ticket.conversationKey, 'resolved');
        return ticket;
      },
    );
  });

  app.action(ACTION_EDIT_SEND, async ({ ack, body }) => {
    await ack();
    const action = (body as BlockAction).actions[0] as ButtonAction | undefined;
    const ticket = action?.value ? await tickets.load(action.value) : undefined;
    if (!ticket || !('trigger_id' in body)) return;
    const refusal = takeTicketIfOpen(ticket, body.user.id, deps.now(), config.timeZone);
    if ('refused' in refusal) {
      if (body.channel)
        await app.client.chat.postEphemeral({ channel: body.channel.id, user: body.user.id, text: refusal.refused });
      return;
    }
    try {
      await app.client.views.open({ trigger_id: body.trigger_id, view: renderEditModal(ticket) });
    } catch (error) {
      // Slack's trigger lasts 3 seconds and opens one view (expired_trigger_id, exchanged_trigger_id).
      log.error({ err: error, ticket: ticket.id }, 'slack.edit_modal_failed');
      if (body.channel) {
        const text = `The edit window did not open (${escapeMrkdwn((error as Error).message)}): click *Edit and send* again.`;
        await app.client.chat.postEphemeral({ channel: body.channel.id, user: body.user.id, text });
      }
    }
  });

  app.view(EDIT_CALLBACK_ID, async ({ ack, body, view }) => {
    // Checked without the ticket's lock: another agent's slow send must not hold this answer past 3 s.
    const ticket = await tickets.load(view.private_metadata);
    const text = view.state.values[EDIT_BLOCK_ID]?.[EDIT_ACTION_ID]?.value ?? '';
    const agent = body.user.id;
    const checked: EditedReply = ticket ? checkEdit(ticket, agent, text) : { ok: false, error: 'This handoff is no longer known to Pronto.' };
    if (!ticket || !checked.ok) {
      await ack({ response_action: 'errors', errors: { [EDIT_BLOCK_ID]: checked.ok ? '' : checked.error } });
      return;
    }
    await ack();
    // The modal is closed: from here on the thread tells the outcome. A second submission of the
    // same modal (a double click, a network retry) sends nothing twice.
    await afterAck(ticket, agent, async () => {
      if (!(await deps.conversations.claimMessage(`slack-view:${view.id}`))) return;
      await lockTicket(ticket.id, async (fresh) => {
        const current = fresh ?? ticket;
        const taken = takeTicketIfOpen(current, agent, deps.now(), config.timeZone);
        if ('refused' in taken) {
          await tellThread(current, renderReplyNotSent(current, agent, taken.refused, checked.text));
          return;
        }
        // The edited draft goes where the draft was meant to go.
        if (!(await sendReply(taken.ticket, agent, checked.text, draftTargetOf(current)))) return;
        const replied = afterAgentReply(taken.ticket, agent, checked.text, checked.text !== current.draft);
        const next = await completeIfUnowned(current, replied, agent);
        await tickets.save(next);
        await refresh(next);
      });
    });
  });

  /** The reply to send, or the sentence shown under the modal's input. */
  function checkEdit(ticket: HandoffTicket, agent: string, text: string): EditedReply {
    const checked = validateEditedReply(text, { ...replyLimitOf(draftPlaceOf(ticket)), draft: ticket.draft });
    const taken = takeTicketIfOpen(ticket, agent, deps.now(), config.timeZone);
    return checked.ok && 'refused' in taken ? { ok: false, error: taken.refused } : checked;
  }
}
