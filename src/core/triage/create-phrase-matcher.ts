// Finds lexicon phrases in tokenized text. Phrases are indexed by their first word, so a message
// costs a few map look-ups per word however long the lexicons grow.
import type { PhraseList } from './lexicons/lexicon.ts';
import { normalizeText, type TokenizedText } from './tokenize-text.ts';

export interface PhraseMatch<C extends string> {
  category: C;
  /** Word indices into the tokenized text, `end` exclusive. */
  start: number;
  end: number;
}

export interface PhraseMatcher<C extends string> {
  find(text: TokenizedText): PhraseMatch<C>[];
}

/** Phrases to compile, grouped by what they mean. */
export type PhrasesByCategory<C extends string> = ReadonlyArray<readonly [C, readonly string[]]>;

/**
 * A matcher of lexicon phrase lists whose exceptions cancel an overlapping match of the same
 * category ("fire stick" is not a fire, "in order to" is no order), and whose `despite` phrases
 * count whatever exception they overlap.
 */
export function createListMatcher<C extends string>(lists: ReadonlyArray<readonly [C, PhraseList]>): PhraseMatcher<C> {
  const phrases = createPhraseMatcher(lists.map(([category, list]) => [category, list.match] as const));
  const exceptions = createPhraseMatcher(lists.map(([category, list]) => [category, list.except ?? []] as const));
  const overrides = createPhraseMatcher(lists.map(([category, list]) => [category, list.despite ?? []] as const));
  return {
    find(text) {
      const excepted = exceptions.find(text);
      const kept = phrases
        .find(text)
        .filter((match) => !excepted.some((e) => e.category === match.category && e.start < match.end && match.start < e.end));
      return [...kept, ...overrides.find(text)];
    },
  };
}

interface Term {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
}

type Step = { gap: true } | ({ gap: false } & Term);

interface Phrase<C extends string> {
  category: C;
  steps: readonly Step[];
}

// `..` lets a phrase skip a few words ("il mio vecchio ordine"); more would join unrelated words.
const GAP_MAX_WORDS = 3;
const GAP = '..';
// Enough for the vocabulary of a busy account's posts; a few MB at most.
const MAX_CACHED_WORDS = 50_000;

export function createPhraseMatcher<C extends string>(lists: PhrasesByCategory<C>): PhraseMatcher<C> {
  const byWord = new Map<string, Phrase<C>[]>();
  const byPrefix = new Map<string, Phrase<C>[]>();
  const prefixLengths = new Set<number>();
  const add = (index: Map<string, Phrase<C>[]>, key: string, phrase: Phrase<C>) => {
    const list = index.get(key);
    if (list === undefined) index.set(key, [phrase]);
    else list.push(phrase);
  };
  for (const [category, sources] of lists) {
    for (const source of sources) {
      const phrase: Phrase<C> = { category, steps: compilePhrase(source) };
      const first = phrase.steps[0];
      if (first === undefined || first.gap) continue;
      for (const word of first.exact) add(byWord, word, phrase);
      for (const prefix of first.prefixes) {
        add(byPrefix, prefix, phrase);
        prefixLengths.add(prefix.length);
      }
    }
  }
  const lengths = [...prefixLengths].sort((a, b) => a - b);
  // The phrases a word can start, remembered per word: the same few thousand words make up most
  // posts. A cache of code-derived data, bounded so that odd words cannot grow it for ever.
  const startsByWord = new Map<string, Starts<C>>();
  const phrasesStartingWith = (word: string): Starts<C> => {
    const known = startsByWord.get(word);
    if (known !== undefined) return known;
    const candidates = [...(byWord.get(word) ?? [])];
    for (const length of lengths) {
      if (length > word.length) break;
      candidates.push(...(byPrefix.get(word.slice(0, length)) ?? []));
    }
    if (startsByWord.size >= MAX_CACHED_WORDS) startsByWord.clear();
    const starts = indexBySecondWord(candidates);
    startsByWord.set(word, starts);
    return starts;
  };

  return {
    find(text) {
      const found: PhraseMatch<C>[] = [];
      const { words, clauses } = text;
      const tried: Candidate<C>[] = [];
      for (let start = 0; start < words.length; start++) {
        const starts = phrasesStartingWith(words[start] ?? '');
        if (starts.others.length === 0 && starts.bySecondWord.size === 0) continue;
        const clause = clauses[start] ?? 0;
        // Phrases whose second word is not the next one cannot match: most of a common first
        // word's phrases ("not", "non", "i") are skipped on one look-up.
        const next = clauses[start + 1] === clause ? starts.bySecondWord.get(words[start + 1] ?? '') : undefined;
        tried.length = 0;
        tried.push(...starts.others);
        if (next !== undefined) {
          tried.push(...next);
          // The order in which the phrases were written decides which of two overlapping matches reads first.
          if (starts.others.length > 0) tried.sort((a, b) => a.order - b.order);
        }
        for (const { phrase } of tried) {
          const end = matchSteps(phrase.steps, 1, text, start + 1, clause);
          if (end >= 0) found.push({ category: phrase.category, start, end });
        }
      }
      return found;
    },
  };
}

interface Candidate<C extends string> {
  phrase: Phrase<C>;
  /** Position among the phrases the first word starts. */
  order: number;
}

/** The phrases one word starts: by their exact second word, and the rest (a gap, a prefix, one word). */
interface Starts<C extends string> {
  bySecondWord: Map<string, Candidate<C>[]>;
  others: Candidate<C>[];
}

function indexBySecondWord<C extends string>(phrases: Phrase<C>[]): Starts<C> {
  const bySecondWord = new Map<string, Candidate<C>[]>();
  const others: Candidate<C>[] = [];
  phrases.forEach((phrase, order) => {
    const second = phrase.steps[1];
    if (second === undefined || second.gap || second.prefixes.length > 0) {
      others.push({ phrase, order });
      return;
    }
    for (const word of second.exact) {
      const list = bySecondWord.get(word);
      if (list === undefined) bySecondWord.set(word, [{ phrase, order }]);
      else list.push({ phrase, order });
    }
  });
  return { bySecondWord, others };
}

/** Index just past the match, or -1. The whole match stays inside one clause. */
function matchSteps(steps: readonly Step[], at: number, text: TokenizedText, position: number, clause: number): number {
  const step = steps[at];
  if (step === undefined) return position;
  if (step.gap) {
    for (let skip = 0; skip <= GAP_MAX_WORDS; skip++) {
      const next = position + skip;
      if (skip > 0 && text.clauses[next - 1] !== clause) break;
      const end = matchSteps(steps, at + 1, text, next, clause);
      if (end >= 0) return end;
    }
    return -1;
  }
  const word = text.words[position];
  if (word === undefined || text.clauses[position] !== clause || !matchesTerm(step, word)) return -1;
  return matchSteps(steps, at + 1, text, position + 1, clause);
}

function matchesTerm(term: Term, word: string): boolean {
  return term.exact.has(word) || term.prefixes.some((prefix) => word.startsWith(prefix));
}

function compilePhrase(source: string): Step[] {
  const steps: Step[] = [];
  for (const chunk of source.trim().split(/\s+/)) {
    if (chunk === GAP) {
      if (steps.length === 0 || steps[steps.length - 1]?.gap) throw invalid(source, `"${GAP}" must follow a word`);
      steps.push({ gap: true });
      continue;
    }
    const alternatives = chunk.split('|');
    if (alternatives.length > 1) {
      steps.push({ gap: false, ...compileAlternatives(source, alternatives) });
      continue;
    }
    // One written word may hold several ("c'è" is "c" + "e"); a final * applies to the last.
    const prefix = chunk.endsWith('*');
    const words = normalizeText(prefix ? chunk.slice(0, -1) : chunk).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length === 0) throw invalid(source, `"${chunk}" has no letters`);
    words.forEach((word, i) => {
      const isPrefix = prefix && i === words.length - 1;
      steps.push({ gap: false, exact: new Set(isPrefix ? [] : [word]), prefixes: isPrefix ? [word] : [] });
    });
  }
  if (steps.length === 0 || steps[steps.length - 1]?.gap) throw invalid(source, `it must end with a word`);
  return steps;
}

function compileAlternatives(source: string, alternatives: string[]): Term {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alternative of alternatives) {
    const prefix = alternative.endsWith('*');
    const words = normalizeText(prefix ? alternative.slice(0, -1) : alternative)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const [word] = words;
    if (word === undefined || words.length > 1) {
      throw invalid(source, `"${alternative}" must be a single word inside a|b`);
    }
    if (prefix) prefixes.push(word);
    else exact.add(word);
  }
  return { exact, prefixes };
}

function invalid(source: string, why: string): Error {
  return new Error(`lexicon phrase "${source}": ${why}`);
}
