/** What the confidence of one candidate entry is computed from. */
export interface ConfidenceInputs {
  /** Classifier probability of the entry among its candidates. */
  probability: number;
  /** Its probability minus the best other entry's (negative for all but the best). */
  margin: number;
  /** Share of the query's content words the knowledge knows. */
  known: number;
  /** Rarity-weighted share of the query's content words found in this entry's own texts. */
  entryCoverage: number;
  /** Share of the query's topic words this entry covers (words only in its first paragraph at half credit). */
  coverage: number;
  /** How many of the query's topic words this entry has. */
  shared: number;
  /** How many topic words the query has. */
  topicCount: number;
  /** How many names the query has that the knowledge does not know ("at Heathrow"). */
  unknownNameCount: number;
  /** How many generic words of asking or complaining ("help", "not working") the query has. */
  genericCount: number;
  /** Number of content words in the query. */
  contentCount: number;
}

/**
 * Logistic model of "this entry is what the customer asks", fitted by `npx tsx
 * bench/matching.ts --fit` on the matches the rules below leave uncapped, from training splits
 * only: realistic traffic (the example knowledge asked its own held-out example questions among
 * five times as many real tweets to other brands, which no entry answers), and intent sets
 * (BANKING77, CLINC150 with its out-of-scope train/validation queries, HWU64, xSID-it
 * validation; 3 to 10 examples per intent, some intents held out so that their queries are
 * unanswerable). Test splits and the labelled real posts are never read by the fit.
 */
export const CONFIDENCE_COEFFICIENTS = {
  intercept: -1.649,
  logitProbability: 0.121,
  margin: 4.039,
  known: 0.374,
  fewWords: -0.7,
  entryCoverage: 0.355,
  coverage: 0.961,
};

// Queries of one or two content words are ambiguous more often than longer ones.
const FEW_WORDS = 2;

/**
 * An answer needs at least this many of the post's topic words in the entry: one shared word
 * ("pay", "app") is what most real posts that match no entry have in common with some entry.
 * The one exception is a post that asks about one thing in plain words ("come faccio a
 * ricaricare?"): with no other topic word, no generic word ("my internet is not working,
 * help") and no name the knowledge does not know ("5 hours at Heathrow" shares only "hours"
 * with the support hours) it says nothing the entry does not cover.
 */
export const MIN_SHARED_WORDS = 2;
/** ...and at least this share of them: a post mostly about something else is not answered. */
export const MIN_COVERAGE = 0.5;
/**
 * The confidence of a match that fails either rule is at most this: such matches are right 23%
 * of the time on the fit data (`--fit` prints it), far below any answer threshold worth using.
 */
export const UNSUPPORTED_MAX_CONFIDENCE = 0.25;

function logit(p: number): number {
  const clamped = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(clamped / (1 - clamped));
}

/** The feature vector the coefficients apply to, in their order (for fitting). */
export function confidenceFeatures(x: ConfidenceInputs): number[] {
  return [
    1,
    logit(x.probability),
    x.margin,
    x.known,
    x.contentCount <= FEW_WORDS ? 1 : 0,
    x.entryCoverage,
    x.coverage,
  ];
}

/** Whether the post's words support an answer from the entry at all (the rules above). */
export function isSupported(
  x: Pick<ConfidenceInputs, 'coverage' | 'shared' | 'topicCount' | 'genericCount' | 'unknownNameCount'>,
): boolean {
  const askedPlainly = x.topicCount === 1 && x.genericCount === 0 && x.unknownNameCount === 0;
  return (x.shared >= MIN_SHARED_WORDS || (askedPlainly && x.shared === 1)) && x.coverage >= MIN_COVERAGE;
}

// Every candidate of every query is calibrated (twice: for its rank and its confidence).
const DEFAULT_WEIGHTS = Object.values(CONFIDENCE_COEFFICIENTS);

/** Calibrated probability (0..1) that the entry answers the query; 0 when nothing is asked. */
export function calibrateConfidence(
  x: ConfidenceInputs,
  coefficients: typeof CONFIDENCE_COEFFICIENTS = CONFIDENCE_COEFFICIENTS,
): number {
  if (x.contentCount === 0 || x.probability <= 0) return 0;
  const w = coefficients === CONFIDENCE_COEFFICIENTS ? DEFAULT_WEIGHTS : Object.values(coefficients);
  const f = confidenceFeatures(x);
  let z = 0;
  for (let i = 0; i < f.length; i++) z += (w[i] as number) * (f[i] as number);
  const confidence = 1 / (1 + Math.exp(-z));
  return isSupported(x) ? confidence : Math.min(confidence, UNSUPPORTED_MAX_CONFIDENCE);
}
