// The team view's figures from the per-day counters (daily-counters.ts): per day, how the bot
// handled posts, response times of the bot and of agents (median and 90th percentile, per
// channel and priority), drafts sent as is or edited and missed deadlines; over the period,
// handoffs by reason.
import { PRIORITIES } from '../core/model.ts';
import { addToHistogram, emptyHistogram, quantileOf, type DurationHistogram, type Outcome } from './daily-counters.ts';
import type { DailyCounters } from './insight-store.ts';

export interface ResponseSeries {
  /** `bot`, or an agent's handoff priority. */
  who: string;
  channel: string;
  /** Seconds per day; undefined on days without any. */
  median: (number | undefined)[];
  p90: (number | undefined)[];
  count: number;
  /** Over the whole period. */
  overallMedian: number | undefined;
}

export interface TeamSummary {
  days: string[];
  /** Posts per day by how the bot handled them (ignored ones left out). */
  outcomes: Record<Exclude<Outcome, 'ignored'>, number[]>;
  ignored: number[];
  /** Share (0..1) of the period's posts the bot answered from the knowledge with no human. */
  answeredShare: number | undefined;
  channels: string[];
  bot: ResponseSeries[];
  human: ResponseSeries[];
  handoffReasons: { reason: string; count: number }[];
  deadlineMisses: { priority: string; perDay: number[] }[];
  drafts: { asIs: number[]; edited: number[] };
  gaps: number[];
}

export function summarizeTeam(days: readonly string[], counters: Readonly<Record<string, DailyCounters>>): TeamSummary {
  const zeros = () => days.map(() => 0);
  const outcomes = { answered: zeros(), 'handed-off': zeros(), other: zeros() };
  const ignored = zeros();
  const reasons = new Map<string, number>();
  const misses = new Map<string, number[]>();
  const drafts = { asIs: zeros(), edited: zeros() };
  const gaps = zeros();
  const channels = new Set<string>();
  const responses = new Map<string, { who: string; channel: string; perDay: DurationHistogram[] }>();

  days.forEach((day, index) => {
    for (const [name, value] of Object.entries(counters[day] ?? {})) {
      const [kind, ...parts] = name.split(':');
      if (kind === 'outcome') {
        const [outcome, channel] = parts as [Outcome, string];
        channels.add(channel);
        if (outcome === 'ignored') ignored[index]! += value;
        else if (outcome in outcomes) outcomes[outcome][index]! += value;
      } else if (kind === 'handoff-reason') {
        reasons.set(parts[0]!, (reasons.get(parts[0]!) ?? 0) + value);
      } else if (kind === 'deadline-missed') {
        const priority = parts[1]!;
        const perDay = misses.get(priority) ?? zeros();
        perDay[index]! += value;
        misses.set(priority, perDay);
      } else if (kind === 'drafts') {
        drafts[parts[0] === 'edited' ? 'edited' : 'asIs'][index]! += value;
      } else if (kind === 'gaps') {
        gaps[index]! += value;
      } else if (kind === 'bot-response' || kind === 'human-response') {
        const [channel, who, bucket] = kind === 'bot-response' ? [parts[0]!, 'bot', parts[1]!] : [parts[0]!, parts[1]!, parts[2]!];
        channels.add(channel);
        const key = `${who}:${channel}`;
        const series = responses.get(key) ?? { who, channel, perDay: days.map(emptyHistogram) };
        addToHistogram(series.perDay[index]!, bucket, value);
        responses.set(key, series);
      }
    }
  });

  const posts = (['answered', 'handed-off', 'other'] as const).reduce((sum, outcome) => sum + total(outcomes[outcome]), 0);
  const series = [...responses.values()].map(({ who, channel, perDay }) => {
    const overall = emptyHistogram();
    for (const histogram of perDay) histogram.counts.forEach((count, bucket) => addCount(overall, bucket, count));
    return {
      who,
      channel,
      median: perDay.map((histogram) => quantileOf(histogram, 0.5)),
      p90: perDay.map((histogram) => quantileOf(histogram, 0.9)),
      count: overall.total,
      overallMedian: quantileOf(overall, 0.5),
    };
  });
  const byPriority = (a: ResponseSeries, b: ResponseSeries) =>
    a.channel.localeCompare(b.channel) || PRIORITIES.indexOf(b.who as never) - PRIORITIES.indexOf(a.who as never);
  return {
    days: [...days],
    outcomes,
    ignored,
    answeredShare: posts === 0 ? undefined : total(outcomes.answered) / posts,
    channels: [...channels].sort(),
    bot: series.filter((item) => item.who === 'bot').sort(byPriority),
    human: series.filter((item) => item.who !== 'bot').sort(byPriority),
    handoffReasons: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    deadlineMisses: [...misses]
      .map(([priority, perDay]) => ({ priority, perDay }))
      .sort((a, b) => PRIORITIES.indexOf(b.priority as never) - PRIORITIES.indexOf(a.priority as never)),
    drafts,
    gaps,
  };
}

function total(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}

function addCount(histogram: DurationHistogram, bucket: number, count: number): void {
  histogram.counts[bucket] = (histogram.counts[bucket] ?? 0) + count;
  histogram.total += count;
}

/** The `count` UTC days up to and including `lastDay`, oldest first. */
export function daysUpTo(lastDay: string, count: number): string[] {
  const last = Date.parse(`${lastDay}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => new Date(last - (count - 1 - index) * 86_400_000).toISOString().slice(0, 10));
}
