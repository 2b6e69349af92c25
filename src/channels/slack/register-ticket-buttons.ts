// The buttons on a handoff message (Send draft, Edit and send, Take over, Hand back, Resolve)
// and the edit modal. A refusal (taken by someone else, resolved) is told to the agent only.
import type { BlockAction, ButtonAction } from '@slack/bolt';
import { handBackTicket, resolveTicket, takeTicket, type HandoffTicket, type TicketTransition } from './handoff-ticket.ts';
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
  renderEditModal,
  replyLimitOf,
  validateEditedReply,
} from './render-edit-modal.ts';
import { takeTicketIfOpen, type DeskContext } from './desk-context.ts';

export function registerTicketButtons(desk: DeskContext): void {
  const { app, deps, refresh, setConversationMode, lockTicket, sendToCustomer, completeIfUnowned, afterAgentReply } = desk;
  const { config, tickets, log } = deps;

  /** Applies a transition; a refusal is shown to the agent only, as an ephemeral message. */
  async function apply(
    body: BlockAction,
    transition: (ticket: HandoffTicket, agent: string) => TicketTransition,
    after?: (ticket: HandoffTicket, agent: string, before: HandoffTicket) => Promise<HandoffTicket>,
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
      let next = result.ticket;
      try {
        if (after) next = await after(next, agent, ticket);
      } catch (error) {
        log.error({ err: error, ticket: ticket.id }, 'slack.action_failed');
        await whisper(`That did not work: ${(error as Error).message}. Nothing was sent; try again.`);
        return;
      }
      await tickets.save(next);
      await refresh(next);
    });
  }

  app.action(ACTION_SEND_DRAFT, async ({ ack, body }) => {
    await ack();
    await apply(
      body as BlockAction,
      (ticket, agent) => takeTicketIfOpen(ticket, agent, deps.now(), config.timeZone),
      async (ticket, agent, before) => {
        await sendToCustomer(ticket, ticket.draft);
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
    await app.client.views.open({ trigger_id: body.trigger_id, view: renderEditModal(ticket) });
  });

  app.view(EDIT_CALLBACK_ID, async ({ ack, body, view }) => {
    await lockTicket(view.private_metadata, async (ticket) => {
      const text = view.state.values[EDIT_BLOCK_ID]?.[EDIT_ACTION_ID]?.value ?? '';
      if (!ticket) {
        await ack({ response_action: 'errors', errors: { [EDIT_BLOCK_ID]: 'This handoff is no longer known to Pronto.' } });
        return;
      }
      const checked = validateEditedReply(text, replyLimitOf(ticket));
      if (!checked.ok) {
        await ack({ response_action: 'errors', errors: { [EDIT_BLOCK_ID]: checked.error } });
        return;
      }
      const agent = body.user.id;
      const taken = takeTicketIfOpen(ticket, agent, deps.now(), config.timeZone);
      if ('refused' in taken) {
        await ack({ response_action: 'errors', errors: { [EDIT_BLOCK_ID]: taken.refused } });
        return;
      }
      try {
        await sendToCustomer(taken.ticket, checked.text);
      } catch (error) {
        log.error({ err: error, ticket: ticket.id }, 'slack.edited_reply_failed');
        await ack({
          response_action: 'errors',
          errors: { [EDIT_BLOCK_ID]: `Not sent: ${(error as Error).message}. Try again.` },
        });
        return;
      }
      await ack();
      const replied = afterAgentReply(taken.ticket, agent, checked.text, checked.text !== ticket.draft);
      const next = await completeIfUnowned(ticket, replied, agent);
      await tickets.save(next);
      await refresh(next);
    });
  });
}
