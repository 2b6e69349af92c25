// The gap report: unanswered questions grouped by similarity, biggest group first, so an editor
// sees which answers are missing rather than a list of posts. Two questions are similar when
// their topic words (stemmed, without function and generic words) overlap by at least half
// (Jaccard). Questions are first collapsed by their topic words; then, most asked first, each
// distinct set joins the group of the most similar set seen before, or starts its own. Similar
// sets are found by prefix filtering (a pair with overlap t shares a word among the rarest
// |x| - ceil(t|x|) + 1 of each), so 100,000 questions group in seconds.
import { tokenizeText } from '../knowledge/text-tokenize.ts';
import type { KnowledgeGap } from './insight-store.ts';

/** What redactPersonalData puts in place of personal data: `[email]`, `[card ****1234]`. */
const PLACEHOLDER = /\[[^\]]{1,30}\]/g;

/** Share of topic words two questions must have in common to be one group. */
export const MIN_GAP_SIMILARITY = 0.5;

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
  stems: string[];
  gaps: KnowledgeGap[];
  /** Each stem as the first of these questions wrote it. */
  surface: Map<string, string>;
}

interface Group {
  leader: Signature;
  members: Signature[];
}

/** A signature and the group it went to. */
interface Placed {
  signature: Signature;
  group: Group;
}

export function groupGaps(gaps: readonly KnowledgeGap[], minSimilarity = MIN_GAP_SIMILARITY): GapGroup[] {
  const signatures = collapse(gaps);
  const frequency = new Map<string, number>();
  for (const signature of signatures) for (const stem of signature.stems) frequency.set(stem, (frequency.get(stem) ?? 0) + signature.gaps.length);
  // Rarest first: the prefix of each signature is its most telling words.
  for (const signature of signatures) signature.stems.sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : 1));
  // The most asked lead; among equals the plainest (fewest words), which the others extend.
  signatures.sort(
    (a, b) => b.gaps.length - a.gaps.length || a.stems.length - b.stems.length || a.stems.join(' ').localeCompare(b.stems.join(' ')),
  );

  const groups: Group[] = [];
  const byPrefixStem = new Map<string, Placed[]>();
  const wordless: Signature[] = [];
  for (const signature of signatures) {
    if (signature.stems.length === 0) {
      wordless.push(signature);
      continue;
    }
    let group = mostSimilarGroup(signature, byPrefixStem, minSimilarity);
    if (group === undefined) {
      group = { leader: signature, members: [] };
      groups.push(group);
    }
    group.members.push(signature);
    const placed: Placed = { signature, group };
    for (const stem of prefixOf(signature.stems, minSimilarity)) {
      const list = byPrefixStem.get(stem);
      if (list === undefined) byPrefixStem.set(stem, [placed]);
      else list.push(placed);
    }
  }
  if (wordless.length > 0) groups.push({ leader: wordless[0]!, members: wordless });
  return groups.map(describeGroup).sort((a, b) => b.count - a.count);
}

/** Questions by their set of topic stems; the words as written are kept for the label. */
function collapse(gaps: readonly KnowledgeGap[]): Signature[] {
  const byKey = new Map<string, Signature>();
  const stemsOfText = new Map<string, { stems: string[]; surface: [string, string][] }>();
  for (const gap of gaps) {
    const textKey = `${gap.lang}\u0000${gap.question.toLowerCase()}`;
    let read = stemsOfText.get(textKey);
    if (read === undefined) {
      // Redaction placeholders (`[email]`) say nothing about the topic.
      const tokens = tokenizeText(gap.question.replace(PLACEHOLDER, ' '), gap.lang).filter((token) => !token.stop && !token.generic);
      const surface = new Map(tokens.map((token) => [token.stem, token.word]));
      read = { stems: [...surface.keys()].sort(), surface: [...surface] };
      stemsOfText.set(textKey, read);
    }
    const key = read.stems.join(' ');
    const signature = byKey.get(key);
    if (signature === undefined) byKey.set(key, { stems: [...read.stems], gaps: [gap], surface: new Map(read.surface) });
    else signature.gaps.push(gap);
  }
  return [...byKey.values()];
}

/** The words a similar signature must share one of (prefix filtering). */
function prefixOf(stems: readonly string[], minSimilarity: number): string[] {
  return stems.slice(0, stems.length - Math.ceil(minSimilarity * stems.length) + 1);
}

function mostSimilarGroup(signature: Signature, byPrefixStem: Map<string, Placed[]>, minSimilarity: number): Group | undefined {
  let best: Group | undefined;
  let bestSimilarity = minSimilarity;
  const seen = new Set<Signature>();
  const own = new Set(signature.stems);
  for (const stem of prefixOf(signature.stems, minSimilarity)) {
    for (const placed of byPrefixStem.get(stem) ?? []) {
      if (seen.has(placed.signature)) continue;
      seen.add(placed.signature);
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
  const { surface } = group.leader;
  const leaderOrder = group.leader.gaps[0]!.question;
  const words = group.leader.stems
    .map((stem) => surface.get(stem) ?? stem)
    // As the customers wrote them, in the order of the example.
    .sort((a, b) => positionIn(leaderOrder, a) - positionIn(leaderOrder, b));
  return {
    words,
    count: all.length,
    languages: countBy(all.map((gap) => gap.lang)).map(([lang, count]) => ({ lang, count })),
    example: mostFrequent(all.map((gap) => gap.question)) ?? '',
    ...closestOf(all),
    untranslated: all.filter((gap) => gap.why === 'no-answer-in-language').length,
  };
}

function positionIn(text: string, word: string): number {
  const at = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').indexOf(word);
  return at < 0 ? Number.MAX_SAFE_INTEGER : at;
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
