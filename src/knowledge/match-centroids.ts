import type { SparseVector } from './match-vector-space.ts';

/** Unit-length mean vector of each entry's texts, as inverted lists by feature. */
export interface CentroidIndex {
  classCount: number;
  /** postings of feature f: start[f] .. start[f + 1] into classOf/valueOf */
  start: Int32Array;
  classOf: Int32Array;
  valueOf: Float32Array;
}

// Features shared by more entries than this are left out of the centroid lists: they are the
// knowledge's own function words, say little about the candidates, and their long lists would
// make candidate search cost grow with the square of the knowledge size.
function maxPostings(classCount: number): number {
  return Math.max(64, Math.ceil(classCount / 8));
}

export function createCentroidIndex(
  vectors: SparseVector[],
  labels: number[],
  weights: number[],
  classCount: number,
  featureCount: number,
): CentroidIndex {
  const sums = Array.from({ length: classCount }, () => new Map<number, number>());
  vectors.forEach((v, i) => {
    const sum = sums[labels[i] as number] as Map<number, number>;
    const w = weights[i] as number;
    for (let j = 0; j < v.ids.length; j++) {
      const f = v.ids[j] as number;
      sum.set(f, (sum.get(f) ?? 0) + (v.values[j] as number) * w);
    }
  });
  const classesOf = new Int32Array(featureCount);
  for (const sum of sums) for (const f of sum.keys()) classesOf[f] = (classesOf[f] as number) + 1;
  const cap = maxPostings(classCount);
  const start = new Int32Array(featureCount + 1);
  for (let f = 0; f < featureCount; f++) {
    const n = classesOf[f] as number;
    start[f + 1] = n <= cap ? n : 0;
  }
  for (let f = 0; f < featureCount; f++) start[f + 1] = (start[f + 1] as number) + (start[f] as number);
  const fill = start.slice(0, featureCount);
  const total = start[featureCount] as number;
  const classOf = new Int32Array(total);
  const valueOf = new Float32Array(total);
  sums.forEach((sum, c) => {
    let norm = 0;
    for (const value of sum.values()) norm += value * value;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const [f, value] of sum) {
      if ((classesOf[f] as number) > cap) continue;
      const at = fill[f] as number;
      classOf[at] = c;
      valueOf[at] = value * scale;
      fill[f] = at + 1;
    }
  });
  return { classCount, start, classOf, valueOf };
}

/** Cosine similarity of a unit vector to every centroid. */
export function centroidSimilarities(
  index: CentroidIndex,
  vector: SparseVector,
  out = new Float64Array(index.classCount),
): Float64Array {
  out.fill(0);
  for (let i = 0; i < vector.ids.length; i++) {
    const f = vector.ids[i] as number;
    const value = vector.values[i] as number;
    for (let p = index.start[f] as number; p < (index.start[f + 1] as number); p++) {
      const c = index.classOf[p] as number;
      out[c] = (out[c] as number) + value * (index.valueOf[p] as number);
    }
  }
  return out;
}

/** The `count` best classes by score (all when there are fewer), best first; `must` is always in. */
export function topClasses(scores: Float64Array, count: number, must = -1): Int32Array {
  const k = Math.min(count, scores.length);
  const top = new Int32Array(k);
  let size = 0;
  // Insertion into a short sorted array: linear in the number of classes for a small `count`.
  for (let c = 0; c < scores.length; c++) {
    const s = scores[c] as number;
    if (size === k && s <= (scores[top[k - 1] as number] as number)) continue;
    let at = size < k ? size++ : k - 1;
    while (at > 0 && (scores[top[at - 1] as number] as number) < s) {
      top[at] = top[at - 1] as number;
      at--;
    }
    top[at] = c;
  }
  if (must >= 0 && !top.includes(must)) top[k - 1] = must;
  return top;
}
