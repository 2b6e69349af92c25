import { describe, expect, it } from 'vitest';
import { scoreCandidates, softmax, trainClassifier, type TrainingExample } from '../../src/knowledge/match-train-classifier.ts';

// Three classes over six features: class k is signalled by features 2k and 2k+1.
function example(label: number, feature: number): TrainingExample {
  return {
    vector: { ids: Int32Array.from([feature]), values: Float32Array.from([1]) },
    label,
    weight: 1,
    candidates: Int32Array.from([0, 1, 2]),
  };
}
const EXAMPLES = [0, 1, 2].flatMap((k) => [example(k, 2 * k), example(k, 2 * k + 1)]);

function predict(model: ReturnType<typeof trainClassifier>, feature: number): number[] {
  const vector = { ids: Int32Array.from([feature]), values: Float32Array.from([1]) };
  return [...softmax(scoreCandidates(model, vector, Int32Array.from([0, 1, 2])))];
}

describe('trainClassifier', () => {
  it('learns which class each feature signals when the examples are separable', () => {
    const model = trainClassifier(EXAMPLES, 6, 3);
    for (let feature = 0; feature < 6; feature++) {
      const p = predict(model, feature);
      expect(p.indexOf(Math.max(...p))).toBe(Math.floor(feature / 2));
    }
  });

  it('still learns when the weights are too many for a dense table and go to a hashed one', () => {
    const model = trainClassifier(EXAMPLES, 3_000_000, 3);
    expect(model.hashMask).toBeGreaterThan(0);
    for (let feature = 0; feature < 6; feature++) {
      const p = predict(model, feature);
      expect(p.indexOf(Math.max(...p))).toBe(Math.floor(feature / 2));
    }
  });

  it('gives identical weights when trained twice on the same examples', () => {
    expect(trainClassifier(EXAMPLES, 6, 3).weights).toEqual(trainClassifier(EXAMPLES, 6, 3).weights);
  });

  it('returns an untrained model when there is only one class', () => {
    const model = trainClassifier([example(0, 0)], 6, 1);
    expect([...model.weights].every((w) => w === 0)).toBe(true);
  });
});

describe('softmax', () => {
  it('turns scores into probabilities that sum to one when scores are large', () => {
    const p = softmax(Float64Array.from([1000, 1001, 999]));
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(p[1]).toBeGreaterThan(p[0] ?? 1);
  });
});
