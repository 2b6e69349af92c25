// First-response deadlines of handoffs (PLAYBOOK, Speed): customers on X expect an answer within
// 1-2 hours and a quarter of complainers within 60 minutes; Facebook users within 24 hours.
// Outside business hours the clock starts at the next opening and only open time counts.
import type { ChannelId, MessageKind, Priority } from './model.ts';
import { addOpenTime, nextOpening, type BusinessHours } from './business-hours.ts';

/** Minutes allowed for the first human response, per priority. */
export type ResponseMinutes = Readonly<Record<Priority, number>>;

export interface DeadlinePolicy {
  /**
   * Response times keyed `channel:kind` (`twitter:mention`), `channel` (`twitter`) or `*`, looked
   * up in that order.
   */
  minutes: Readonly<Record<string, ResponseMinutes>>;
  /** Priorities whose clock runs round the clock, ignoring business hours (an on-call rota answers). */
  roundTheClock: readonly Priority[];
}

// Issue 4 and PLAYBOOK: on X urgent 15 min, high 30 min, normal 60 min (a quarter of
// complainers expect an answer within the hour), low 4 h (inside the 1-2 h most expect, doubled
// for requests that are not complaints).
const X_MINUTES: ResponseMinutes = { urgent: 15, high: 30, normal: 60, low: 240 };
// PLAYBOOK: Facebook users expect an answer within 24 hours; urgent cases still go at once.
const FACEBOOK_MINUTES: ResponseMinutes = { urgent: 15, high: 4 * 60, normal: 24 * 60, low: 24 * 60 };

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = {
  minutes: {
    twitter: X_MINUTES,
    // Chat widgets (Bot Framework) are as live as X: the customer is waiting on the page.
    botframework: X_MINUTES,
    facebook: FACEBOOK_MINUTES,
    // Unknown channels get X's times: better an early reminder than a missed customer.
    '*': X_MINUTES,
  },
  // PLAYBOOK: legal threats and safety issues go to a human at once, whatever the hour.
  roundTheClock: ['urgent'],
};

export interface DeadlineInput {
  priority: Priority;
  channel: ChannelId;
  kind: MessageKind;
  openedAt: Date;
  policy?: DeadlinePolicy;
  /** Without business hours the desk counts as always open. */
  hours?: BusinessHours;
}

export interface Deadline {
  deadlineAt: Date;
  /** When the clock started: `openedAt`, or the next opening when the desk was closed. */
  clockStartsAt: Date;
}

const MINUTE_MS = 60_000;

export function responseMinutesFor(policy: DeadlinePolicy, channel: ChannelId, kind: MessageKind): ResponseMinutes {
  return policy.minutes[`${channel}:${kind}`] ?? policy.minutes[channel] ?? policy.minutes['*'] ?? X_MINUTES;
}

export function firstResponseDeadline(input: DeadlineInput): Deadline {
  const policy = input.policy ?? DEFAULT_DEADLINE_POLICY;
  const durationMs = responseMinutesFor(policy, input.channel, input.kind)[input.priority] * MINUTE_MS;
  const hours = policy.roundTheClock.includes(input.priority) ? undefined : input.hours;
  if (hours === undefined) {
    return { clockStartsAt: input.openedAt, deadlineAt: new Date(input.openedAt.getTime() + durationMs) };
  }
  return {
    clockStartsAt: nextOpening(input.openedAt, hours),
    deadlineAt: addOpenTime(input.openedAt, durationMs, hours),
  };
}

/** Share of the allowed time after which the agents are reminded. */
const REMINDER_SHARE = 0.75;
/** The latest reminder still leaves this long to answer. */
const REMINDER_LEAD_MS = 5 * MINUTE_MS;

/**
 * When to remind the agents: at 75% of the allowed time or 5 minutes before the deadline,
 * whichever is earlier, but never before `now`; undefined when the deadline has already passed.
 */
export function reminderAt(deadlineAt: Date, clockStartsAt: Date, now: Date): Date | undefined {
  if (deadlineAt.getTime() <= now.getTime()) return undefined;
  const share = clockStartsAt.getTime() + (deadlineAt.getTime() - clockStartsAt.getTime()) * REMINDER_SHARE;
  const lead = deadlineAt.getTime() - REMINDER_LEAD_MS;
  return new Date(Math.max(Math.min(share, lead), now.getTime()));
}

/**
 * Reads response times such as `twitter=15/30/60/240; twitter:dm=30/60/120/480; *=15/60/240/1440`
 * (urgent/high/normal/low minutes, per channel or channel:kind) over the defaults, naming the
 * bad part when there is one.
 */
export function parseResponseMinutes(
  text: string,
  base: DeadlinePolicy = DEFAULT_DEADLINE_POLICY,
): { ok: true; policy: DeadlinePolicy } | { ok: false; error: string } {
  const minutes: Record<string, ResponseMinutes> = { ...base.minutes };
  for (const part of text.split(';').map((item) => item.trim()).filter(Boolean)) {
    const match = /^([a-z*][a-z0-9_-]*(?::(?:mention|dm))?)\s*=\s*(\d+)\/(\d+)\/(\d+)\/(\d+)$/i.exec(part);
    if (!match) {
      return { ok: false, error: `"${part}" is not channel=urgent/high/normal/low minutes, e.g. twitter=15/30/60/240` };
    }
    const [, key, urgent, high, normal, low] = match;
    minutes[key!.toLowerCase()] = { urgent: Number(urgent), high: Number(high), normal: Number(normal), low: Number(low) };
  }
  return { ok: true, policy: { ...base, minutes } };
}
