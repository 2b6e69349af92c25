import { centroidSimilarities, createCentroidIndex, topClasses, type CentroidIndex } from './match-centroids.ts';
import { fitsDenseWeights, trainClassifier, type LinearClassifier, type TrainingExample } from './match-train-classifier.ts';
import { createTypoCorrector, type TypoCorrector } from './match-typo-corrector.ts';
import { createVectorSpace, type SparseVector, type VectorSpace } from './match-vector-space.ts';
import { extractFeatures, type TextFeatures } from './text-features.ts';
import { addEntryTopics, createEntryTopics, OPENING_WORD_CREDIT, type EntryTopics } from './match-entry-topics.ts';
import { tokenizeText, type TextToken } from './text-tokenize.ts';

export type MatchField = 'title' | 'question' | 'tag' | 'body';

/** One text of one entry translation, in its own language. */
export interface MatchDocument {
  id: string;
  lang: string;
  field: MatchField;
  text: string;
  /** Body only: its opening, the short answer (the first paragraph when not given). */
  opening?: string;
}

/** What the matcher learned from the knowledge at build time. */
export interface MatchModel {
  /** Class index → entry id. */
  ids: string[];
  space: VectorSpace;
  classifier: LinearClassifier;
  /** Per language: spelling correction against the words of that language's texts. */
  correctors: Map<string, TypoCorrector>;
  /** Content stems of all texts: a query word outside them is unknown to the knowledge. */
  knownStems: Set<string>;
  /** Content stems of each entry's texts (class index as in `ids`). */
  entryStems: Set<string>[];
  /** Content stems of each entry's titles and example questions (class index as in `ids`). */
  askedStems: Set<string>[];
  /** Content stems of each entry's tags (class index as in `ids`). */
  tagStems: Set<string>[];
  /** Topic words of each entry, for how much of a post it covers (class index as in `ids`). */
  entryTopics: EntryTopics[];
  /** Very large knowledge: the classifier reads the word part of vectors only (see below). */
  classifierWordsOnly: boolean;
  /** How many entries the classifier decides among. */
  candidateCount: number;
  /** Entry centroids: they pick the candidates the classifier decides among. */
  centroids: CentroidIndex;
  /** Scale of the classifier's scores when ranking (0..1]: see rankingTemperature. */
  rankingTemperature: number;
}

// The classifier decides among this many entries most similar to the text (by centroid):
// 32 loses nothing against all 77 on BANKING77 (20 loses half a point). Knowledge too large for
// dense weights (about 500+ entries) uses 8 and leaves character grams out of the classifier
// (they are 80% of the features; typos are still fixed by the spelling corrector), so 1,000
// entries build in under a second.
const CANDIDATE_COUNT = 32;
const LARGE_CANDIDATE_COUNT = 8;

// An answer's opening says what it is about; the rest (steps, conditions) mostly adds words
// that would pull unrelated questions towards it, and time to the build.
const BODY_MAX_WORDS = 80;

// How much each field teaches the classifier. Example questions are how customers ask, the
// strongest signal; the title is one more question; tags are bare words; the body is the
// answer, written for the customer, so its words are weaker evidence of the question.
const FIELD_WEIGHTS: Record<MatchField, number> = { question: 1, title: 1, tag: 0.5, body: 0.3 };

/**
 * Learns the matcher from the knowledge texts: TF-IDF features, entry centroids (to pick
 * candidates), a softmax classifier over candidates, and the words each entry knows.
 */
export function buildMatchModel(documents: MatchDocument[]): MatchModel {
  const ids = [...new Set(documents.map((d) => d.id))].sort();
  const classOf = new Map(ids.map((id, i) => [id, i]));
  const tokensByLang = new Map<string, TextToken[]>();
  const features: TextFeatures[] = documents.map((doc) => {
    const body = doc.field === 'body';
    const f = extractFeatures(doc.text, doc.lang, { wordsOnly: body, maxWords: body ? BODY_MAX_WORDS : Infinity });
    const list = tokensByLang.get(doc.lang) ?? [];
    for (const token of f.tokens) list.push(token);
    tokensByLang.set(doc.lang, list);
    return f;
  });
  const space = createVectorSpace(features);
  const vectors = space.documentVectors;
  const labels = documents.map((doc) => classOf.get(doc.id) as number);
  const weights = documents.map((doc) => FIELD_WEIGHTS[doc.field]);
  const wordParts = vectors.map((v) => space.wordPart(v));
  const centroids = createCentroidIndex(wordParts, labels, weights, ids.length, space.size);
  const classifierWordsOnly = !fitsDenseWeights(space.size, ids.length);
  const candidateCount = classifierWordsOnly ? LARGE_CANDIDATE_COUNT : CANDIDATE_COUNT;
  const similarity = new Float64Array(ids.length);
  const training: TrainingExample[] = wordParts.map((wordPart, i) => {
    const vector = classifierWordsOnly ? wordPart : (vectors[i] as SparseVector);
    const label = labels[i] as number;
    const candidates = topClasses(centroidSimilarities(centroids, wordPart, similarity), candidateCount, label);
    return { vector, label, weight: weights[i] as number, candidates };
  });
  const classifier = trainClassifier(training, space.size, ids.length);
  const correctors = new Map<string, TypoCorrector>();
  for (const [lang, tokens] of tokensByLang) correctors.set(lang, createTypoCorrector(tokens));
  const knownStems = new Set(features.flatMap((f) => f.content));
  const entryStems = ids.map(() => new Set<string>());
  const askedStems = ids.map(() => new Set<string>());
  const tagStems = ids.map(() => new Set<string>());
  features.forEach((f, i) => {
    const c = labels[i] as number;
    const field = (documents[i] as MatchDocument).field;
    const named = field === 'tag' ? tagStems[c] : field === 'body' ? undefined : askedStems[c];
    for (const stem of f.content) {
      (entryStems[c] as Set<string>).add(stem);
      named?.add(stem);
    }
  });
  const entryTopics = ids.map(createEntryTopics);
  documents.forEach((doc, i) => {
    const topics = entryTopics[labels[i] as number] as EntryTopics;
    if (doc.field === 'body') {
      addEntryTopics(topics, tokenizeText(doc.opening ?? firstParagraph(doc.text), doc.lang), OPENING_WORD_CREDIT);
    } else addEntryTopics(topics, (features[i] as TextFeatures).tokens, 1);
  });
  return {
    ids,
    space,
    rankingTemperature: rankingTemperature(documents),
    classifier,
    classifierWordsOnly,
    candidateCount,
    centroids,
    correctors,
    knownStems,
    entryStems,
    askedStems,
    tagStems,
    entryTopics,
  };
}

/**
 * How far the ranking trusts the classifier, from how many ways of asking (title and example
 * questions) each entry translation has: n/(n+1), so 0.5 for FAQs with only their question and
 * over 0.9 with ten example questions. Trained on one text per entry, the classifier separates
 * the texts perfectly and is far surer than it has reason to be; softening its scores lets the
 * words a query shares with each entry (coverage) decide more of the order (see match-rank).
 * Measured with match-rank's named coverage, against no softening: FAQ-only knowledge top-1
 * 52.4 → 53.9% (QA4FAQ), 77.0 → 81.3% and 74.2 → 78.0% (the example knowledge without its
 * questions, it / en); a fixed T of 0.35 or 0.65 does worse on all three; intent sets with 5 to
 * 10 examples per intent move by 0.3 points at most. The confidence itself always comes from
 * the unsoftened scores, so calibration is unchanged.
 */
export function rankingTemperature(documents: MatchDocument[]): number {
  const translations = new Set<string>();
  let asked = 0;
  for (const doc of documents) {
    translations.add(`${doc.id}\u0000${doc.lang}`);
    if (doc.field === 'title' || doc.field === 'question') asked++;
  }
  const perTranslation = asked / Math.max(1, translations.size);
  return perTranslation / (perTranslation + 1);
}

function firstParagraph(text: string): string {
  return text.trim().split(/\n\s*\n/, 1)[0] ?? '';
}
