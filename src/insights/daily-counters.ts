// The names of the per-day counters the store keeps (InsightStore.addDailyCounters), written
// here and read back into the team view's figures here, so the two never drift apart.
// Durations are counted in doubling buckets (1 s, 2 s, 4 s … 36 h), enough for a median and a
// 90th percentile per day without keeping any single time.
import type { MessageKind, Plan } from '../core/model.ts';

/** Upper bounds of the duration buckets, in seconds: 2^0 … 2^17 (about 36 hours), then the rest. */
export const DURATION_BUCKETS_S: readonly number[] = Array.from({ length: 18 }, (_, index) => 2 ** index);

/** How the bot handled a customer's post, as the team view counts it. */
export type Outcome = 'answered' | 'handed-off' | 'other' | 'ignored';

export const COUNTER = {
  outcome: (outcome: Outcome, channel: string) => `outcome:${outcome}:${channel}`,
  handoffReason: (reason: string) => `handoff-reason:${reason}`,
  gaps: () => 'gaps',
  botResponse: (channel: string, bucket: string) => `bot-response:${channel}:${bucket}`,
  humanResponse: (channel: string, priority: string, bucket: string) => `human-response:${channel}:${priority}:${bucket}`,
  draftSent: (edited: boolean) => `drafts:${edited ? 'edited' : 'as-is'}`,
  deadlineMissed: (channel: string, priority: string) => `deadline-missed:${channel}:${priority}`,
} as const;

/**
 * The channel the team view counts a conversation under: Messenger apart from the Page's
 * comments (its own deadlines and 24-hour window, often its own agents); others as they are.
 */
export function teamChannelOf(place: { channel: string; kind: MessageKind }): string {
  return place.channel === 'facebook' && place.kind === 'dm' ? 'messenger' : place.channel;
}

/** Answered from the knowledge with no human needed; a handoff anywhere in the plan means a person. */
export function outcomeOf(plan: Plan): Outcome {
  if (plan.some((step) => step.do === 'ignore')) return 'ignored';
  if (plan.some((step) => step.do === 'handoff')) return 'handed-off';
  if (plan.some((step) => step.do === 'answer' || (step.do === 'dm' && step.entryId !== undefined))) return 'answered';
  return 'other';
}

/** The bucket label of a duration: `le4` holds times up to 4 s; `more` what is over the last bound. */
export function bucketOf(seconds: number): string {
  const bound = DURATION_BUCKETS_S.find((limit) => seconds <= limit);
  return bound === undefined ? 'more' : `le${bound}`;
}

/** One duration histogram read back: counts per bucket, in bucket order, `more` last. */
export interface DurationHistogram {
  counts: number[];
  total: number;
}

export function emptyHistogram(): DurationHistogram {
  return { counts: new Array<number>(DURATION_BUCKETS_S.length + 1).fill(0), total: 0 };
}

/** Adds a counter `…:<bucket>` to the histogram. */
export function addToHistogram(histogram: DurationHistogram, bucket: string, count: number): void {
  const index = bucket === 'more' ? DURATION_BUCKETS_S.length : DURATION_BUCKETS_S.indexOf(Number(bucket.slice(2)));
  if (index < 0) return;
  histogram.counts[index] = (histogram.counts[index] ?? 0) + count;
  histogram.total += count;
}

/**
 * The `q` quantile (0..1) of a histogram, interpolated within its bucket (times are spread
 * evenly inside a bucket); undefined when it is empty. Over the last bound it is that bound.
 */
export function quantileOf(histogram: DurationHistogram, q: number): number | undefined {
  if (histogram.total === 0) return undefined;
  const rank = q * histogram.total;
  let seen = 0;
  for (const [index, count] of histogram.counts.entries()) {
    if (count === 0) continue;
    if (seen + count >= rank) {
      const upper = DURATION_BUCKETS_S[index] ?? DURATION_BUCKETS_S.at(-1)!;
      const lower = index === 0 ? 0 : (DURATION_BUCKETS_S[index - 1] ?? 0);
      return index === DURATION_BUCKETS_S.length ? upper : lower + ((rank - seen) / count) * (upper - lower);
    }
    seen += count;
  }
  return DURATION_BUCKETS_S.at(-1);
}

/** Splits a counter name into its parts: `outcome:answered:twitter` → [`outcome`, `answered`, `twitter`]. */
export function partsOf(name: string): string[] {
  return name.split(':');
}

