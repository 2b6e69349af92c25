import { stripAccents } from './text-strip-accents.ts';

// Country names in the languages we match come from the runtime's ICU data (Intl.DisplayNames),
// so an entry about roaming in France and Spain knows that "Japan", "Giappone" or "Japón" is a
// country it does not name, without a word list of our own to keep up to date.
const LANGUAGES = ['en', 'it', 'es', 'fr', 'de'] as const;
// Region codes that are not one country: the EU and the euro area (an entry about EU roaming
// names them on purpose), the UN, outlying regions, pseudo-locales and the unknown region.
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
const WORDS = /[\p{L}\p{N}]+/gu;
const LONGEST_NAME = 4;

interface CountryNames {
  /** A name's words joined by a space, to its region code. */
  codes: Map<string, string>;
  /** The first words of names, so most words of a post are passed over with one look-up. */
  firstWords: Set<string>;
}
type NamesByLanguage = Map<string, CountryNames>;
let namesByLanguage: NamesByLanguage | undefined;

function wordsOf(text: string): string[] {
  return stripAccents(text.toLowerCase()).match(WORDS) ?? [];
}

/** Per language, the country names and their region codes. */
function countryNames(): NamesByLanguage {
  if (namesByLanguage) return namesByLanguage;
  namesByLanguage = new Map();
  for (const lang of LANGUAGES) {
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    const names: CountryNames = { codes: new Map(), firstWords: new Set() };
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        // Old and alias codes (DD, FX, UK) name their current country: it is listed once.
        if (NOT_COUNTRIES.has(code) || new Intl.Locale(`und-${code}`).region !== code) continue;
        const name = display.of(code);
        if (name === undefined || name === code) continue;
        const words = wordsOf(name);
        if (words.length === 0 || words.length > LONGEST_NAME) continue;
        names.codes.set(words.join(' '), code);
        names.firstWords.add(words[0] as string);
      }
    }
    namesByLanguage.set(lang, names);
  }
  return namesByLanguage;
}

/**
 * The region codes of the countries a text names in any of the languages given (written with or
 * without capitals and accents: "going to japan", "viaggio in Giappone"). A name is read in its
 * own language only: German "Island" is Iceland, English "island" is not.
 */
export function countriesNamed(text: string, langs: readonly string[]): Set<string> {
  const codes = new Set<string>();
  const all = countryNames();
  let words: string[] | undefined;
  for (const lang of langs) {
    const names = all.get(lang);
    if (!names) continue;
    words ??= wordsOf(text);
    for (let start = 0; start < words.length; start++) {
      if (!names.firstWords.has(words[start] as string)) continue;
      for (let length = Math.min(LONGEST_NAME, words.length - start); length > 0; length--) {
        const code = names.codes.get(words.slice(start, start + length).join(' '));
        if (code === undefined) continue;
        codes.add(code);
        start += length - 1;
        break;
      }
    }
  }
  return codes;
}
