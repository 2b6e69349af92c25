// Keeps what the gap report and the team view read: each decided message's outcome and, for
// questions the bot could not answer, the question (redacted by the store); response times of
// the bot and of agents; drafts sent as is or edited; missed deadlines. Like metrics, recording
// never fails the work it describes: a store error is logged and the work goes on.
import type { InboundMessage } from '../core/model.ts';
import type { Logger } from '../core/ports.ts';
import type { HandledMessage } from '../core/responder.ts';
import type { DeskInsights } from '../desk/create-desk.ts';
import { COUNTER, bucketOf, outcomeOf, teamChannelOf } from './daily-counters.ts';
import { findKnowledgeGap } from './find-knowledge-gap.ts';
import type { DailyCounters, InsightStore } from './insight-store.ts';

export interface InsightRecorder extends DeskInsights {
  /** A message the responder decided on (its first decision only). */
  messageDecided(message: InboundMessage, handled: HandledMessage): Promise<void>;
  /** The bot's first reply or DM to a message went out `seconds` after the customer posted. */
  botResponded(message: InboundMessage, seconds: number): Promise<void>;
}

export function createInsightRecorder(store: InsightStore, log: Logger, now: () => Date = () => new Date()): InsightRecorder {
  const today = () => now().toISOString().slice(0, 10);

  async function safely(what: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      log.warn({ err: error, what }, 'insights.record_failed');
    }
  }

  const add = (day: string, counters: DailyCounters) => safely('counters', () => store.addDailyCounters(day, counters));

  return {
    messageDecided(message, handled) {
      const explanation = handled.explanation;
      if (explanation === undefined) return Promise.resolve();
      return safely('decision', async () => {
        const outcome = outcomeOf(explanation.plan);
        const counters: DailyCounters = { [COUNTER.outcome(outcome, teamChannelOf(message))]: 1 };
        for (const step of explanation.plan) {
          if (step.do !== 'handoff') continue;
          for (const reason of step.reasons) counters[COUNTER.handoffReason(reason)] = 1;
        }
        const gap = findKnowledgeGap(message, explanation);
        if (gap !== undefined) counters[COUNTER.gaps()] = 1;
        await store.addDailyCounters(dayOf(message.at, today()), counters);
        if (gap !== undefined) await store.recordGap(gap);
      });
    },
    botResponded(message, seconds) {
      return add(dayOf(message.at, today()), { [COUNTER.botResponse(teamChannelOf(message), bucketOf(seconds))]: 1 });
    },
    humanResponded(ticket, seconds) {
      return add(today(), { [COUNTER.humanResponse(teamChannelOf(ticket), ticket.priority, bucketOf(seconds))]: 1 });
    },
    draftSent(edited) {
      return add(today(), { [COUNTER.draftSent(edited)]: 1 });
    },
    deadlineMissed(ticket) {
      return add(today(), { [COUNTER.deadlineMissed(teamChannelOf(ticket), ticket.priority)]: 1 });
    },
  };
}

/** The UTC day of a customer's post (`fallback` when its time is unreadable). */
function dayOf(iso: string, fallback: string): string {
  const at = Date.parse(iso);
  return Number.isFinite(at) ? new Date(at).toISOString().slice(0, 10) : fallback;
}
