import { stripAccents } from './text-strip-accents.ts';

// A capital letter inside a sentence marks a name (a place, a person, a product) in the languages
// we match; the first word of a sentence is capitalized whatever it is.
const SENTENCES = /[^.!?\n]+/gu;
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const CAPITALIZED = /^\p{Lu}/u;
// A word in capitals is an acronym when short (NYC, PUK); longer, it is shouting ("SUCKS").
const SHOUTED = /^[\p{Lu}\p{N}'’-]{4,}$/u;

/** Lower-case, accent-free words that `text` writes with a capital inside a sentence. */
export function capitalizedWords(text: string): Set<string> {
  const names = new Set<string>();
  for (const sentence of text.match(SENTENCES) ?? []) {
    // Handles are not words of the sentence ("@Delta my flight to Boston").
    const words = sentence.replace(/[@#][\p{L}\p{N}_]+/gu, ' ').match(WORDS) ?? [];
    for (const word of words.slice(1)) {
      if (!CAPITALIZED.test(word) || SHOUTED.test(word)) continue;
      // One letter is a pronoun ("I") or an elided article ("L'Aquila"), not a name.
      for (const part of word.split(/['’-]/)) if (part.length > 1) names.add(stripAccents(part.toLowerCase()));
    }
  }
  return names;
}
