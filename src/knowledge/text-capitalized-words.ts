import { stripAccents } from './text-strip-accents.ts';

// A capital letter inside a sentence marks a name (a place, a person, a product) in the languages
// we match; the first word of a sentence is capitalized whatever it is.
const SENTENCES = /[^.!?\n]+/gu;
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const CAPITALIZED = /^\p{Lu}/u;
// A word in capitals is an acronym when short (NYC, PUK); longer, it is shouting ("SUCKS").
const SHOUTED = /^[\p{Lu}\p{N}'’-]{4,}$/u;
// The word before a place in the languages we match: "in Leeds", "a Torino", "à Lyon", "bei Köln".
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'around', 'a', 'ad', 'zona', 'en', 'à', 'bei', 'nahe']);

export interface CapitalizedWords {
  /** Lower-case, accent-free words that the text writes with a capital inside a sentence. */
  names: Set<string>;
  /** Those of them that follow a place preposition ("is there an outage in Leeds?"). */
  places: Set<string>;
}

export function capitalizedWords(text: string): CapitalizedWords {
  const names = new Set<string>();
  const places = new Set<string>();
  for (const sentence of text.match(SENTENCES) ?? []) {
    // Handles are not words of the sentence ("@Delta my flight to Boston").
    const words = sentence.replace(/[@#][\p{L}\p{N}_]+/gu, ' ').match(WORDS) ?? [];
    for (let i = 1; i < words.length; i++) {
      const word = words[i] as string;
      if (!CAPITALIZED.test(word) || SHOUTED.test(word)) continue;
      const afterPlacePreposition = PLACE_PREPOSITIONS.has((words[i - 1] as string).toLowerCase());
      // One letter is a pronoun ("I") or an elided article ("L'Aquila"), not a name.
      for (const part of word.split(/['’-]/)) {
        if (part.length < 2) continue;
        const name = stripAccents(part.toLowerCase());
        names.add(name);
        if (afterPlacePreposition) places.add(name);
      }
    }
  }
  return { names, places };
}
