import type { MatchModel } from './match-build-model.ts';
import { centroidSimilarities, topClasses } from './match-centroids.ts';
import { scoreCandidates, softmax } from './match-train-classifier.ts';
import { extractFeatures } from './text-features.ts';

/** What the matcher knows about one query, per entry (class index as in `model.ids`). */
export interface MatchEvidence {
  /** Classifier probability of each entry (0 outside the candidates). */
  probabilities: Float64Array;
  /** Rarity-weighted share of the query's content words found in each candidate's own texts. */
  entryCoverage: Float64Array;
  /** Share (0..1) of the query's content words that the knowledge knows (typo fixes count). */
  coverage: number;
  /** Number of content words in the query. */
  contentCount: number;
}

export function collectEvidence(model: MatchModel, text: string, lang: string): MatchEvidence {
  const classCount = model.ids.length;
  const features = extractFeatures(text, lang, { correct: model.correctors.get(lang) });
  const vector = model.space.vectorize(features);
  const wordPart = model.space.wordPart(vector);
  const centroid = centroidSimilarities(model.centroids, wordPart);
  const candidates = topClasses(centroid, model.candidateCount);
  const classifierInput = model.classifierWordsOnly ? wordPart : vector;
  const candidateProbabilities = softmax(scoreCandidates(model.classifier, classifierInput, candidates));
  const probabilities = new Float64Array(classCount);
  candidates.forEach((c, j) => {
    probabilities[c] = candidateProbabilities[j] as number;
  });
  const rarity = features.content.map((stem) => model.space.idf(`w${stem}`));
  const totalRarity = rarity.reduce((a, b) => a + b, 0);
  const entryCoverage = new Float64Array(classCount);
  for (const c of candidates) {
    const stems = model.entryStems[c] as Set<string>;
    let covered = 0;
    features.content.forEach((stem, i) => {
      if (stems.has(stem)) covered += rarity[i] as number;
    });
    entryCoverage[c] = totalRarity > 0 ? covered / totalRarity : 0;
  }

  let known = 0;
  for (const stem of features.content) if (model.knownStems.has(stem)) known++;
  const contentCount = features.content.length;
  return { probabilities, entryCoverage, coverage: contentCount ? known / contentCount : 0, contentCount };
}
