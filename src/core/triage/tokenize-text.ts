// Turns text into lowercase, accent-free words with their clause numbers. Lexicon phrases go
// through the same function, so a pattern and a message always agree on what a word is.

export interface TokenizedText {
  words: string[];
  /** Clause number of each word: punctuation starts a new clause, and phrases and negations stay inside one. */
  clauses: number[];
}

// Customers often type contractions without the apostrophe; expanding them lets one pattern
// ("does not work") cover every spelling.
const CONTRACTIONS: ReadonlyMap<string, string> = new Map([
  ["can't", 'can not'],
  ['cant', 'can not'],
  ['cannot', 'can not'],
  ["won't", 'will not'],
  ['wont', 'will not'],
  ['dont', 'do not'],
  ['doesnt', 'does not'],
  ['didnt', 'did not'],
  ['isnt', 'is not'],
  ['arent', 'are not'],
  ['wasnt', 'was not'],
  ['werent', 'were not'],
  ['havent', 'have not'],
  ['hasnt', 'has not'],
  ['hadnt', 'had not'],
  ['couldnt', 'could not'],
  ['wouldnt', 'would not'],
  ['shouldnt', 'should not'],
  // Written as one word: "why isnot my bootcamp work".
  ['isnot', 'is not'],
  ['doesnot', 'does not'],
  ['didnot', 'did not'],
  ['donot', 'do not'],
  ['wasnot', 'was not'],
]);

// The words that can be contractions: those with an apostrophe and those written without one
// ("dont"). Matching only these, rather than calling back for every word, made this step about
// four times faster.
const CONTRACTION_PATTERN = new RegExp(
  `(?<![\\p{L}'])(?:[\\p{L}']*'[\\p{L}']*|(?:${[...CONTRACTIONS.keys()].filter((word) => !word.includes("'")).join('|')})(?![\\p{L}']))`,
  'gu',
);
const WORD_OR_BREAK = /[\p{L}\p{N}]+|[.!?;:,\n]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lowercase, accents removed, apostrophes unified and English contractions expanded. */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase().replace(/[’‘`´]/g, "'");
  const expanded = lower.replace(CONTRACTION_PATTERN, expandContraction);
  // Plain ASCII (most English posts) has no accents to take off.
  if (ASCII_ONLY.test(expanded)) return expanded;
  return expanded.normalize('NFD').replace(COMBINING_MARKS, '').replaceAll('ß', 'ss');
}

function expandContraction(word: string): string {
  const whole = CONTRACTIONS.get(word);
  if (whole !== undefined) return whole;
  // Every word passes through here; only those with an apostrophe can hold a contraction.
  if (!word.includes("'")) return word;
  return word
    .replace(/n't$/, ' not')
    .replace(/'re$/, ' are')
    .replace(/'ve$/, ' have')
    .replace(/'ll$/, ' will')
    // "that'd be great if..." is a wish, said with the same "would" as "I'd".
    .replace(/^(i|you|we|they|he|she|it|that|there|this|who|what)'d$/, '$1 would')
    .replace(/^i'm$/, 'i am');
}

export function tokenizeText(text: string): TokenizedText {
  const words: string[] = [];
  const clauses: number[] = [];
  let clause = 0;
  for (const [piece] of normalizeText(text).matchAll(WORD_OR_BREAK)) {
    if (/^[.!?;:,\n]/.test(piece)) {
      if (words.length > 0 && clauses[clauses.length - 1] === clause) clause++;
      continue;
    }
    words.push(piece);
    clauses.push(clause);
  }
  return { words, clauses };
}
