import { describe, expect, it } from 'vitest';
import { daysUpTo, summarizeTeam } from '../../src/insights/summarize-team.ts';

describe('summarizeTeam', () => {
  const days = ['2026-11-19', '2026-11-20'];
  const summary = summarizeTeam(days, {
    '2026-11-19': {
      'outcome:answered:twitter': 6,
      'outcome:handed-off:twitter': 2,
      'outcome:other:facebook': 2,
      'outcome:ignored:twitter': 5,
      'handoff-reason:complaint': 2,
      'bot-response:twitter:le2': 4,
      'bot-response:twitter:le4': 4,
      'human-response:twitter:high:le1024': 1,
      'drafts:as-is': 1,
      gaps: 1,
    },
    '2026-11-20': {
      'handoff-reason:complaint': 1,
      'handoff-reason:influencer': 3,
      'deadline-missed:twitter:urgent': 1,
      'drafts:edited': 2,
    },
  });

  it('counts posts per day by outcome and the share the bot answered, ignored posts left out', () => {
    expect(summary.outcomes).toEqual({ answered: [6, 0], 'handed-off': [2, 0], other: [2, 0] });
    expect(summary.ignored).toEqual([5, 0]);
    expect(summary.answeredShare).toBe(0.6);
    expect(summary.channels).toEqual(['facebook', 'twitter']);
  });

  it('reads response times per day as median and 90th percentile, per channel and priority', () => {
    expect(summary.bot).toEqual([
      { who: 'bot', channel: 'twitter', median: [2, undefined], p90: [3.6, undefined], count: 8, overallMedian: 2 },
    ]);
    expect(summary.human).toEqual([expect.objectContaining({ who: 'high', channel: 'twitter', count: 1 })]);
  });

  it('totals handoffs by reason, most first, and keeps misses and drafts per day', () => {
    expect(summary.handoffReasons).toEqual([{ reason: 'complaint', count: 3 }, { reason: 'influencer', count: 3 }]);
    expect(summary.deadlineMisses).toEqual([{ priority: 'urgent', perDay: [0, 1] }]);
    expect(summary.drafts).toEqual({ asIs: [1, 0], edited: [0, 2] });
    expect(summary.gaps).toEqual([1, 0]);
  });

  it('has no share when there were no posts', () => {
    expect(summarizeTeam(days, {}).answeredShare).toBeUndefined();
  });
});

describe('daysUpTo', () => {
  it('lists the days up to the last one, oldest first, across a month end', () => {
    expect(daysUpTo('2026-12-01', 3)).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
  });
});
