/** What the confidence of one candidate entry is computed from. */
export interface ConfidenceInputs {
  /** Classifier probability of the entry among its candidates. */
  probability: number;
  /** Its probability minus the best other entry's (negative for all but the best). */
  margin: number;
  /** Share of the query's content words the knowledge knows. */
  coverage: number;
  /** Rarity-weighted share of the query's content words found in this entry's own texts. */
  entryCoverage: number;
  /** Number of content words in the query. */
  contentCount: number;
}

/**
 * Logistic model of "this entry is what the customer asks", fitted by `npx tsx
 * bench/matching.ts --fit` on training splits only (BANKING77, CLINC150 with its out-of-scope
 * train/validation queries, HWU64, xSID-it validation; knowledge of 3 to 10 examples per
 * intent, with some intents held out of the knowledge so that their queries are unanswerable).
 * Test splits are never read by the fit.
 */
export const CONFIDENCE_COEFFICIENTS = {
  intercept: -0.792,
  logitProbability: 0.628,
  margin: 2.636,
  coverage: 0.616,
  fewWords: -0.372,
  entryCoverage: 0.552,
};

// Queries of one or two content words are ambiguous more often than longer ones.
const FEW_WORDS = 2;

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
    x.coverage,
    x.contentCount <= FEW_WORDS ? 1 : 0,
    x.entryCoverage,
  ];
}

/** Calibrated probability (0..1) that the entry answers the query; 0 when nothing is asked. */
export function calibrateConfidence(
  x: ConfidenceInputs,
  coefficients: typeof CONFIDENCE_COEFFICIENTS = CONFIDENCE_COEFFICIENTS,
): number {
  if (x.contentCount === 0 || x.probability <= 0) return 0;
  const w = Object.values(coefficients);
  const f = confidenceFeatures(x);
  let z = 0;
  for (let i = 0; i < f.length; i++) z += (w[i] as number) * (f[i] as number);
  return 1 / (1 + Math.exp(-z));
}
