import { stripAccents } from './text-strip-accents.ts';

// Country names in the languages we match come from the runtime's ICU data (Intl.DisplayNames),
// so an entry about roaming in France and Spain knows that "Japan", "Giappone" or "Japón" is a
// country it does not name, without a word list of our own to keep up to date.
const LANGUAGES = ['en', 'it', 'es', 'fr', 'de'] as const;
// Region codes that are not one country: the EU and the euro area (an entry about EU roaming
// names them on purpose), the UN, outlying regions, pseudo-locales and the unknown region.
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
// The five languages write country names in Latin letters: this range is all they use, and
// faster than a Unicode property on every post.
const WORDS = /[a-z0-9\u00c0-\u024f]+/g;
const NOT_ASCII = /[^\x00-\x7f]/;

/** A country's name after its first word ("stati uniti": ["uniti"]), and its region code. */
interface CountryName {
  rest: readonly string[];
  code: string;
}
/** Per language, names by their first word, longest first: most words of a post are passed over with one look-up. */
type NamesByLanguage = Map<string, Map<string, CountryName[]>>;
let namesByLanguage: NamesByLanguage | undefined;

function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words = lower.match(WORDS) ?? [];
  return NOT_ASCII.test(lower) ? words.map(stripAccents) : words;
}

function countryNames(): NamesByLanguage {
  if (namesByLanguage) return namesByLanguage;
  namesByLanguage = new Map();
  for (const lang of LANGUAGES) {
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    const byFirstWord = new Map<string, CountryName[]>();
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        // Old and alias codes (DD, FX, UK) name their current country: it is listed once.
        if (NOT_COUNTRIES.has(code) || new Intl.Locale(`und-${code}`).region !== code) continue;
        const name = display.of(code);
        if (name === undefined || name === code) continue;
        const [firstWord, ...rest] = wordsOf(name);
        if (firstWord === undefined) continue;
        const names = byFirstWord.get(firstWord) ?? [];
        names.push({ rest, code });
        byFirstWord.set(firstWord, names);
      }
    }
    for (const names of byFirstWord.values()) names.sort((a, b) => b.rest.length - a.rest.length);
    namesByLanguage.set(lang, byFirstWord);
  }
  return namesByLanguage;
}

/** The longest name that starts at `start`, if one does. */
function nameAt(words: readonly string[], start: number, names: readonly CountryName[]): CountryName | undefined {
  return names.find((name) => name.rest.every((word, i) => words[start + 1 + i] === word));
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
    const byFirstWord = all.get(lang);
    if (!byFirstWord) continue;
    words ??= wordsOf(text);
    for (let start = 0; start < words.length; start++) {
      const candidates = byFirstWord.get(words[start] as string);
      const name = candidates && nameAt(words, start, candidates);
      if (name === undefined) continue;
      codes.add(name.code);
      start += name.rest.length;
    }
  }
  return codes;
}
