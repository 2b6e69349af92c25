// The buttons on a handoff message (Send draft, Edit and send, Take over, Hand back, Resolve)
// and the edit modal. A refusal (taken by someone else, resolved) is told to the agent only.
// Each handler answers Slack first (its 3-second rule; a slow X must not turn a sent reply into
// an error) and then asks the desk; what a send did is told in the ticket's thread.
import type { BlockAction, ButtonAction } from '@slack/bolt';
import type { DeskOutcome } from '../../desk/create-desk.ts';
import type { HandoffTicket } from '../../desk/handoff-ticket.ts';
import type { AgentReply } from '../../desk/validate-agent-reply.ts';
import {
  ACTION_EDIT_SEND,
  ACTION_HAND_BACK,
  ACTION_RESOLVE,
  ACTION_SEND_DRAFT,
  ACTION_TAKE_OVER,
} from './render-handoff-message.ts';
import { EDIT_ACTION_ID, EDIT_BLOCK_ID, EDIT_CALLBACK_ID, renderEditModal, validateEditedReply } from './render-edit-modal.ts';
import { refusalOf, type DeskContext } from './desk-context.ts';
import { escapeMrkdwn } from './render-limits.ts';
import { renderReplyNotSent } from './render-reply-outcome.ts';

export function registerTicketButtons(context: DeskContext): void {
  const { app, deps, desk, tellThread, afterAck } = context;
  const { log } = deps;

  /** Runs a desk operation for the clicking agent; a refusal or a failure is shown to them only, as an ephemeral message. */
  async function run(body: BlockAction, operation: (ticketId: string, agent: string) => Promise<DeskOutcome>): Promise<void> {
    const action = body.actions[0] as ButtonAction | undefined;
    const agent = body.user.id;
    const whisper = (text: string) =>
      body.channel ? app.client.chat.postEphemeral({ channel: body.channel.id, user: agent, text }) : Promise.resolve();
    if (!action?.value) return;
    let refusal: string | undefined;
    try {
      refusal = refusalOf(await operation(action.value, agent));
    } catch (error) {
      log.error({ err: error, ticket: action.value }, 'slack.action_failed');
      await whisper(`That did not work: ${escapeMrkdwn((error as Error).message)}. Check the thread before trying again.`);
      return;
    }
    if (refusal !== undefined) await whisper(refusal);
  }

  const buttons: [string, (ticketId: string, agent: string) => Promise<DeskOutcome>][] = [
    [ACTION_SEND_DRAFT, (ticketId, agent) => desk.sendReply(ticketId, agent)],
    [ACTION_TAKE_OVER, desk.takeOver],
    [ACTION_HAND_BACK, desk.handBack],
    [ACTION_RESOLVE, desk.resolve],
  ];
  for (const [actionId, operation] of buttons) {
    app.action(actionId, async ({ ack, body }) => {
      await ack();
      await run(body as BlockAction, operation);
    });
  }

  app.action(ACTION_EDIT_SEND, async ({ ack, body }) => {
    await ack();
    const action = (body as BlockAction).actions[0] as ButtonAction | undefined;
    const ticket = action?.value ? await desk.tickets.load(action.value) : undefined;
    if (!ticket || !('trigger_id' in body)) return;
    const refusal = desk.replyRefusal(ticket, body.user.id);
    if (refusal !== undefined) {
      if (body.channel) await app.client.chat.postEphemeral({ channel: body.channel.id, user: body.user.id, text: refusal });
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
    const ticket = await desk.tickets.load(view.private_metadata);
    const text = view.state.values[EDIT_BLOCK_ID]?.[EDIT_ACTION_ID]?.value ?? '';
    const agent = body.user.id;
    const checked: AgentReply = ticket ? checkEdit(ticket, agent, text) : { ok: false, error: 'This handoff is no longer known to Pronto.' };
    if (!ticket || !checked.ok) {
      await ack({ response_action: 'errors', errors: { [EDIT_BLOCK_ID]: checked.ok ? '' : checked.error } });
      return;
    }
    await ack();
    // The modal is closed: from here on the thread tells the outcome. A second submission of the
    // same modal (a double click, a network retry) sends nothing twice.
    await afterAck(ticket, agent, async () => {
      if (!(await deps.conversations.claimMessage(`slack-view:${view.id}`))) return;
      // The edited draft goes where the draft was meant to go.
      const outcome = await desk.sendReply(ticket.id, agent, checked.text);
      const refusal = refusalOf(outcome);
      const current = 'ticket' in outcome ? outcome.ticket : ticket;
      if (refusal !== undefined) await tellThread(current, renderReplyNotSent(current, agent, refusal, checked.text));
    });
  });

  /** The reply to send, or the sentence shown under the modal's input. */
  function checkEdit(ticket: HandoffTicket, agent: string, text: string): AgentReply {
    const checked = validateEditedReply(text, ticket);
    const refusal = desk.replyRefusal(ticket, agent);
    return checked.ok && refusal !== undefined ? { ok: false, error: refusal } : checked;
  }
}
