import type { TextToken } from './text-tokenize.ts';

/**
 * Maps a word missing from the knowledge to a known word one edit away, or to the two known
 * words it runs together (a missing space), if there is one.
 */
export type TypoCorrector = (word: string) => TextToken[] | undefined;

// Shorter words have too many neighbours one edit away ("card" / "care" / "cart"): a
// correction there would be a guess.
const MIN_CORRECTABLE_LENGTH = 5;
// Each of two words run together ("impiantoallaccio") must have this many letters: shorter
// pieces are found inside too many words by chance ("contratto" = "con" + "tratto").
const MIN_SPLIT_PART_LENGTH = 4;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Symmetric-delete spelling correction (as in SymSpell) at edit distance 1 over the content
 * words of the knowledge: a deletion, insertion, substitution or swap of adjacent letters.
 * Among several candidates the most frequent known word wins (ties: alphabetical order).
 * A word with no such neighbour may be two known words without the space between them.
 * The first letter is never changed (as Lucene's FuzzyQuery and Elasticsearch's fuzzy query do
 * with a `prefix_length` of 1): typos rarely touch it, and a correction there reads another
 * real word as a known one ("flight" as "light", sending a flight number to the modem set-up).
 */
export function createTypoCorrector(knownTokens: TextToken[]): TypoCorrector {
  const known = new Map<string, { token: TextToken; count: number }>();
  for (const token of knownTokens) {
    if (token.stop) continue;
    const entry = known.get(token.word);
    if (entry) entry.count++;
    else known.set(token.word, { token, count: 1 });
  }
  const byDeletion = new Map<string, string[]>();
  for (const word of known.keys()) {
    if (word.length < MIN_CORRECTABLE_LENGTH - 1) continue;
    for (const key of [word, ...deletions(word)]) {
      const list = byDeletion.get(key);
      if (list) list.push(word);
      else byDeletion.set(key, [word]);
    }
  }

  /** The two known words `word` runs together, the most frequent pair when several. */
  function split(word: string): TextToken[] | undefined {
    let best: TextToken[] | undefined;
    let bestCount = 0;
    for (let i = MIN_SPLIT_PART_LENGTH; i + MIN_SPLIT_PART_LENGTH <= word.length; i++) {
      const left = known.get(word.slice(0, i));
      const right = known.get(word.slice(i));
      if (!left || !right) continue;
      const count = Math.min(left.count, right.count);
      if (count > bestCount) {
        best = [left.token, right.token];
        bestCount = count;
      }
    }
    return best;
  }

  return (word) => {
    if (word.length < MIN_CORRECTABLE_LENGTH || known.has(word)) return undefined;
    let best: { token: TextToken; count: number } | undefined;
    let bestWord = '';
    for (const key of [word, ...deletions(word)]) {
      for (const candidate of byDeletion.get(key) ?? []) {
        const entry = known.get(candidate);
        if (!entry || Math.abs(candidate.length - word.length) > 1 || candidate[0] !== word[0]) continue;
        if (!isOneEditApart(word, candidate)) continue;
        if (!best || entry.count > best.count || (entry.count === best.count && candidate < bestWord)) {
          best = entry;
          bestWord = candidate;
        }
      }
    }
    return best ? [best.token] : split(word);
  };
}

/** Damerau distance exactly 1 (the deletion index also proposes some pairs two edits apart). */
function isOneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    const [i, j] = diffs as [number, number];
    return diffs.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
