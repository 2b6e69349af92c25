import { describe, expect, it } from 'vitest';
import type { MessageTrait, Priority } from '../../src/core/model.ts';
import { PRIORITIES } from '../../src/core/model.ts';
import { decidePriority, explainPriority } from '../../src/core/priority.ts';

interface Row {
  traits: MessageTrait[];
  influencer?: boolean;
  repeated?: boolean;
  priority: Priority;
  reasons: string[];
}

const rank = (priority: Priority) => PRIORITIES.indexOf(priority);

function priorityOf(traits: MessageTrait[], influencer = false, repeated = false): Priority {
  return decidePriority(traits, influencer, { repeated });
}

describe('decidePriority', () => {
  it.each<Row>([
    { traits: [], priority: 'low', reasons: [] },
    { traits: ['question'], priority: 'low', reasons: [] },
    { traits: ['vague'], priority: 'low', reasons: [] },
    { traits: ['account'], priority: 'normal', reasons: ['account'] },
    { traits: ['complaint'], priority: 'normal', reasons: ['complaint'] },
    { traits: ['abuse'], priority: 'normal', reasons: ['abuse'] },
    { traits: ['human'], priority: 'normal', reasons: ['human'] },
    { traits: ['question', 'bereavement'], priority: 'normal', reasons: ['bereavement'] },
    { traits: ['faulty', 'bereavement'], priority: 'high', reasons: ['faulty', 'bereavement'] },
    { traits: ['faulty'], priority: 'high', reasons: ['faulty'] },
    { traits: ['complaint', 'faulty'], priority: 'high', reasons: ['faulty', 'complaint'] },
    { traits: ['legal'], priority: 'urgent', reasons: ['legal'] },
    { traits: ['safety', 'faulty'], priority: 'urgent', reasons: ['safety', 'faulty'] },
    { traits: ['security'], priority: 'urgent', reasons: ['security'] },
    { traits: ['complaint', 'ironic'], priority: 'normal', reasons: ['complaint', 'ironic'] },
    { traits: ['churn'], priority: 'high', reasons: ['churn'] },
    { traits: ['complaint', 'churn'], priority: 'high', reasons: ['complaint', 'churn'] },
    { traits: ['faulty', 'churn'], priority: 'urgent', reasons: ['faulty', 'churn'] },
    { traits: ['question'], influencer: true, priority: 'normal', reasons: ['influencer'] },
    { traits: ['complaint'], influencer: true, priority: 'high', reasons: ['complaint', 'influencer'] },
    { traits: ['faulty'], influencer: true, priority: 'urgent', reasons: ['faulty', 'influencer'] },
    { traits: ['complaint'], repeated: true, priority: 'high', reasons: ['complaint', 'repeated'] },
    {
      traits: ['complaint'],
      influencer: true,
      repeated: true,
      priority: 'urgent',
      reasons: ['complaint', 'influencer', 'repeated'],
    },
    { traits: ['legal'], influencer: true, repeated: true, priority: 'urgent', reasons: ['legal', 'influencer', 'repeated'] },
  ])('gives $priority with $reasons when traits are $traits (influencer $influencer, repeated $repeated)', (row) => {
    const extra = { repeated: row.repeated ?? false };
    expect(explainPriority(row.traits, row.influencer ?? false, extra)).toEqual({
      priority: row.priority,
      reasons: row.reasons,
    });
    expect(decidePriority(row.traits, row.influencer ?? false, extra)).toBe(row.priority);
  });

  it('raises a churn threat once: triage rates it time-critical too, and that does not add a level', () => {
    expect(explainPriority(['account', 'churn'], false, { repeated: false, timeCritical: true })).toEqual({ priority: 'high', reasons: ['account', 'churn'] });
    expect(explainPriority(['faulty', 'churn'], false, { repeated: false, timeCritical: true })).toEqual({ priority: 'urgent', reasons: ['faulty', 'churn'] });
    expect(explainPriority(['complaint'], false, { repeated: false, timeCritical: true })).toEqual({ priority: 'high', reasons: ['complaint', 'time-critical'] });
  });

  it('raises a post the word model reads as failing now to high, once, and names it', () => {
    expect(explainPriority(['complaint'], false, { repeated: false, failingNow: true })).toEqual({ priority: 'high', reasons: ['complaint', 'failing-now'] });
    expect(explainPriority(['question'], false, { repeated: false, failingNow: true, timeCritical: true })).toEqual({ priority: 'high', reasons: ['time-critical'] });
    expect(explainPriority(['faulty'], false, { repeated: false, failingNow: true })).toEqual({ priority: 'high', reasons: ['faulty'] });
    expect(explainPriority(['security'], false, { repeated: false, failingNow: true })).toEqual({ priority: 'urgent', reasons: ['security'] });
    expect(explainPriority(['complaint'], true, { repeated: false, failingNow: true })).toEqual({ priority: 'urgent', reasons: ['complaint', 'failing-now', 'influencer'] });
  });

  it('puts a faulty product above a request for information when both come from anyone', () => {
    expect(rank(priorityOf(['faulty']))).toBeGreaterThan(rank(priorityOf(['question'])));
    expect(rank(priorityOf(['faulty']))).toBeGreaterThan(rank(priorityOf(['complaint'])));
  });

  it('puts an influencer complaint above the same complaint from anyone else when traits match', () => {
    for (const traits of [['complaint'], ['account'], ['question']] satisfies MessageTrait[][]) {
      expect(rank(priorityOf(traits, true))).toBeGreaterThan(rank(priorityOf(traits, false)));
    }
  });

  it('keeps legal threats and safety on top when compared with any other combination', () => {
    const others: MessageTrait[] = ['question', 'account', 'complaint', 'faulty', 'abuse', 'human', 'vague'];
    for (const trait of others) {
      for (const influencer of [false, true]) {
        for (const repeated of [false, true]) {
          const other = rank(priorityOf([trait], influencer, repeated));
          expect(rank(priorityOf(['legal']))).toBeGreaterThanOrEqual(other);
          expect(rank(priorityOf(['safety']))).toBeGreaterThanOrEqual(other);
        }
      }
    }
  });
});
