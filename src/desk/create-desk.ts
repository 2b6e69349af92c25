// The agents' desk, whatever it is shown in: handoffs become tickets with a first-response
// deadline, and agents send the draft (as is or edited), take over, hand back, resolve or relay
// a reply. Slack and the Studio are views of it (desk-view.ts): they call these operations and
// render what the desk tells them; neither decides anything itself.
import { randomUUID } from 'node:crypto';
import type { DmAction, HandoffAction, InboundMessage, ReplyAction } from '../core/model.ts';
import type { AgentDesk, ConversationStore, CustomerChannel, Delivery, KnowledgeIndex, Logger } from '../core/ports.ts';
import { conversationKeyOf } from '../core/responder.ts';
import { DRAFT_BY_TEMPLATES } from '../llm/write-handoff-draft.ts';
import { firstResponseDeadline, reminderAt, type DeadlinePolicy } from '../core/deadlines.ts';
import type { BusinessHours } from '../core/business-hours.ts';
import { nextConversationMode, type HandoffEvent } from '../core/handoff.ts';
import {
  appendTranscript,
  draftTargetOf,
  handBackTicket,
  hasMessage,
  mergeHandoff,
  openHandoffTicket,
  recordSent,
  resolveTicket,
  takeTicket,
  transcriptOf,
  type HandoffTicket,
  type TicketTextOptions,
  type TicketTransition,
} from './handoff-ticket.ts';
import type { TicketStore } from './ticket-store.ts';
import type { DeskNote, DeskView } from './desk-view.ts';

export interface DeskConfig {
  /** Time zone of the desk, for clock times in refusals. */
  timeZone: string;
  /** Opening hours of the desk: outside them the deadline clock starts at the next opening. */
  hours?: BusinessHours;
  /** First-response minutes per priority and channel (default: the playbook's). */
  deadlinePolicy?: DeadlinePolicy;
  /** How refusals name an agent (default: Slack's `<@U…>`). */
  agentLabel?: (agent: string) => string;
}

/** What the desk measures (the service's prom-client metrics). */
export interface DeskMetrics {
  handoffsOpened: { inc(labels: { priority: string; reason: string }): void };
  firstHumanResponseSeconds: { observe(seconds: number): void };
  draftsSent: { inc(labels: { edited: string; composer: string }): void };
  deadlineMisses: { inc(labels: { priority: string }): void };
}

/** What the desk tells the team view (the InsightRecorder): awaited, and it never throws. */
export interface DeskInsights {
  /** An agent's first reply to a handoff went out `seconds` after it opened. */
  humanResponded(ticket: HandoffTicket, seconds: number): Promise<void>;
  draftSent(edited: boolean): Promise<void>;
  deadlineMissed(ticket: HandoffTicket): Promise<void>;
}

export interface DeskDeps {
  config: DeskConfig;
  tickets: TicketStore;
  conversations: ConversationStore;
  channels: ReadonlyMap<string, CustomerChannel>;
  knowledge: () => KnowledgeIndex;
  log: Logger;
  now: () => Date;
  metrics: DeskMetrics;
  /** Per-day figures for the team view, when the store keeps them. */
  insights?: DeskInsights;
  views: DeskView[];
}

/** What an agent's operation did; a view tells the agent (a refusal only to them). */
export type DeskOutcome =
  | { status: 'done'; ticket: HandoffTicket }
  /** Not allowed (taken by someone else, resolved): `reason` is the sentence the agent sees. */
  | { status: 'refused'; reason: string; ticket: HandoffTicket }
  /** The channel did not take the reply; the views were told why, and nothing changed. */
  | { status: 'not-sent'; ticket: HandoffTicket }
  /** No such ticket (it may have expired). */
  | { status: 'missing' };

export interface Desk extends Required<AgentDesk> {
  tickets: TicketStore;
  /**
   * Sends `text` (default: the draft as is) where the draft was meant to go. On a ticket nobody
   * had taken it answers the handoff: resolved, and the bot takes the conversation again.
   */
  sendReply(ticketId: string, agent: string, text?: string): Promise<DeskOutcome>;
  /** Sends what the agent wrote in the conversation (Slack: the thread), without changing who owns it. */
  relayReply(ticketId: string, agent: string, text: string): Promise<DeskOutcome>;
  takeOver(ticketId: string, agent: string): Promise<DeskOutcome>;
  handBack(ticketId: string, agent: string): Promise<DeskOutcome>;
  resolve(ticketId: string, agent: string): Promise<DeskOutcome>;
  /** Why `agent` may not reply on `ticket` now, or undefined when they may. */
  replyRefusal(ticket: HandoffTicket, agent: string): string | undefined;
  /**
   * Posts due reminders and missed-deadline alerts. The state lives in the tickets (in the
   * store), so a restart loses no deadline; run it on one replica at a time.
   */
  sweepDeadlines(): Promise<void>;
}

export function createDesk(deps: DeskDeps): Desk {
  const { config, tickets, log } = deps;
  const textOptions: TicketTextOptions = {
    timeZone: config.timeZone,
    ...(config.agentLabel ? { agentLabel: config.agentLabel } : {}),
  };

  /**
   * Runs `work` on the freshest copy of a ticket while no one else (another click, another
   * replica, the deadline sweep) changes it, so no update is lost.
   */
  function lockTicket<T>(id: string, work: (ticket: HandoffTicket | undefined) => Promise<T>): Promise<T> {
    return deps.conversations.withConversationLock(`desk-ticket:${id}`, async () => work(await tickets.load(id)));
  }

  async function refresh(ticket: HandoffTicket): Promise<void> {
    for (const view of deps.views) await view.refresh(ticket);
  }

  /** A note that must be shown: a failure throws, so the caller's work is tried again. */
  async function announce(ticket: HandoffTicket, note: DeskNote): Promise<{ id?: string }> {
    let shown: { id?: string } = {};
    for (const [index, view] of deps.views.entries()) {
      const result = await view.note(ticket, note);
      if (index === 0) shown = result;
    }
    return shown;
  }

  /** A note about work already done (a reply went out): a failure is logged, not thrown. */
  async function tell(ticket: HandoffTicket, note: DeskNote): Promise<void> {
    for (const view of deps.views) {
      try {
        await view.note(ticket, note);
      } catch (error) {
        log.error({ err: error, ticket: ticket.id }, 'desk.note_failed');
      }
    }
  }

  async function setConversationMode(conversationKey: string, event: HandoffEvent): Promise<void> {
    await deps.conversations.withConversationLock(conversationKey, async () => {
      const state = (await deps.conversations.loadConversation(conversationKey)) ?? {
        mode: 'bot' as const,
        customerPosts: 0,
        updatedAt: deps.now().toISOString(),
      };
      const mode = nextConversationMode(state.mode, event) ?? state.mode;
      await deps.conversations.saveConversation(conversationKey, { ...state, mode, updatedAt: deps.now().toISOString() });
    });
  }

  /**
   * Sends `text` to the customer through the conversation's stored reply address: `reply` where
   * the conversation is, `dm` in a direct message (a draft written for the DM the bot opened).
   */
  async function sendToCustomer(ticket: HandoffTicket, agent: string, text: string, to: 'reply' | 'dm'): Promise<void> {
    const state = await deps.conversations.loadConversation(ticket.conversationKey);
    const channel = deps.channels.get(ticket.channel);
    if (!state?.replyAddress || !channel) {
      throw new Error(
        `no way back to this customer: ${channel ? 'no reply address stored' : `channel ${ticket.channel} is off`}`,
      );
    }
    const action: ReplyAction | DmAction = {
      event: `agent-${ticket.id}-${ticket.sent.length + 1}`,
      type: to,
      channel: ticket.channel,
      to: ticket.customer.id,
      lang: ticket.customer.lang,
      text,
      sources: [],
    };
    await channel.send(action, state.replyAddress);
    // Part of the conversation from now on: the next handoff (and a drafting model) reads it.
    await deps.conversations.appendTurn(ticket.conversationKey, {
      from: 'agent',
      text,
      at: deps.now().toISOString(),
      id: action.event,
      kind: ticket.kind === 'dm' || to === 'dm' ? 'dm' : 'reply',
      author: agent,
    });
  }

  /**
   * Sends an agent's reply and tells the views whether it went out (as the customer got it) or
   * not and why, so a slow or failing channel never leaves the agent guessing. True when sent.
   */
  async function deliver(ticket: HandoffTicket, agent: string, text: string, to: 'reply' | 'dm'): Promise<boolean> {
    try {
      await sendToCustomer(ticket, agent, text, to);
    } catch (error) {
      log.error({ err: error, ticket: ticket.id, agent }, 'desk.agent_reply_failed');
      await tell(ticket, { kind: 'reply-not-sent', agent, error: (error as Error).message, text });
      return false;
    }
    await tell(ticket, { kind: 'reply-sent', agent, text, to });
    return true;
  }

  /**
   * Sending the draft (or an edit) on a handoff nobody had taken answers it: the handoff is
   * resolved and the bot takes the conversation again. An agent who took over keeps it.
   */
  async function completeIfUnowned(before: HandoffTicket, after: HandoffTicket, agent: string): Promise<HandoffTicket> {
    if (before.state !== 'open') return after;
    const resolved = resolveTicket(after, agent, deps.now(), textOptions);
    if ('refused' in resolved) return after;
    await setConversationMode(after.conversationKey, 'resolved');
    return resolved.ticket;
  }

  /** The ticket after an agent's reply went out: recorded, in the transcript, measured. */
  async function afterAgentReply(ticket: HandoffTicket, agent: string, text: string, edited: boolean): Promise<HandoffTicket> {
    const at = deps.now();
    if (ticket.sent.length === 0) {
      const seconds = Math.max(0, at.getTime() - Date.parse(ticket.openedAt)) / 1000;
      deps.metrics.firstHumanResponseSeconds.observe(seconds);
      await deps.insights?.humanResponded(ticket, seconds);
    }
    deps.metrics.draftsSent.inc({ edited: String(edited), composer: ticket.draftBy ?? DRAFT_BY_TEMPLATES });
    await deps.insights?.draftSent(edited);
    log.info({ ticket: ticket.id, agent, edited }, 'desk.agent_reply_sent');
    const sent = recordSent(ticket, { by: agent, at: at.toISOString(), text, edited });
    // recordSent adds the agent's turn; a refused one (the ticket moved on meanwhile) still went out.
    return 'refused' in sent ? appendTranscript(ticket, { from: 'agent', text, at: at.toISOString(), by: agent }) : sent.ticket;
  }

  /** A reply on an open ticket takes it for the agent first; on their own ticket it just sends. */
  function takeIfOpen(ticket: HandoffTicket, agent: string): TicketTransition {
    if (ticket.state === 'taken' && ticket.takenBy === agent) return { ticket };
    return takeTicket(ticket, agent, deps.now(), textOptions);
  }

  async function store(ticket: HandoffTicket): Promise<DeskOutcome> {
    await tickets.save(ticket);
    await refresh(ticket);
    return { status: 'done', ticket };
  }

  /** Take over, hand back, resolve: a transition, the conversation's new mode, the ticket saved. */
  function change(
    transition: (ticket: HandoffTicket, agent: string, at: Date, options: TicketTextOptions) => TicketTransition,
    event: HandoffEvent,
  ) {
    return (ticketId: string, agent: string): Promise<DeskOutcome> =>
      lockTicket(ticketId, async (ticket) => {
        if (!ticket) return { status: 'missing' };
        const result = transition(ticket, agent, deps.now(), textOptions);
        if ('refused' in result) return { status: 'refused', reason: result.refused, ticket };
        await setConversationMode(result.ticket.conversationKey, event);
        return store(result.ticket);
      });
  }

  async function openNew(handoff: HandoffAction, message: InboundMessage, conversationKey: string): Promise<Delivery> {
    const openedAt = deps.now();
    const { deadlineAt, clockStartsAt } = firstResponseDeadline({
      priority: handoff.priority,
      channel: message.channel,
      kind: message.kind,
      openedAt,
      ...(config.hours ? { hours: config.hours } : {}),
      ...(config.deadlinePolicy ? { policy: config.deadlinePolicy } : {}),
    });
    const remindAt = reminderAt(deadlineAt, clockStartsAt, openedAt);
    const knowledge = deps.knowledge();
    const ticket = openHandoffTicket({
      id: randomUUID(),
      conversationKey,
      handoff,
      message,
      openedAt,
      deadlineAt,
      // The whole exchange that led here: earlier posts, the bot's replies, agents' replies.
      earlier: transcriptOf(await deps.conversations.loadTurns(conversationKey)),
      sources: handoff.sources.map((id) => ({
        id,
        title: (knowledge.entry(id, handoff.lang) ?? knowledge.entry(id, knowledge.languages(id)[0] ?? ''))?.title ?? id,
      })),
    });
    let saved: HandoffTicket = { ...ticket, ...(remindAt ? { remindAt: remindAt.toISOString() } : {}) };
    for (const view of deps.views) saved = { ...saved, ...(await view.open(saved)) };
    await tickets.save(saved);
    for (const reason of saved.reasons) deps.metrics.handoffsOpened.inc({ priority: saved.priority, reason });
    log.info({ ticket: saved.id, priority: saved.priority, reasons: saved.reasons }, 'desk.handoff_opened');
    return { id: saved.id };
  }

  return {
    tickets,
    async openHandoff(handoff, message) {
      const conversationKey = conversationKeyOf(message);
      const latest = await tickets.latestOf(conversationKey);
      const appended =
        latest && latest.state !== 'resolved'
          ? await lockTicket(latest.id, async (existing) => {
              if (!existing || existing.state === 'resolved') return undefined;
              // The same conversation again: one ticket, a new post appended to it; the same
              // post again (its reply failed) only adds its reasons.
              const merged = mergeHandoff(existing, handoff, message);
              const updated = merged.ticket;
              if (merged.appended) await announce(updated, { kind: 'customer-wrote', text: message.text });
              else if (merged.addedReasons.length > 0) await announce(updated, { kind: 'reasons-added', reasons: merged.addedReasons });
              await tickets.save(updated);
              await refresh(updated);
              return { id: updated.id };
            })
          : undefined;
      return appended ?? openNew(handoff, message, conversationKey);
    },
    async relayCustomerMessage(message) {
      const latest = await tickets.latestOf(conversationKeyOf(message));
      return lockTicket(latest?.id ?? 'none', async (ticket) => {
        if (!ticket) {
          // No ticket to show it in (the desk was off when the agent took over): say so, loudly.
          log.error({ event: message.id, conversation: conversationKeyOf(message) }, 'desk.relay_without_ticket');
          return { id: 'no-thread' };
        }
        // A retry after a crash between showing and recording shows nothing twice.
        if (hasMessage(ticket, message.id)) return { id: ticket.slack?.ts ?? ticket.id };
        const updated = appendTranscript(ticket, { from: 'customer', text: message.text, at: message.at, messageId: message.id });
        const shown = await announce(updated, { kind: 'customer-wrote', text: message.text });
        await tickets.save(updated);
        return { id: shown.id ?? 'posted' };
      });
    },
    sendReply(ticketId, agent, text) {
      return lockTicket(ticketId, async (current) => {
        if (!current) return { status: 'missing' };
        const taken = takeIfOpen(current, agent);
        if ('refused' in taken) return { status: 'refused', reason: taken.refused, ticket: current };
        const reply = text ?? current.draft;
        if (!(await deliver(taken.ticket, agent, reply, draftTargetOf(current)))) return { status: 'not-sent', ticket: current };
        const replied = await afterAgentReply(taken.ticket, agent, reply, reply !== current.draft);
        return store(await completeIfUnowned(current, replied, agent));
      });
    },
    relayReply(ticketId, agent, text) {
      return lockTicket(ticketId, async (current) => {
        if (!current) return { status: 'missing' };
        // The conversation continues where the draft goes: in the DM once the bot moved it there.
        if (!(await deliver(current, agent, text, draftTargetOf(current)))) return { status: 'not-sent', ticket: current };
        return store(await afterAgentReply(current, agent, text, true));
      });
    },
    takeOver: change(takeTicket, 'agent-took-over'),
    handBack: change(handBackTicket, 'handed-back'),
    resolve: change(resolveTicket, 'resolved'),
    replyRefusal(ticket, agent) {
      const taken = takeIfOpen(ticket, agent);
      return 'refused' in taken ? taken.refused : undefined;
    },
    async sweepDeadlines() {
      const now = deps.now();
      for (const listed of await tickets.listOpen()) {
        await lockTicket(listed.id, async (ticket) => {
          // Answered tickets have met their first-response deadline.
          if (!ticket || ticket.state === 'resolved' || ticket.sent.length > 0 || ticket.missed) return;
          if (now.getTime() >= Date.parse(ticket.deadlineAt)) {
            await announce(ticket, { kind: 'deadline-missed' });
            deps.metrics.deadlineMisses.inc({ priority: ticket.priority });
            await deps.insights?.deadlineMissed(ticket);
            log.warn({ ticket: ticket.id, priority: ticket.priority }, 'desk.deadline_missed');
            await tickets.save({ ...ticket, reminded: true, missed: true });
          } else if (!ticket.reminded && ticket.remindAt && now.getTime() >= Date.parse(ticket.remindAt)) {
            await announce(ticket, { kind: 'reminder', now });
            await tickets.save({ ...ticket, reminded: true });
          }
        });
      }
    },
  };
}
