import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/model.ts';
import { addToHistogram, bucketOf, emptyHistogram, outcomeOf, quantileOf } from '../../src/insights/daily-counters.ts';

describe('outcomeOf', () => {
  it.each<[Plan, string]>([
    [[{ do: 'answer', entryId: 'ricarica' }], 'answered'],
    [[{ do: 'acknowledge', why: 'account' }, { do: 'dm', entryId: 'rimborso' }], 'answered'],
    [[{ do: 'answer', entryId: 'ricarica' }, { do: 'handoff', priority: 'high', reasons: ['influencer'], entryIds: [] }], 'handed-off'],
    [[{ do: 'acknowledge', why: 'account' }, { do: 'dm' }], 'other'],
    [[{ do: 'ask-back' }], 'other'],
    [[{ do: 'ignore', reasons: ['spam'] }], 'ignored'],
  ])('reads %j as %s', (plan, outcome) => {
    expect(outcomeOf(plan)).toBe(outcome);
  });
});

describe('bucketOf', () => {
  it.each([
    [0.2, 'le1'],
    [1, 'le1'],
    [1.01, 'le2'],
    [3_600, 'le4096'],
    [131_072, 'le131072'],
    [200_000, 'more'],
  ])('puts %d s in %s', (seconds, bucket) => {
    expect(bucketOf(seconds)).toBe(bucket);
  });
});

describe('quantileOf', () => {
  it('interpolates within the bucket that holds the rank when times are spread', () => {
    const histogram = emptyHistogram();
    addToHistogram(histogram, 'le2', 2);
    addToHistogram(histogram, 'le64', 2);
    expect(quantileOf(histogram, 0.5)).toBe(2);
    expect(quantileOf(histogram, 0.75)).toBe(48);
  });

  it('says nothing when the histogram is empty and caps at the last bound when times are over it', () => {
    const histogram = emptyHistogram();
    expect(quantileOf(histogram, 0.5)).toBeUndefined();
    addToHistogram(histogram, 'more', 1);
    expect(quantileOf(histogram, 0.5)).toBe(131_072);
  });
});
