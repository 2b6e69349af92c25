// The parts words play in telling of a failure, as features for the failing-now model. Its
// examples name some things and some ways of failing; "thing + failing in one clause" is what
// they share, and it holds for things no example names ("the kiosk froze", "il tablet è bloccato").
// The tone judge asks whether a post names a thing of the service before closing thanks.
import type { TextAnalysis } from './analyze-text.ts';
import type { FailureWordClass } from './lexicons/lexicon.ts';
import { LEXICONS_BY_LANGUAGE } from './lexicons/lexicons-by-language.ts';
import { normalizeText, type TokenizedText } from './tokenize-text.ts';
import type { PostFeatures } from './train-word-classifier.ts';

export type WordPart = FailureWordClass | 'negator';

// Every language's words, whatever the configured ones: the model learns from examples in all
// five, so a post must be read the same way it was trained.
let partsByWord: ReadonlyMap<string, readonly WordPart[]> | undefined;

function wordParts(): ReadonlyMap<string, readonly WordPart[]> {
  if (partsByWord !== undefined) return partsByWord;
  const parts = new Map<string, WordPart[]>();
  const add = (word: string, part: WordPart) => {
    const key = normalizeText(word);
    const known = parts.get(key) ?? [];
    if (!known.includes(part)) known.push(part);
    parts.set(key, known);
  };
  for (const lexicon of Object.values(LEXICONS_BY_LANGUAGE)) {
    for (const [part, words] of Object.entries(lexicon.failureWords) as [FailureWordClass, readonly string[]][]) {
      for (const word of words) add(word, part);
    }
    for (const word of lexicon.negators) add(word, 'negator');
  }
  partsByWord = parts;
  return parts;
}

/** Whether one of `words` plays `part` ("refund" is a thing, "down" a failing state). */
export function hasWordPart(words: readonly string[], part: WordPart): boolean {
  const parts = wordParts();
  return words.some((word) => parts.get(word)?.includes(part) === true);
}

/** `%part` for each part the post has, and `%a&b` for two parts met in one clause. */
export function failureWordFeatures(tokens: TokenizedText): string[] {
  const parts = wordParts();
  const features = new Set<string>();
  const partsByClause = new Map<number, Set<WordPart>>();
  tokens.words.forEach((word, i) => {
    const found = parts.get(word);
    if (found === undefined) return;
    const clause = tokens.clauses[i]!;
    const inClause = partsByClause.get(clause) ?? new Set<WordPart>();
    for (const part of found) {
      features.add(`%${part}`);
      inClause.add(part);
    }
    partsByClause.set(clause, inClause);
  });
  for (const inClause of partsByClause.values()) {
    const sorted = [...inClause].sort();
    for (let a = 0; a < sorted.length; a++) {
      for (let b = a + 1; b < sorted.length; b++) features.add(`%${sorted[a]}&${sorted[b]}`);
    }
  }
  return [...features];
}

const NO_CATEGORY: ReadonlySet<string> = new Set();
// Read for the handoff's summary and draft, or for one trait, not by the models: a phrase added to
// them moves no model (its words still join the vocabulary that splits hashtags, split-hashtags.ts).
// A list's `notForModels` phrases do the same for any other category.
const NOT_FOR_MODELS: ReadonlySet<string> = new Set(['outrage', 'sinceWhen', 'accountItem', 'supposition', 'statusClaim', 'noHarmDone', 'loyalty']);

/**
 * What the word models read of an analysed post: its words, the lexicon categories it matched
 * (what the lexicons know, weighed by each model's examples; less those a model must not learn
 * from) and the parts its words play in telling of a failure (what reaches unnamed things).
 */
export function wordModelFeatures(analysis: TextAnalysis, leftOut: ReadonlySet<string> = NO_CATEGORY): Required<PostFeatures> {
  const categories = new Set(
    analysis.matches
      .filter((match) => match.notForModels !== true)
      .map((match) => match.category)
      .filter((category) => !leftOut.has(category) && !NOT_FOR_MODELS.has(category)),
  );
  return { tokens: analysis.tokens, signals: [...categories, ...failureWordFeatures(analysis.tokens)] };
}
