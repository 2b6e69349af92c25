// The whole Twitter US Airline Sentiment set judged by its own crowd of annotators, not by us:
// the 10,339 tweets on whose sentiment ≥ 90% of them agreed, which nobody here labelled (only the
// dev half's texts are ever looked at). Two things the crowd's labels tell without our judgment:
// a public thank-you to a tweet the crowd called negative is a thank-you to a complaint or to
// sarcasm, and a tweet about a lost bag or a cancelled flight is a journey in trouble that a
// person should see soon. Same responder, knowledge and readdressing as the real-posts bench.
import { pathToFileURL } from 'node:url';
import { createPronto } from '../src/app.ts';
import { decodeXText } from '../src/channels/twitter/decode-x-text.ts';
import { loadConfig, PACKAGE_DIR } from '../src/config.ts';
import { PRIORITIES, type Priority } from '../src/core/model.ts';
import type { Logger } from '../src/core/ports.ts';
import type { HandledMessage } from '../src/core/responder.ts';
import { botActionOf, type BotAction } from './judge-real-post.ts';
import { readAirlineCrowd, splitOf, type AirlineTweet, type Split } from './read-real-posts.ts';
import { CLOCK, EXAMPLE_BRAND, fraction, toMessage } from './real-posts.ts';
import { formatTable, type BenchTable } from './table.ts';

/** Tweets on whose sentiment at least this share of the crowd agreed; the rest are too unsure. */
const CROWD_AGREEMENT = 0.9;
const SPLITS: readonly Split[] = ['dev', 'test'];
const SENTIMENTS: readonly AirlineTweet['sentiment'][] = ['negative', 'neutral', 'positive'];
// Enough dev ids to look a pattern up.
const EXAMPLES = 15;
const silent: Logger = { info() {}, warn() {}, error() {} };

interface Outcome {
  tweet: AirlineTweet;
  split: Split;
  bot: BotAction;
  priority: Priority | undefined;
  /** The mood the handoff summary gives the agent ("Fault: «...» · angry · ..."). */
  mood: string | undefined;
}

export async function benchAirlineCrowd(): Promise<BenchTable[]> {
  const tweets = readAirlineCrowd().filter((tweet) => tweet.confidence >= CROWD_AGREEMENT && tweet.brand !== undefined);
  const pronto = await createPronto({ config: loadConfig({ PRONTO_BRAND_HANDLES: EXAMPLE_BRAND }, PACKAGE_DIR), log: silent, clock: CLOCK });
  const outcomes: Outcome[] = [];
  for (const tweet of tweets) {
    const handled = await pronto.responder.handle(toMessage({ label: { source: 'airline', id: tweet.id }, text: decodeXText(tweet.text), brand: tweet.brand! }));
    const summary = handled.actions.find((action) => action.type === 'handoff')?.summary;
    outcomes.push({ tweet, split: splitOf('airline', tweet.id), bot: botActionOf(handled), priority: handoffPriority(handled), mood: summary?.split(' · ')[1] });
  }
  await pronto.close();
  printDevExamples(outcomes);
  return [sentimentTable(outcomes), reasonTable(outcomes)];
}

function handoffPriority({ actions }: HandledMessage): Priority | undefined {
  return actions.find((action) => action.type === 'handoff')?.priority;
}

function isHighOrUrgent({ priority }: Outcome): boolean {
  return priority !== undefined && PRIORITIES.indexOf(priority) >= PRIORITIES.indexOf('high');
}

function sentimentTable(outcomes: Outcome[]): BenchTable {
  const rows: (string | number)[][] = [];
  for (const sentiment of SENTIMENTS) {
    const of = (split: Split) => outcomes.filter((o) => o.split === split && o.tweet.sentiment === sentiment);
    const row = (what: string, predicate: (o: Outcome) => boolean) =>
      rows.push([`${sentiment}: ${what}`, ...SPLITS.map((split) => fraction(of(split).filter(predicate).length, of(split).length))]);
    row('thanked in public', (o) => o.bot === 'thank-you');
    row('handed to a person', (o) => o.bot === 'handoff' || o.bot === 'dm+handoff');
    if (sentiment === 'negative') row('handed to a person at low priority', (o) => o.priority === 'low');
    row('handed to a person, the summary says angry', (o) => o.mood === 'angry');
    if (sentiment === 'negative') row('handed to a person, the summary says calm or happy', (o) => o.mood === 'calm' || o.mood === 'happy');
    row('answered from the knowledge (wrong)', (o) => o.bot === 'answer');
  }
  return {
    title: `Airline tweets judged by the crowd (${outcomes.length} tweets, not labelled by us)`,
    columns: ['the crowd said', 'dev', 'test'],
    rows,
    notes: [
      `Twitter US Airline Sentiment, every tweet on whose sentiment at least ${CROWD_AGREEMENT * 100}% of its annotators agreed; split dev/test by the same hash as the real posts. Tuning looks at dev texts only.`,
      'A thank-you to a tweet the crowd called negative is a thank-you to a complaint or to sarcasm: the figure to bring to 0. The knowledge is a telecom\'s, so any knowledge answer to an airline tweet is wrong.',
      'Thanks to positive tweets are right but not all are due: praise that asks for something or reports a problem goes to a person.',
      'A negative tweet handed off at low priority is a complaint the triage did not recognise: it waits at the bottom of the agents\' queue.',
      'The summary says angry for words of anger or a negative post said with heat (capitals, "!!!", angry emoji); a neutral or positive tweet summarised as angry misleads the agent. A complaint or a wish to leave told in neutral words is unhappy, not calm.',
    ],
  };
}

/** Negative tweets by the crowd's reason: the share a person gets at high or urgent priority. */
function reasonTable(outcomes: Outcome[]): BenchTable {
  const negative = outcomes.filter((o) => o.tweet.sentiment === 'negative');
  const reasons = [...new Set(negative.map((o) => o.tweet.negativeReason ?? '(none given)'))].sort();
  return {
    title: 'Airline tweets the crowd called negative, by its reason: handed off at high or urgent',
    columns: ['reason', 'dev', 'test'],
    rows: reasons.map((reason) => {
      const of = (split: Split) => negative.filter((o) => o.split === split && (o.tweet.negativeReason ?? '(none given)') === reason);
      return [reason, ...SPLITS.map((split) => fraction(of(split).filter(isHighOrUrgent).length, of(split).length))];
    }),
    notes: [
      'Not a recall against our labels: a past delay with nothing pending is rightly normal. A lost or damaged bag and a cancelled flight almost always need a person soon, so their rows should be near 100%.',
    ],
  };
}

/** Dev ids of what to look at: negative tweets thanked, tweets answered, and lost bags and cancelled flights below high. */
function printDevExamples(outcomes: Outcome[]): void {
  const dev = outcomes.filter((o) => o.split === 'dev' && o.tweet.sentiment === 'negative');
  const ids = (found: Outcome[]) => found.slice(0, EXAMPLES).map((o) => o.tweet.id).join(', ') || 'none';
  const thanked = dev.filter((o) => o.bot === 'thank-you');
  process.stderr.write(`airline-crowd: negative tweets thanked in public, dev ${thanked.length}: ${ids(thanked)}\n`);
  const answered = outcomes.filter((o) => o.split === 'dev' && o.bot === 'answer');
  process.stderr.write(`airline-crowd: tweets answered from the knowledge, dev ${answered.length}: ${ids(answered)}\n`);
  for (const reason of ['Lost Luggage', 'Damaged Luggage', 'Cancelled Flight']) {
    const below = dev.filter((o) => o.tweet.negativeReason === reason && !isHighOrUrgent(o));
    process.stderr.write(`airline-crowd: ${reason} below high, dev ${below.length}: ${ids(below)}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const table of await benchAirlineCrowd()) console.log(`${formatTable(table)}\n`);
}
