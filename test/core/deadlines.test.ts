import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../../src/core/business-hours.ts';
import {
  DEFAULT_DEADLINE_POLICY,
  parseResponseMinutes,
  firstResponseDeadline,
  reminderAt,
  type DeadlineInput,
} from '../../src/core/deadlines.ts';

const MINUTE_MS = 60_000;
const WEEKDAY_9_18 = [{ from: '09:00', to: '18:00' }];
const ROME_OFFICE: BusinessHours = {
  timeZone: 'Europe/Rome',
  days: { mon: WEEKDAY_9_18, tue: WEEKDAY_9_18, wed: WEEKDAY_9_18, thu: WEEKDAY_9_18, fri: WEEKDAY_9_18 },
};

function anInput(overrides: Partial<DeadlineInput> = {}): DeadlineInput {
  return {
    priority: 'normal',
    channel: 'twitter',
    kind: 'mention',
    openedAt: new Date('2026-01-12T10:00:00Z'),
    ...overrides,
  };
}

const minutesAllowed = (input: DeadlineInput) => {
  const { deadlineAt, clockStartsAt } = firstResponseDeadline(input);
  return (deadlineAt.getTime() - clockStartsAt.getTime()) / MINUTE_MS;
};

describe('firstResponseDeadline', () => {
  it.each([
    ['urgent', 'twitter', 'mention', 15],
    ['high', 'twitter', 'mention', 30],
    ['normal', 'twitter', 'mention', 60],
    ['low', 'twitter', 'mention', 240],
    ['normal', 'twitter', 'dm', 60],
    ['high', 'botframework', 'dm', 30],
    ['normal', 'facebook', 'mention', 24 * 60],
    ['urgent', 'facebook', 'dm', 15],
    ['low', 'some-new-channel', 'dm', 240],
  ] as const)('allows %s on %s (%s) %i minutes when the desk is always open', (priority, channel, kind, minutes) => {
    expect(minutesAllowed(anInput({ priority, channel, kind }))).toBe(minutes);
  });

  it('prefers a channel:kind entry of a custom policy when one is configured', () => {
    const policy = {
      ...DEFAULT_DEADLINE_POLICY,
      minutes: { ...DEFAULT_DEADLINE_POLICY.minutes, 'twitter:dm': { urgent: 10, high: 20, normal: 120, low: 480 } },
    };
    expect(minutesAllowed(anInput({ kind: 'dm', policy }))).toBe(120);
    expect(minutesAllowed(anInput({ kind: 'mention', policy }))).toBe(60);
  });

  it('starts the clock at once when the desk is open', () => {
    const deadline = firstResponseDeadline(anInput({ hours: ROME_OFFICE }));
    expect(deadline.clockStartsAt.toISOString()).toBe('2026-01-12T10:00:00.000Z');
    expect(deadline.deadlineAt.toISOString()).toBe('2026-01-12T11:00:00.000Z');
  });

  it('starts the clock at the next opening when a handoff comes on Saturday', () => {
    const deadline = firstResponseDeadline(anInput({ openedAt: new Date('2026-01-10T15:00:00Z'), hours: ROME_OFFICE }));
    expect(deadline.clockStartsAt.toISOString()).toBe('2026-01-12T08:00:00.000Z');
    expect(deadline.deadlineAt.toISOString()).toBe('2026-01-12T09:00:00.000Z');
  });

  it('counts only open time when the handoff comes shortly before closing', () => {
    // 17:30 in Rome: 30 minutes today, 30 minutes on Tuesday morning.
    const deadline = firstResponseDeadline(anInput({ openedAt: new Date('2026-01-12T16:30:00Z'), hours: ROME_OFFICE }));
    expect(deadline.deadlineAt.toISOString()).toBe('2026-01-13T08:30:00.000Z');
  });

  it('starts after a holiday when the next day is one', () => {
    const hours = { ...ROME_OFFICE, holidays: ['2026-01-12'] };
    const deadline = firstResponseDeadline(anInput({ openedAt: new Date('2026-01-10T15:00:00Z'), priority: 'high', hours }));
    expect(deadline.deadlineAt.toISOString()).toBe('2026-01-13T08:30:00.000Z');
  });

  it('keeps the clock running for urgent handoffs when the desk is closed', () => {
    const deadline = firstResponseDeadline(
      anInput({ priority: 'urgent', openedAt: new Date('2026-01-10T15:00:00Z'), hours: ROME_OFFICE }),
    );
    expect(deadline.clockStartsAt.toISOString()).toBe('2026-01-10T15:00:00.000Z');
    expect(deadline.deadlineAt.toISOString()).toBe('2026-01-10T15:15:00.000Z');
  });

  it('waits for business hours for urgent handoffs when the policy has no round-the-clock priorities', () => {
    const policy = { ...DEFAULT_DEADLINE_POLICY, roundTheClock: [] };
    const deadline = firstResponseDeadline(
      anInput({ priority: 'urgent', openedAt: new Date('2026-01-10T15:00:00Z'), hours: ROME_OFFICE, policy }),
    );
    expect(deadline.deadlineAt.toISOString()).toBe('2026-01-12T08:15:00.000Z');
  });

  it('computes local opening in summer time when the handoff crosses the spring change', () => {
    const deadline = firstResponseDeadline(anInput({ openedAt: new Date('2026-03-28T09:00:00Z'), hours: ROME_OFFICE }));
    expect(deadline.clockStartsAt.toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });
});

describe('reminderAt', () => {
  const start = new Date('2026-01-12T10:00:00Z');
  const after = (minutes: number) => new Date(start.getTime() + minutes * MINUTE_MS);

  it.each([
    [60, 0, 45, 'reminds at 75% when that is earlier than 5 minutes before'],
    [15, 0, 10, 'reminds 5 minutes before when that is earlier than 75%'],
    [240, 0, 180, 'reminds at 75% of a long window'],
    [60, 50, 50, 'reminds now when both moments have passed'],
  ])('for a %i-minute window seen at minute %i gives minute %i: %s', (window, nowMinute, expected) => {
    expect(reminderAt(after(window), start, after(nowMinute))?.toISOString()).toBe(after(expected).toISOString());
  });

  it('gives no reminder when the deadline has passed', () => {
    expect(reminderAt(after(60), start, after(61))).toBeUndefined();
  });
});

describe('parseResponseMinutes', () => {
  it('overrides the defaults per channel and channel:kind and keeps the rest', () => {
    const parsed = parseResponseMinutes('twitter=10/20/40/120; twitter:dm = 30/60/120/480');
    expect(parsed.ok && parsed.policy.minutes.twitter).toEqual({ urgent: 10, high: 20, normal: 40, low: 120 });
    expect(parsed.ok && parsed.policy.minutes['twitter:dm']).toEqual({ urgent: 30, high: 60, normal: 120, low: 480 });
    expect(parsed.ok && parsed.policy.minutes.facebook).toEqual(DEFAULT_DEADLINE_POLICY.minutes.facebook);
  });

  it('names the part it cannot read', () => {
    expect(parseResponseMinutes('twitter=15/30/60')).toEqual({
      ok: false,
      error: '"twitter=15/30/60" is not channel=urgent/high/normal/low minutes, e.g. twitter=15/30/60/240',
    });
  });
});
