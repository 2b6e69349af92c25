// The gap report: unanswered questions grouped by similarity, biggest group first, so an editor
// sees which answers are missing rather than a list of posts. Two questions are similar when
// their topic words (stemmed, without function and generic words) overlap by at least half
// (Jaccard). Questions are first collapsed by their topic words; then, most asked first, each
// distinct set joins the group of the most similar set seen before, or starts its own. Similar
// sets are found by prefix filtering (a pair with overlap t shares a word among the rarest
// |x| - ceil(t|x|) + 1 of each) and a length filter; a question looks through its PROBE_WORDS
// rarest words only, and each word leads to at most CANDIDATES_PER_WORD earlier sets (the most
// asked), so 100,000 questions group in seconds even when nearly all differ. Grouping is for people to read: an approximation that misses a rare
// pairing is fine; one that takes minutes is not.
import { tokenizeText } from '../knowledge/text-tokenize.ts';
import type { KnowledgeGap } from './insight-store.ts';

/**
 * What says nothing about a question's topic: links, e-mail addresses, handles, and what
 * redactPersonalData puts in place of personal data (`[email]`, `[card ****1234]`).
 */
const NOT_TOPIC = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+|@\w+|\[[^\]]{1,30}\]/gu;
const BETWEEN_WORDS = /[^\p{L}\p{N}]+/u;
/** What every NOT_TOPIC match contains: a cheap test before the costly pattern. */
const MAY_HOLD_NON_TOPIC = /[@[]|https?:|www\./u;

/** A word as the knowledge's tokenizer reads it (stem, stop word, generic word), or null for none. */
type WordReading = { stem: string; word: string; topic: boolean } | null;

/** Share of topic words two questions must have in common to be one group. */
export const MIN_GAP_SIMILARITY = 0.5;

/**
 * Earlier question sets looked at per word: the most asked ones, which is where a question
 * belongs if anywhere. Bounds the work per question whatever the traffic.
 */
const CANDIDATES_PER_WORD = 12;

/** A question looks for similar ones through its rarest words only, at most this many: the telling ones. */
const PROBE_WORDS = 4;

export interface GapGroup {
  /** The topic words of the group's most frequent question, as customers write them. */
  words: string[];
  count: number;
  /** Questions per language, most first. */
  languages: { lang: string; count: number }[];
  /** The group's most frequent question, as stored (redacted). */
  example: string;
  /** The entry these questions came closest to most often, if any. */
  closest?: { id: string; count: number };
  /** Questions whose best entry had no translation in their language. */
  untranslated: number;
}

/** Questions with the same topic words. */
interface Signature {
  /** The stems, alphabetical and joined: what identifies the set. */
  key: string;
  stems: string[];
  gaps: KnowledgeGap[];
  /** Each stem as the first of these questions wrote it, in the order it wrote them. */
  surface: Map<string, string>;
  /** The last search that looked at this set (cheaper than a Set of seen ones per search). */
  seenBy: number;
}

interface Group {
  leader: Signature;
  members: Signature[];
  /** Questions in all its members. */
  count: number;
}

export interface GapGrouping {
  /** Biggest first; the group of questions with no topic word last. */
  groups: GapGroup[];
  /** Groups in all, also those past `limit`. */
  total: number;
}

export interface GroupGapsOptions {
  minSimilarity?: number;
  /** Describe only the biggest groups (a page lists a few hundred). */
  limit?: number;
}

/** A signature and the group it went to. */
interface Placed {
  signature: Signature;
  group: Group;
}

export function groupGaps(gaps: readonly KnowledgeGap[], options: GroupGapsOptions = {}): GapGrouping {
  const minSimilarity = options.minSimilarity ?? MIN_GAP_SIMILARITY;
  const signatures = collapse(gaps);
  const frequency = new Map<string, number>();
  for (const signature of signatures) for (const stem of signature.stems) frequency.set(stem, (frequency.get(stem) ?? 0) + signature.gaps.length);
  // Rarest first: the prefix of each signature is its most telling words.
  for (const signature of signatures) {
    const counts = new Map(signature.stems.map((stem) => [stem, frequency.get(stem) ?? 0]));
    signature.stems.sort((a, b) => counts.get(a)! - counts.get(b)! || (a < b ? -1 : 1));
  }
  // The most asked lead; among equals the plainest (fewest words), which the others extend.
  signatures.sort(
    (a, b) => b.gaps.length - a.gaps.length || a.stems.length - b.stems.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );

  const groups: Group[] = [];
  const byPrefixStem = new Map<string, Placed[]>();
  let search = 0;
  const wordless: Signature[] = [];
  for (const signature of signatures) {
    if (signature.stems.length === 0) {
      wordless.push(signature);
      continue;
    }
    let group = mostSimilarGroup(signature, byPrefixStem, minSimilarity, (search += 1));
    if (group === undefined) {
      group = { leader: signature, members: [], count: 0 };
      groups.push(group);
    }
    group.members.push(signature);
    group.count += signature.gaps.length;
    const placed: Placed = { signature, group };
    for (const stem of prefixOf(signature.stems, minSimilarity)) {
      const list = byPrefixStem.get(stem);
      if (list === undefined) byPrefixStem.set(stem, [placed]);
      else if (list.length < CANDIDATES_PER_WORD) list.push(placed);
    }
  }
  // Questions without a topic word (emoji, a lone greeting) say nothing to an editor: listed last.
  const ordered = groups.sort((a, b) => b.count - a.count);
  if (wordless.length > 0) ordered.push({ leader: wordless[0]!, members: wordless, count: 0 });
  return { groups: ordered.slice(0, options.limit ?? ordered.length).map(describeGroup), total: ordered.length };
}

/** Questions by their set of topic stems; the words as written are kept for the label. */
function collapse(gaps: readonly KnowledgeGap[]): Signature[] {
  const byKey = new Map<string, Signature>();
  const readingsByLang = new Map<string, Map<string, WordReading>>();
  for (const gap of gaps) {
    let readings = readingsByLang.get(gap.lang);
    if (readings === undefined) readingsByLang.set(gap.lang, (readings = new Map()));
    const surface = topicWordsOf(gap.question, gap.lang, readings);
    const stems = [...surface.keys()].sort();
    const key = stems.join(' ');
    const signature = byKey.get(key);
    if (signature === undefined) byKey.set(key, { key, stems, gaps: [gap], surface, seenBy: -1 });
    else signature.gaps.push(gap);
  }
  return [...byKey.values()];
}

/**
 * The question's topic words by stem, in the order written. Each distinct word of a language is
 * read once by the knowledge's own tokenizer (stemming, function and generic words), so 100,000
 * questions cost as many tokenizations as they have different words.
 */
function topicWordsOf(question: string, lang: string, readings: Map<string, WordReading>): Map<string, string> {
  const surface = new Map<string, string>();
  // Most questions hold none of these, and the pattern is a tenth of the grouping's time.
  const words = MAY_HOLD_NON_TOPIC.test(question) ? question.replace(NOT_TOPIC, ' ') : question;
  for (const raw of words.toLowerCase().split(BETWEEN_WORDS)) {
    if (raw === '') continue;
    let reading = readings.get(raw);
    if (reading === undefined) {
      const [token] = tokenizeText(raw, lang);
      reading = token === undefined ? null : { stem: token.stem, word: token.word, topic: !token.stop && !token.generic };
      readings.set(raw, reading);
    }
    if (reading?.topic === true && !surface.has(reading.stem)) surface.set(reading.stem, reading.word);
  }
  return surface;
}

/** The words a similar signature must share one of (prefix filtering). */
function prefixOf(stems: readonly string[], minSimilarity: number): string[] {
  return stems.slice(0, stems.length - Math.ceil(minSimilarity * stems.length) + 1);
}

function mostSimilarGroup(signature: Signature, byPrefixStem: Map<string, Placed[]>, minSimilarity: number, search: number): Group | undefined {
  let best: Group | undefined;
  let bestSimilarity = minSimilarity;
  const own = new Set(signature.stems);
  const [shortest, longest] = [minSimilarity * own.size, own.size / minSimilarity];
  for (const stem of prefixOf(signature.stems, minSimilarity).slice(0, PROBE_WORDS)) {
    for (const placed of byPrefixStem.get(stem) ?? []) {
      const size = placed.signature.stems.length;
      if (placed.signature.seenBy === search || size < shortest || size > longest) continue;
      placed.signature.seenBy = search;
      const similarity = jaccard(own, placed.signature.stems);
      if (best === undefined ? similarity >= bestSimilarity : similarity > bestSimilarity) {
        best = placed.group;
        bestSimilarity = similarity;
      }
    }
  }
  return best;
}

function jaccard(own: ReadonlySet<string>, other: readonly string[]): number {
  let shared = 0;
  for (const stem of other) if (own.has(stem)) shared += 1;
  return shared / (own.size + other.length - shared);
}

function describeGroup(group: Group): GapGroup {
  const all = group.members.flatMap((member) => member.gaps);
  return {
    // As the customer wrote them, in the order they wrote them.
    words: [...group.leader.surface.values()],
    count: all.length,
    languages: countBy(all.map((gap) => gap.lang)).map(([lang, count]) => ({ lang, count })),
    example: mostFrequent(all.map((gap) => gap.question)) ?? '',
    ...closestOf(all),
    untranslated: all.filter((gap) => gap.why === 'no-answer-in-language').length,
  };
}

function closestOf(gaps: readonly KnowledgeGap[]): Pick<GapGroup, 'closest'> {
  const [top] = countBy(gaps.flatMap((gap) => (gap.closest ? [gap.closest.id] : [])));
  return top === undefined ? {} : { closest: { id: top[0], count: top[1] } };
}

function mostFrequent(values: readonly string[]): string | undefined {
  return countBy(values)[0]?.[0];
}

/** Values with how often each occurs, most first (ties in order of first occurrence). */
function countBy(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
