import type { SparseVector } from './match-vector-space.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * Multinomial logistic regression over sparse vectors, trained as a softmax over a short list
 * of candidate entries per text (its own entry and the most similar others): the cost of a
 * step does not grow with the size of the knowledge, and the model spends its capacity on the
 * entries that are actually confused. With few entries the list holds them all (a plain softmax).
 */
export interface LinearClassifier {
  classCount: number;
  /** 0: dense weights at feature * classCount + class; otherwise the mask of a hashed table. */
  hashMask: number;
  weights: Float32Array;
  bias: Float32Array;
}

export interface TrainingExample {
  vector: SparseVector;
  label: number;
  /** How much this text counts: example questions 1, the body of the answer less. */
  weight: number;
  /** Classes the softmax runs over for this text; includes `label`. */
  candidates: Int32Array;
}

// SGD settings measured on BANKING77 and CLINC150 10-shot: 10 passes reach the accuracy of
// 30 (within 0.1 point); more data needs fewer passes. The budget counts weight touches
// (features x candidates x texts), so build time stays bounded for large knowledge: 2 to 15 passes.
const TOUCH_BUDGET = 30_000_000;
const MIN_EPOCHS = 2;
const MAX_EPOCHS = 15;
const LEARNING_RATE = 1;
const LEARNING_RATE_DECAY_PER_EPOCH = 0.1;
// Nearly no L2: vectors are unit length and the pass budget already bounds the weights;
// stronger shrinkage (1e-3) costs 3 points of top-1.
const L2 = 1e-5;
// The bias moves slower than the weights: with ~10 texts per intent it would otherwise learn
// the class sizes rather than the words.
const BIAS_RATE = 0.1;
// Below this the update of a text is skipped: it already gets its entry right with certainty.
const MIN_GRADIENT = 1e-3;
// Dense weights up to 32 MB (BANKING77's full train set fits); beyond that (very large
// knowledge) weights live in a hashed table sized from the (feature, class) pairs training can
// touch, capped at 32 MB. Hashed touches miss the cache, so that mode gets a smaller budget.
const MAX_DENSE_WEIGHTS = 8_388_608;
const MAX_HASHED_WEIGHTS = 8_388_608;
const HASHED_TOUCH_BUDGET = 3_000_000;

/** Whether the weights of this many features and classes fit a dense table. */
export function fitsDenseWeights(featureCount: number, classCount: number): boolean {
  return featureCount * classCount <= MAX_DENSE_WEIGHTS;
}


function slotOf(model: LinearClassifier, feature: number, cls: number): number {
  if (model.hashMask === 0) return feature * model.classCount + cls;
  return (Math.imul(feature, 0x9e3779b1) ^ Math.imul(cls + 1, 0x85ebca77)) & model.hashMask;
}

/** Logits of the candidate classes, in the candidates' order. */
export function scoreCandidates(
  model: LinearClassifier,
  vector: SparseVector,
  candidates: Int32Array,
  scale = 1,
  out = new Float64Array(candidates.length),
): Float64Array {
  for (let j = 0; j < candidates.length; j++) out[j] = model.bias[candidates[j] as number] as number;
  for (let i = 0; i < vector.ids.length; i++) {
    const f = vector.ids[i] as number;
    const value = (vector.values[i] as number) * scale;
    for (let j = 0; j < candidates.length; j++) {
      out[j] = (out[j] as number) + (model.weights[slotOf(model, f, candidates[j] as number)] as number) * value;
    }
  }
  return out;
}

/** In place: logits to probabilities. */
export function softmax(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let k = 0; k < scores.length; k++) {
    const e = Math.exp((scores[k] as number) - max);
    scores[k] = e;
    sum += e;
  }
  for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] as number) / sum;
  return scores;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** Trains the classifier by SGD on the cross-entropy, deterministically (fixed seed). */
export function trainClassifier(
  examples: TrainingExample[],
  featureCount: number,
  classCount: number,
  seed = 1,
): LinearClassifier {
  let hashMask = 0;
  let size = featureCount * classCount;
  const dense = fitsDenseWeights(featureCount, classCount);
  if (!dense) {
    let pairs = 0;
    for (const e of examples) pairs += e.vector.ids.length * e.candidates.length;
    size = Math.min(MAX_HASHED_WEIGHTS, nextPowerOfTwo(pairs));
    hashMask = size - 1;
  }
  const model: LinearClassifier = {
    classCount,
    hashMask,
    weights: new Float32Array(size),
    bias: new Float32Array(classCount),
  };
  if (examples.length === 0 || classCount < 2) return model;
  let touchesPerEpoch = 0;
  for (const e of examples) touchesPerEpoch += e.vector.ids.length * e.candidates.length;
  const epochs = Math.min(MAX_EPOCHS, Math.max(MIN_EPOCHS, Math.floor((dense ? TOUCH_BUDGET : HASHED_TOUCH_BUDGET) / touchesPerEpoch)));
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  const probabilities = new Float64Array(classCount);
  const { weights } = model;
  let slots = new Int32Array(1024);
  // The L2 shrinkage is applied lazily through one shared scale factor.
  let scale = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = LEARNING_RATE / (1 + epoch * LEARNING_RATE_DECAY_PER_EPOCH);
    for (const index of order) {
      const { vector, label, weight, candidates } = examples[index] as TrainingExample;
      const features = vector.ids.length;
      const m = candidates.length;
      if (slots.length < features * m) slots = new Int32Array(features * m * 2);
      for (let i = 0; i < features; i++) {
        const f = vector.ids[i] as number;
        for (let j = 0; j < m; j++) slots[i * m + j] = slotOf(model, f, candidates[j] as number);
      }
      const p = probabilities.subarray(0, m);
      for (let j = 0; j < m; j++) p[j] = model.bias[candidates[j] as number] as number;
      for (let i = 0; i < features; i++) {
        const value = (vector.values[i] as number) * scale;
        const row = i * m;
        for (let j = 0; j < m; j++) p[j] = (p[j] as number) + (weights[slots[row + j] as number] as number) * value;
      }
      softmax(p);
      let largest = 0;
      for (let j = 0; j < m; j++) {
        if (candidates[j] === label) p[j] = (p[j] as number) - 1;
        largest = Math.max(largest, Math.abs(p[j] as number));
      }
      // A text the model already gets right with near certainty teaches nothing more.
      if (largest < MIN_GRADIENT) continue;
      scale *= 1 - rate * L2;
      const step = (rate * weight) / scale;
      for (let i = 0; i < features; i++) {
        const value = (vector.values[i] as number) * step;
        const row = i * m;
        for (let j = 0; j < m; j++) {
          const slot = slots[row + j] as number;
          weights[slot] = (weights[slot] as number) - (p[j] as number) * value;
        }
      }
      for (let j = 0; j < m; j++) {
        const c = candidates[j] as number;
        model.bias[c] = (model.bias[c] as number) - rate * weight * BIAS_RATE * (p[j] as number);
      }
    }
  }
  for (let i = 0; i < model.weights.length; i++) model.weights[i] = (model.weights[i] as number) * scale;
  return model;
}
