// Which words hold the failing-now model back on posts it should flag, and how its examples teach
// them: `npx tsx bench/failing-now-features.ts [--crowd] [--top N]`. Reads dev halves only (the
// labelled real posts with a minimum priority of high, or with --crowd the airline crowd's negative
// tweets about delays, cancellations, bags and bookings); the held-out halves stay unseen. A word
// that pulls many of them down and that the examples use with one label only ("how do I" had been
// asked only when nothing failed) is what new example pairs should teach: see the README, "The
// failing-now model".
import { pathToFileURL } from 'node:url';
import { decodeXText } from '../src/channels/twitter/decode-x-text.ts';
import { DEFAULT_SETTINGS } from '../src/core/settings.ts';
import { analyzeText } from '../src/core/triage/analyze-text.ts';
import { cleanQuestion } from '../src/core/triage/clean-question.ts';
import { wordModelFeatures } from '../src/core/triage/failure-word-features.ts';
import { analysedExamples, FAILING_NOW_THRESHOLD, trainFailingNowModel } from '../src/core/triage/score-failing-now.ts';
import { featuresOf } from '../src/core/triage/train-word-classifier.ts';
import { needsHighPriority, readAirlineCrowd, readRealPosts, splitOf } from './read-real-posts.ts';
import { formatTable, type BenchTable } from './table.ts';

const CROWD_FAILURE_REASONS = new Set(['Late Flight', 'Cancelled Flight', 'Lost Luggage', 'Damaged Luggage', 'Flight Booking Problems']);

/** Dev posts that report something failing now, by one judgment or the other. */
function failingDevPosts(crowd: boolean): string[] {
  if (crowd) {
    return readAirlineCrowd()
      .filter((t) => t.sentiment === 'negative' && CROWD_FAILURE_REASONS.has(t.negativeReason ?? '') && splitOf('airline', t.id) === 'dev')
      .map((t) => decodeXText(t.text));
  }
  return readRealPosts()
    .filter((p) => p.label.split === 'dev' && needsHighPriority(p.label))
    .map((p) => p.text);
}

export function failingNowFeatureTable(crowd: boolean, top: number): BenchTable {
  const model = trainFailingNowModel();
  const taught = new Map<string, { high: number; other: number }>();
  for (const { label, analysis } of analysedExamples()) {
    for (const feature of featuresOf(wordModelFeatures(analysis))) {
      const counts = taught.get(feature) ?? { high: 0, other: 0 };
      counts[label]++;
      taught.set(feature, counts);
    }
  }
  const pulls = new Map<string, { sum: number; posts: number }>();
  const posts = failingDevPosts(crowd);
  let missed = 0;
  for (const text of posts) {
    const features = wordModelFeatures(analyzeText(cleanQuestion(text, []), DEFAULT_SETTINGS.languages));
    if (model.probability(features) >= FAILING_NOW_THRESHOLD) continue;
    missed++;
    for (const [feature, weight] of model.weightsOf(features)) {
      if (weight >= 0) continue;
      const pull = pulls.get(feature) ?? { sum: 0, posts: 0 };
      pull.sum += weight;
      pull.posts++;
      pulls.set(feature, pull);
    }
  }
  const rows = [...pulls]
    .sort((a, b) => a[1].sum - b[1].sum)
    .slice(0, top)
    .map(([feature, { sum, posts: count }]) => {
      const counts = taught.get(feature) ?? { high: 0, other: 0 };
      return [feature, sum.toFixed(2), count, (sum / count).toFixed(2), counts.high, counts.other];
    });
  return {
    title: `Features that hold the failing-now model below ${FAILING_NOW_THRESHOLD} on ${missed} of ${posts.length} ${crowd ? "airline crowd's negative dev tweets about delays, cancellations, bags and bookings" : 'dev real posts labelled high or urgent'}`,
    columns: ['feature', 'total pull', 'posts', 'weight', 'high examples', 'other examples'],
    rows,
    notes: [
      'Features: a word, its first five letters (`cance~`), a word pair inside a clause, `@` a lexicon category, `%` the part words play in telling of a failure.',
      'The weight is learnt from the examples in src/core/triage/failing-now-examples/: a feature common in posts that should be flagged but used mostly in `other` examples is a gap in them.',
    ],
  };
}

const USAGE = 'usage: npx tsx bench/failing-now-features.ts [--crowd] [--top N]';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 30;
  const unknown = args.filter((arg, i) => arg !== '--crowd' && arg !== '--top' && !(topAt >= 0 && i === topAt + 1));
  if (unknown.length > 0 || !Number.isInteger(top) || top <= 0) {
    process.stderr.write(`${unknown.length > 0 ? `unknown argument ${unknown[0]}` : '--top takes a positive whole number'}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stdout.write(`${formatTable(failingNowFeatureTable(args.includes('--crowd'), top))}\n`);
}
