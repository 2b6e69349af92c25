// A small logistic regression over a post's words, trained when the program loads on examples
// the project wrote itself. It weighs many weak words together ("gate", "since 6am", "any news")
// where a lexicon needs one exact phrase, so it reaches phrasings nobody wrote down.
import type { TokenizedText } from './tokenize-text.ts';

/** What the model reads of a post: its words, and signals found by other means (lexicon categories). */
export interface PostFeatures {
  tokens: TokenizedText;
  signals?: readonly string[];
}

export interface LabelledExample extends PostFeatures {
  positive: boolean;
}

export interface WordClassifier {
  /** Probability that the post belongs to the positive class. */
  probability(post: PostFeatures): number;
  /** The learnt weight of each of the post's features the examples had: what pushes it up or down. */
  weightsOf(post: PostFeatures): Map<string, number>;
}

export interface TrainingOptions {
  /** Passes over the examples. */
  epochs?: number;
  /** Step size of each update. */
  learningRate?: number;
  /** L2 penalty per update, so a word seen in one example cannot carry a post on its own. */
  l2?: number;
}

/** Enough passes for the weights to settle on a few thousand short posts, in about a tenth of a second. */
const DEFAULT_EPOCHS = 30;
const DEFAULT_LEARNING_RATE = 0.1;
const DEFAULT_L2 = 1e-3;
/** A word's first letters stand for its inflections ("cancelled", "cancellato", "cancellation"). */
const STEM_LETTERS = 5;

/**
 * Trains by plain stochastic gradient descent in a fixed order: the same examples always give
 * the same model, so triage is deterministic and testable.
 */
export function trainWordClassifier(examples: readonly LabelledExample[], options: TrainingOptions = {}): WordClassifier {
  const epochs = options.epochs ?? DEFAULT_EPOCHS;
  const learningRate = options.learningRate ?? DEFAULT_LEARNING_RATE;
  const l2 = options.l2 ?? DEFAULT_L2;
  const index = new Map<string, number>();
  const encoded = examples.map((example) => ({
    positive: example.positive,
    features: Int32Array.from(featuresOf(example), (feature) => {
      let at = index.get(feature);
      if (at === undefined) {
        at = index.size;
        index.set(feature, at);
      }
      return at;
    }),
  }));
  const weights = new Float64Array(index.size);
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { positive, features } of encoded) {
      const error = (positive ? 1 : 0) - sigmoid(bias + sum(weights, features));
      bias += learningRate * error;
      for (const at of features) weights[at] = weights[at]! * (1 - learningRate * l2) + learningRate * error;
    }
  }
  return {
    probability({ tokens, signals = [] }) {
      // The features of featuresOf, in its order, without building its set: several models read
      // each post, and its words' features are listed once per post.
      let z = bias;
      signals.forEach((signal, i) => {
        const at = signals.indexOf(signal) === i ? index.get(`@${signal}`) : undefined;
        if (at !== undefined) z += weights[at]!;
      });
      for (const feature of wordFeaturesOf(tokens)) {
        const at = index.get(feature);
        if (at !== undefined) z += weights[at]!;
      }
      return sigmoid(z);
    },
    weightsOf(post) {
      const found = new Map<string, number>();
      for (const feature of featuresOf(post)) {
        const at = index.get(feature);
        if (at !== undefined) found.set(feature, weights[at]!);
      }
      return found;
    },
  };
}

/** Words, their stems and the word pairs inside a clause (numbers count as one word), and the signals. */
export function featuresOf({ tokens, signals = [] }: PostFeatures): Set<string> {
  const features = new Set<string>(signals.map((signal) => `@${signal}`));
  for (const feature of listWordFeatures(tokens)) features.add(feature);
  return features;
}

// Derived data per post that goes with the post (its tokens), not state: the examples a model
// learns from are listed without it, so that they leave nothing behind.
const wordFeaturesByTokens = new WeakMap<TokenizedText, readonly string[]>();

function wordFeaturesOf(tokens: TokenizedText): readonly string[] {
  let listed = wordFeaturesByTokens.get(tokens);
  if (listed === undefined) {
    listed = listWordFeatures(tokens);
    wordFeaturesByTokens.set(tokens, listed);
  }
  return listed;
}

/** The word features of a post, each once, in the order its words give them. */
function listWordFeatures(tokens: TokenizedText): string[] {
  const features = new Set<string>();
  let previous: string | undefined;
  let previousClause = -1;
  tokens.words.forEach((raw, i) => {
    const word = /^\d+$/.test(raw) ? '#' : raw;
    const clause = tokens.clauses[i]!;
    features.add(word);
    if (word.length > STEM_LETTERS + 1) features.add(`${word.slice(0, STEM_LETTERS)}~`);
    if (previous !== undefined && previousClause === clause) features.add(`${previous} ${word}`);
    previous = word;
    previousClause = clause;
  });
  return [...features];
}

function sum(weights: Float64Array, features: Int32Array): number {
  let total = 0;
  for (const at of features) total += weights[at]!;
  return total;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
