// What the desk's Slack handlers share: the Bolt app, the desk they drive, and telling agents
// what happened, privately or in the ticket's thread, once Slack has its answer.
import type { App } from '@slack/bolt';
import type { Desk, DeskOutcome } from '../../desk/create-desk.ts';
import type { HandoffTicket } from '../../desk/handoff-ticket.ts';
import { showCustomerText } from './show-customer-text.ts';
import type { SlackDeskDeps } from './create-slack-desk.ts';

export type DeskContext = ReturnType<typeof createDeskContext>;

export function createDeskContext(deps: SlackDeskDeps, app: App, desk: Desk) {
  const { log } = deps;

  /** Posts in the ticket's thread. Runs after Slack got its answer, so a failure is logged, not thrown. */
  async function tellThread(ticket: HandoffTicket, text: string): Promise<void> {
    if (!ticket.slack) return;
    try {
      await app.client.chat.postMessage({ channel: ticket.slack.channel, thread_ts: ticket.slack.ts, text });
    } catch (error) {
      log.error({ err: error, ticket: ticket.id }, 'slack.thread_note_failed');
    }
  }

  /**
   * Work done after Slack got its answer (ack): Bolt can no longer show an error, so one is
   * logged and told in the thread.
   */
  async function afterAck(ticket: HandoffTicket, agent: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      log.error({ err: error, ticket: ticket.id, agent }, 'slack.after_ack_failed');
      const reason = showCustomerText((error as Error).message);
      await tellThread(ticket, `:warning: <@${agent}>, Pronto could not finish this: ${reason}. Check the thread before trying again.`);
    }
  }

  return { app, deps, desk, tellThread, afterAck };
}

/** The sentence an agent sees privately when an operation did nothing, if any. */
export function refusalOf(outcome: DeskOutcome): string | undefined {
  if (outcome.status === 'missing') return 'This handoff is no longer known to Pronto (it may have expired).';
  return outcome.status === 'refused' ? outcome.reason : undefined;
}
