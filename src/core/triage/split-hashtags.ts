// Hashtags carry much of what a tweet means ("#NeverAgain", "#tiredofwaiting",
// "#horriblecustomerservice") but read as one unknown word. Splitting them into the words the
// lexicons know lets every phrase list read them, in whatever language is served.
import { matchesOf, phrasesOf, type Lexicon, type LexiconCategory } from './lexicons/lexicon.ts';
import { normalizeText } from './tokenize-text.ts';

/** Exact words, and stems that take a common ending. */
interface WordSet {
  words: ReadonlySet<string>;
  stems: ReadonlySet<string>;
}

/** The words of one language a hashtag may be made of. */
export interface HashtagVocabulary extends WordSet {
  /** One-word verdicts ("fail", "sucks", "vergogna"): what may follow a name in a tag. */
  verdicts: WordSet;
}

const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
// "#fail" or "#help" is already a word; "#a1" says nothing either way.
const MIN_SPLIT_LETTERS = 6;
// A tag of more words than this is a sentence with the spaces taken out: rare, and wrong splits
// grow with the length.
const MAX_PIECES = 6;
// Endings a stem ("disappoint*", "pessim*") takes in a hashtag: "#disappointed", "#delays",
// "#serviziopessimo", "#retrasados".
const STEM_ENDINGS = ['', 's', 'es', 'ed', 'd', 'ing', 'ment', 'ments', 'ly', 'y', 'er', 'ers', 'a', 'e', 'i', 'o', 'as', 'os', 'en'];
// One-letter words would split anything ("a", "i", "e", "o", "y"); they may only join others.
const MIN_PIECE_LETTERS = 2;
const ONE_LETTER_WORDS: ReadonlySet<string> = new Set(['a', 'i']);
// "#jetbluefail", "#unitedsucks": a brand, a place or a person, then the word that condemns it.
// Any word would do worse: "#OscarsCountdown" is no outage ("count down"), "#flierfriendly" no
// praise ("flier friendly"): praise tags are common words that split wholly ("#greatservice").
const MIN_NAME_LETTERS = 3;
const MIN_VERDICT_LETTERS = 4;
const VERDICT_CATEGORIES: readonly LexiconCategory[] = ['complaint', 'negative', 'churn'];

/**
 * The text with each hashtag's `#` dropped and its words spaced out: first at case changes
 * ("#GoingForGreatnessFAIL"), then, for a run of one case, into vocabulary words
 * ("#tiredofwaiting" → "tired of waiting"). A tag that does not split wholly stays one word.
 */
export function splitHashtags(text: string, vocabularies: readonly HashtagVocabulary[]): string {
  return text.replace(HASHTAG, (_, tag: string) =>
    splitAtCaseChanges(tag)
      .map((part) => splitInOneLanguage(normalizeText(part), vocabularies)?.join(' ') ?? part)
      .join(' '),
  );
}

/**
 * The shortest split into the words of one language: mixing them splits "denver" into "den ver".
 * A tag whose words run after a name ("#jetbluefail", "#unitedsucks") splits after the name.
 */
function splitInOneLanguage(letters: string, vocabularies: readonly HashtagVocabulary[]): string[] | undefined {
  if (letters.length < MIN_SPLIT_LETTERS || vocabularies.some((vocabulary) => isWord(letters, vocabulary))) return undefined;
  return shortestSplit(letters, vocabularies) ?? splitAfterName(letters, vocabularies);
}

function shortestSplit(letters: string, vocabularies: readonly HashtagVocabulary[]): string[] | undefined {
  let best: string[] | undefined;
  for (const vocabulary of vocabularies) {
    const words = splitIntoWords(letters, vocabulary);
    if (words !== undefined && (best === undefined || words.length < best.length)) best = words;
  }
  return best;
}

/** An unknown name of a few letters, then a one-word verdict on it: the longest that ends the tag. */
function splitAfterName(letters: string, vocabularies: readonly HashtagVocabulary[]): string[] | undefined {
  for (let end = MIN_NAME_LETTERS; end <= letters.length - MIN_VERDICT_LETTERS; end++) {
    const verdict = letters.slice(end);
    if (vocabularies.some(({ verdicts }) => isWord(verdict, verdicts))) return [letters.slice(0, end), verdict];
  }
  return undefined;
}

function splitAtCaseChanges(tag: string): string[] {
  return tag
    .replace(/_/g, ' ')
    // Two lowercase letters before a capital: "GoingFor" splits, "iPhone" and "eBay" do not.
    .replace(/(\p{Ll}{2})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, '$1$3 $2$4')
    .split(' ')
    .filter(Boolean);
}

/** The fewest vocabulary words that make up `letters` exactly, or undefined. */
function splitIntoWords(letters: string, vocabulary: HashtagVocabulary): string[] | undefined {
  // best[i]: the fewest words that make up the first i letters.
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= letters.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (before === undefined || before.length >= MAX_PIECES) continue;
      const piece = letters.slice(start, end);
      if (!isWord(piece, vocabulary)) continue;
      if (best[end] === undefined || before.length + 1 < best[end]!.length) best[end] = [...before, piece];
    }
  }
  const words = best[letters.length];
  return words !== undefined && words.length > 1 ? words : undefined;
}

/** Every word and stem a lexicon's phrases and word lists are written with. */
export function hashtagVocabularyOf(lexicon: Lexicon): HashtagVocabulary {
  const wordLists = [lexicon.functionWords, lexicon.fillerWords, lexicon.negators, lexicon.markerWords ?? []];
  const oneWordVerdicts = VERDICT_CATEGORIES.flatMap((category) => matchesOf(lexicon.phrases[category] ?? { match: [] })).filter((phrase) => !phrase.includes(' '));
  return { ...wordSetOf([...phrasesOf(lexicon), ...wordLists.flat()]), verdicts: wordSetOf(oneWordVerdicts) };
}

function wordSetOf(phrases: readonly string[]): WordSet {
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const phrase of phrases) {
    for (const word of normalizeText(phrase.replace(/\|/g, ' ')).split(/[^\p{L}\p{N}*]+/u)) {
      if (word.endsWith('*')) stems.add(word.slice(0, -1));
      else if (word !== '') words.add(word);
    }
  }
  return { words, stems };
}

function isWord(piece: string, { words, stems }: WordSet): boolean {
  if (piece.length < MIN_PIECE_LETTERS) return ONE_LETTER_WORDS.has(piece);
  if (words.has(piece)) return true;
  return STEM_ENDINGS.some((ending) => piece.endsWith(ending) && stems.has(piece.slice(0, piece.length - ending.length)));
}
