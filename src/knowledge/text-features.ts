import { withoutCourtesy } from './text-courtesy.ts';
import { tokenizeText, type TextToken } from './text-tokenize.ts';
import { createWordCache } from './word-cache.ts';

/**
 * The lexical features of one text. Keys carry their family in the first character, so one
 * vocabulary holds them all:
 * - `w` stemmed words, function words included: "why" vs "how" tells intents apart;
 * - `b` adjacent word pairs ("top up", "not working");
 * - `k` pairs of content words close to each other, in any order ("card ... arrive");
 * - `c` character 3-4-grams of content words, with word edges: typos and word forms.
 */
export interface TextFeatures {
  counts: Map<string, number>;
  /** Stems of the words that carry the topic (not function words, not numbers). */
  content: string[];
  /** The content words as written, without accents (for typo-tolerant coverage). */
  contentWords: string[];
  /** How many content words were replaced by a known word one typo away. */
  corrected: number;
  /** The words the features came from (after corrections). */
  tokens: TextToken[];
}

export type FeatureFamily = 'w' | 'b' | 'k' | 'c';

// Character n-gram lengths: 3 catches one-letter typos in short words; 5-grams and longer add
// features (and build time) without accuracy (measured on BANKING77 and CLINC150 10-shot).
const CHAR_GRAM_MIN = 3;
const CHAR_GRAM_MAX = 4;
// Content words up to this many positions apart form a pair: a short clause in a tweet.
const PAIR_WINDOW_WORDS = 3;

function add(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** `c`-keyed character 3- and 4-grams of a word with its edges marked: `<ca`, `car`, ... */
const charGramsOf = createWordCache((word: string): readonly string[] => {
  const edged = `<${word}>`;
  const grams: string[] = [];
  for (let n = CHAR_GRAM_MIN; n <= CHAR_GRAM_MAX; n++) {
    for (let i = 0; i + n <= edged.length; i++) grams.push(`c${edged.slice(i, i + n)}`);
  }
  return grams;
});

export interface FeatureOptions {
  /** May swap a word the knowledge does not know for one or two it knows (typos). */
  correct?: (word: string) => TextToken[] | undefined;
  /** Content word stems only: for long texts (answers), where pairs and grams cost more than they say. */
  wordsOnly?: boolean;
  /** Read only the first this many words (the opening of a long answer says what it is about). */
  maxWords?: number;
  /** A customer's query: its thank-you formulas are left out (see text-courtesy). */
  query?: boolean;
}

export function extractFeatures(text: string, lang: string, options: FeatureOptions = {}): TextFeatures {
  const { correct, wordsOnly = false, maxWords = Infinity, query = false } = options;
  let corrected = 0;
  const words = tokenizeText(text, lang);
  const tokens = (query ? withoutCourtesy(words) : words)
    .slice(0, maxWords)
    .flatMap((token) => {
      const fix = token.stop || !correct ? undefined : correct(token.word);
      if (!fix) return [token];
      corrected++;
      return fix;
    });
  const counts = new Map<string, number>();
  const content: string[] = [];
  const contentWords: string[] = [];
  for (const token of tokens) {
    if (!wordsOnly || !token.stop) add(counts, `w${token.stem}`);
    if (token.stop) continue;
    content.push(token.stem);
    contentWords.push(token.word);
    if (wordsOnly) continue;
    for (const gram of charGramsOf(token.word)) add(counts, gram);
  }
  if (wordsOnly) return { counts, content, contentWords, corrected, tokens };
  for (let i = 0; i + 1 < tokens.length; i++) {
    add(counts, `b${tokens[i]?.stem}_${tokens[i + 1]?.stem}`);
  }
  for (let i = 0; i < content.length; i++) {
    for (let j = i + 1; j <= i + PAIR_WINDOW_WORDS && j < content.length; j++) {
      const a = content[i] as string;
      const b = content[j] as string;
      if (a !== b) add(counts, a < b ? `k${a}|${b}` : `k${b}|${a}`);
    }
  }
  return { counts, content, contentWords, corrected, tokens };
}
