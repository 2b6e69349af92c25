// Reads a message's words once: which lexicon phrases occur, with exceptions removed and
// negated ones set apart. Traits, sentiment and urgency all read this one analysis.
import { createListMatcher, type PhraseMatch, type PhraseMatcher } from './create-phrase-matcher.ts';
import type { Lexicon, LexiconCategory, PhraseList } from './lexicons/lexicon.ts';
import { LEXICONS_BY_LANGUAGE } from './lexicons/lexicons-by-language.ts';
import { hashtagVocabularyOf, splitHashtags, type HashtagVocabulary } from './split-hashtags.ts';
import { TEXT_PATTERNS } from './text-patterns.ts';
import { tokenizeText, type TokenizedText } from './tokenize-text.ts';

export interface LexiconMatch extends PhraseMatch<LexiconCategory> {
  /** Matched by one of the list's `notForModels` phrases: the rules read it, the word models do not. */
  notForModels?: true;
}

export interface TextAnalysis {
  tokens: TokenizedText;
  /** Phrases that count: exceptions removed, negated ones left out. */
  matches: LexiconMatch[];
  /** Phrases of a negatable category preceded by a negator ("non è un problema"). */
  negated: LexiconMatch[];
  /** Word ranges (`end` exclusive) inside double quotes or guillemets: scare quotes, cited messages. */
  quoted: WordRange[];
}

export interface WordRange {
  start: number;
  end: number;
}

// A list's `notForModels` phrases compile as a category of their own, with the list's exceptions,
// so that their matches can be told apart; the analysis names them by the list's category.
const NOT_FOR_MODELS_MARK = '~notForModels';
type CompiledCategory = LexiconCategory | `${LexiconCategory}${typeof NOT_FOR_MODELS_MARK}`;

interface CompiledLexicons {
  /** Phrases, with the matches their exceptions cancel left out. */
  phrases: PhraseMatcher<CompiledCategory>;
  negators: ReadonlySet<string>;
  /** "come mai": the word before a negator, and the negator, joined by a space. */
  negatorIdioms: ReadonlySet<string>;
  hashtagWords: HashtagVocabulary[];
}

// Categories whose meaning flips or vanishes under negation; a fault ("non funziona") or a
// danger carries its negation inside the phrase, and safety is never waived by a stray "no".
// A fix that did not happen ("it still hasn't been resolved") is no fix.
const NEGATABLE: ReadonlySet<LexiconCategory> = new Set([
  'complaint', 'problem', 'churn', 'negative', 'outrage', 'positive', 'praise', 'resolution', 'resolved', 'urgent',
]);
// "non è un problema": the negator may sit a few words before what it negates.
const NEGATION_WINDOW_WORDS = 3;
// What a supposition asked about cannot report: a fault, a problem, time pressure ("what happens
// if my flight is delayed and I miss the connection?"). Safety and security are never supposed away.
const SUPPOSABLE: ReadonlySet<LexiconCategory> = new Set(['faulty', 'problem', 'urgent']);
// "if a train's delayed more than 30 mins": the supposed fault follows its "if" closely.
const SUPPOSITION_WINDOW_WORDS = 6;
// Triage reads the opening of very long posts: it bounds the time per message, and what a post
// is about is clear long before this.
const MAX_ANALYSED_CHARS = 4_000;
// Double quotes and guillemets (straight, curly, low): apostrophes are too often just apostrophes.
const QUOTE_MARKS = /["“”«»„]/;
// ...but one or two words between single quotes, with a space or the edge outside them, are a
// scare quote too ("appreciate the 'fast' delivery"): read as if double-quoted.
const SINGLE_QUOTED = /(^|\s)['‘’]([^'‘’\s]+(?:\s[^'‘’\s]+)?)['‘’](?=[\s.,;:!?]|$)/gu;

// Lexicons compile once per set of languages (a cache of code-derived data, not state).
const compiled = new Map<string, CompiledLexicons>();

/** `text` is the cleaned question; `languages` choose the lexicons (all configured ones). */
export function analyzeText(text: string, languages: readonly string[]): TextAnalysis {
  const lexicons = compileLexicons(languages);
  const withoutMentions = text.slice(0, MAX_ANALYSED_CHARS).replace(TEXT_PATTERNS.mention, ' ');
  const prose = splitHashtags(withoutMentions, lexicons.hashtagWords);
  const tokens = tokenizeText(prose);
  const matches: LexiconMatch[] = [];
  const negated: LexiconMatch[] = [];
  const found = lexicons.phrases.find(tokens).map(toLexiconMatch);
  const asks = prose.includes('?');
  for (const match of found) {
    if (asks && SUPPOSABLE.has(match.category) && isSupposed(match, found, tokens)) continue;
    if (NEGATABLE.has(match.category) && isNegated(match, tokens, lexicons)) negated.push(match);
    else matches.push(match);
  }
  return { tokens, matches, negated, quoted: findQuoted(prose.replace(SINGLE_QUOTED, '$1"$2"')) };
}

/** The words hashtags are split into, per served language (compiled with the lexicons). */
export function hashtagVocabulariesFor(languages: readonly string[]): readonly HashtagVocabulary[] {
  return compileLexicons(languages).hashtagWords;
}

// "delivered to a safe place": a quoted status leads its quotation and is a few words long.
const QUOTED_STATUS_MAX_WORDS = 6;

/** The customer quotes what a tracker or an app claims ("delivered", „zugestellt“): to dispute it. */
export function quotesAStatus(analysis: TextAnalysis): boolean {
  return analysis.quoted.some(
    (range) =>
      range.end - range.start <= QUOTED_STATUS_MAX_WORDS &&
      analysis.matches.some((m) => m.category === 'statusClaim' && m.start === range.start),
  );
}

export function hasMatch(analysis: TextAnalysis, category: LexiconCategory): boolean {
  return analysis.matches.some((match) => match.category === category);
}

/** Word ranges between pairs of quote marks, counted as tokenizeText counts words. */
function findQuoted(prose: string): WordRange[] {
  // Splitting by a pattern is slow even when nothing matches; most posts quote nothing.
  if (!QUOTE_MARKS.test(prose)) return [];
  const pieces = prose.split(QUOTE_MARKS);
  if (pieces.length < 3) return [];
  const ranges: WordRange[] = [];
  let words = 0;
  pieces.forEach((piece, i) => {
    const count = tokenizeText(piece).words.length;
    // Odd pieces sit between an opening and a closing mark; an unclosed quote is not a quotation.
    if (i % 2 === 1 && i < pieces.length - 1 && count > 0) ranges.push({ start: words, end: words + count });
    words += count;
  });
  return ranges;
}

function isNegated(match: LexiconMatch, tokens: TokenizedText, { negators, negatorIdioms }: CompiledLexicons): boolean {
  const clause = tokens.clauses[match.start];
  for (let i = match.start - 1; i >= Math.max(0, match.start - NEGATION_WINDOW_WORDS); i--) {
    if (tokens.clauses[i] !== clause) return false;
    const word = tokens.words[i] ?? '';
    if (negators.has(word) && !negatorIdioms.has(`${tokens.words[i - 1]} ${word}`)) return true;
  }
  return false;
}

/** After an "if" of its own clause, a few words back, with no "but" between: asked about, not told. */
function isSupposed(match: LexiconMatch, found: readonly LexiconMatch[], tokens: TokenizedText): boolean {
  const clause = tokens.clauses[match.start];
  const within = (m: LexiconMatch) =>
    m.start < match.start && match.start - m.end <= SUPPOSITION_WINDOW_WORDS && tokens.clauses[m.start] === clause;
  const opening = found.filter((m) => m.category === 'supposition' && within(m));
  if (opening.length === 0) return false;
  const lastOpening = Math.max(...opening.map((m) => m.end));
  return !found.some((m) => m.category === 'contrast' && m.start >= lastOpening && m.start < match.start);
}

function compileLexicons(languages: readonly string[]): CompiledLexicons {
  const key = [...languages].sort().join(',');
  const cached = compiled.get(key);
  if (cached !== undefined) return cached;
  const lexicons = languages.flatMap((lang) => LEXICONS_BY_LANGUAGE[lang] ?? []);
  const result: CompiledLexicons = {
    phrases: createListMatcher(lexicons.flatMap(phraseListsOf)),
    negators: new Set(lexicons.flatMap((lexicon) => lexicon.negators.flatMap((word) => tokenizeText(word).words))),
    negatorIdioms: new Set(lexicons.flatMap((lexicon) => (lexicon.negatorIdioms ?? []).map((idiom) => tokenizeText(idiom).words.join(' ')))),
    hashtagWords: lexicons.map(hashtagVocabularyOf),
  };
  compiled.set(key, result);
  return result;
}

function phraseListsOf(lexicon: Lexicon): [CompiledCategory, PhraseList][] {
  return (Object.entries(lexicon.phrases) as [LexiconCategory, PhraseList | undefined][]).flatMap(([category, list]) => {
    if (list === undefined) return [];
    const lists: [CompiledCategory, PhraseList][] = [[category, list]];
    const { notForModels, except } = list;
    if (notForModels !== undefined) {
      lists.push([`${category}${NOT_FOR_MODELS_MARK}`, { match: notForModels, ...(except === undefined ? {} : { except }) }]);
    }
    return lists;
  });
}

function toLexiconMatch({ category, start, end }: PhraseMatch<CompiledCategory>): LexiconMatch {
  if (!category.endsWith(NOT_FOR_MODELS_MARK)) return { category: category as LexiconCategory, start, end };
  return { category: category.slice(0, -NOT_FOR_MODELS_MARK.length) as LexiconCategory, start, end, notForModels: true };
}
