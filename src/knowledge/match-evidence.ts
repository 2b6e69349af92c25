import type { MatchModel } from './match-build-model.ts';
import { centroidSimilarities, topClasses } from './match-centroids.ts';
import { shorterFormsOf, topicCredit, type EntryTopics } from './match-entry-topics.ts';
import { scoreCandidates, softmax } from './match-train-classifier.ts';
import { capitalizedWords, type CapitalizedWords } from './text-capitalized-words.ts';
import { extractFeatures } from './text-features.ts';
import { isTimeWord } from './text-time-words.ts';
import type { TextToken } from './text-tokenize.ts';

/** What the matcher knows about one query, per entry (class index as in `model.ids`). */
export interface MatchEvidence {
  /** Classifier probability of each entry (0 outside the candidates). */
  probabilities: Float64Array;
  /** The same with the classifier's scores scaled by the model's ranking temperature. */
  rankingProbabilities: Float64Array;
  /** Rarity-weighted share of the query's content words found in each candidate's own texts. */
  entryCoverage: Float64Array;
  /** Per candidate: the rarity-weighted share of the query's content words in the entry's
   * titles and example questions plus the share in its tags (0..2). Words an entry is named
   * by in both say most surely that it is about them. */
  namedCoverage: Float64Array;
  /** The model's ranking temperature (see rankingTemperature in match-build-model). */
  rankingTemperature: number;
  /** Share (0..1) of the query's content words that the knowledge knows (typo fixes count). */
  known: number;
  /** Per candidate: share (0..1) of the query's topic words found in the entry's title,
   * questions or tags, a word found only in its first paragraph counting OPENING_WORD_CREDIT. */
  coverage: Float64Array;
  /** Per candidate: how many of the query's topic words the entry has (whatever their credit). */
  shared: Float64Array;
  /** How many topic words the query has. */
  topicCount: number;
  /** How many names the query has that the knowledge does not know ("5 hours at Heathrow"):
   * not topic words, but what the post is about beyond any entry. */
  unknownNameCount: number;
  /** How many places the query names that the knowledge does not know ("an outage in Leeds"):
   * not topic words, but an entry about one area (a notice) does not cover them. */
  unknownPlaceCount: number;
  /** How many generic words ("help", "not working") the query has. */
  genericCount: number;
  /** Number of content words in the query. */
  contentCount: number;
}

export function collectEvidence(model: MatchModel, text: string, lang: string): MatchEvidence {
  const classCount = model.ids.length;
  const features = extractFeatures(text, lang, { correct: model.correctors.get(lang), query: true });
  const vector = model.space.vectorize(features);
  const wordPart = model.space.wordPart(vector);
  const centroid = centroidSimilarities(model.centroids, wordPart);
  const candidates = topClasses(centroid, model.candidateCount);
  const classifierInput = model.classifierWordsOnly ? wordPart : vector;
  const scores = scoreCandidates(model.classifier, classifierInput, candidates);
  const tempered = softmax(scores.map((score) => score * model.rankingTemperature));
  const candidateProbabilities = softmax(scores);
  const probabilities = new Float64Array(classCount);
  const rankingProbabilities = new Float64Array(classCount);
  candidates.forEach((c, j) => {
    probabilities[c] = candidateProbabilities[j] as number;
    rankingProbabilities[c] = tempered[j] as number;
  });
  const { entryCoverage, namedCoverage } = rarityCoverage(model, features.content, candidates);
  const capitals = new LazyCapitals(text);
  const topics = postTopics(model, lang, features.tokens, capitals);
  const unknownNameCount = countUnknown(model, features.tokens, capitals, 'names');
  const coverage = new Float64Array(classCount);
  const shared = new Float64Array(classCount);
  const shorterForms = topics.map(shorterFormsOf);
  for (const c of candidates) {
    const entry = model.entryTopics[c] as EntryTopics;
    let sum = 0;
    let count = 0;
    for (let t = 0; t < topics.length; t++) {
      const credit = topicCredit(entry, topics[t] as string, shorterForms[t] as string[]);
      sum += credit;
      if (credit > 0) count++;
    }
    shared[c] = count;
    coverage[c] = topics.length > 0 ? sum / topics.length : 0;
  }

  let known = 0;
  for (const stem of features.content) if (model.knownStems.has(stem)) known++;
  const contentCount = features.content.length;
  return {
    probabilities,
    rankingProbabilities,
    entryCoverage,
    namedCoverage,
    rankingTemperature: model.rankingTemperature,
    known: contentCount ? known / contentCount : 0,
    coverage,
    shared,
    topicCount: topics.length,
    unknownNameCount,
    unknownPlaceCount: countUnknown(model, features.tokens, capitals, 'places'),
    genericCount: features.tokens.filter((t) => t.generic).length,
    contentCount,
  };
}

/**
 * Per candidate: the rarity-weighted share of the content stems found in the entry's texts
 * (entryCoverage), and the share in its titles and questions plus the share in its tags
 * (namedCoverage).
 */
function rarityCoverage(
  model: MatchModel,
  content: string[],
  candidates: Int32Array,
): { entryCoverage: Float64Array; namedCoverage: Float64Array } {
  const rarity = content.map((stem) => model.space.idf(`w${stem}`));
  const totalRarity = rarity.reduce((a, b) => a + b, 0);
  const entryCoverage = new Float64Array(model.ids.length);
  const namedCoverage = new Float64Array(model.ids.length);
  if (totalRarity === 0) return { entryCoverage, namedCoverage };
  for (const c of candidates) {
    const all = model.entryStems[c] as Set<string>;
    const asked = model.askedStems[c] as Set<string>;
    const tags = model.tagStems[c] as Set<string>;
    let inAll = 0;
    let named = 0;
    for (let i = 0; i < content.length; i++) {
      const stem = content[i] as string;
      if (!all.has(stem)) continue;
      const r = rarity[i] as number;
      inAll += r;
      if (asked.has(stem)) named += r;
      if (tags.has(stem)) named += r;
    }
    entryCoverage[c] = inAll / totalRarity;
    namedCoverage[c] = named / totalRarity;
  }
  return { entryCoverage, namedCoverage };
}

/**
 * The post's capitalized words, read only when a word is unknown: most posts' words are all in
 * the knowledge. An object, not a closure: tsx names every closure made per call (about 0.6 µs).
 */
class LazyCapitals {
  #words: CapitalizedWords | undefined;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  get(): CapitalizedWords {
    this.#words ??= capitalizedWords(this.#text);
    return this.#words;
  }
}

/** How many distinct names (or places) the post has that the knowledge does not know. */
function countUnknown(model: MatchModel, tokens: TextToken[], capitals: LazyCapitals, kind: keyof CapitalizedWords): number {
  const unknown = tokens.filter((t) => !t.stop && !model.knownStems.has(t.stem));
  if (unknown.length === 0) return 0;
  const words = capitals.get()[kind];
  return new Set(unknown.filter((t) => words.has(t.word)).map((t) => t.stem)).size;
}

/**
 * The distinct stems of the post's topic words: content words that are neither generic
 * ("help", "problem") nor particulars the knowledge does not know (names, days and times: the
 * post's specifics, not what it is about).
 */
function postTopics(model: MatchModel, lang: string, tokens: TextToken[], capitals: LazyCapitals): string[] {
  const topics = new Set<string>();
  for (const t of tokens) {
    if (t.stop || t.generic || isParticular(t, model, lang, capitals)) continue;
    topics.add(t.stem);
  }
  return [...topics];
}

function isParticular(token: TextToken, model: MatchModel, lang: string, capitals: LazyCapitals): boolean {
  return !model.knownStems.has(token.stem) && (capitals.get().names.has(token.word) || isTimeWord(token.word, lang));
}
