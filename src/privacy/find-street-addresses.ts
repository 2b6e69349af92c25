import type { TextSpan } from './text-span.ts';

// A street address is personal data (the playbook lists it with phones and cards): a street word
// and a house number, in the orders the five languages write them. Without a number a street
// is a place ("the outage in via Roma"), not someone's home, so the number is required.

// A house number: 12, 12a, 221B, 12/b, 4-6. Never 0-led: "0740" is a time.
const NUMBER = String.raw`[1-9]\d{0,4}(?:[/-]?\d{1,3}| ?/?[a-zA-Z](?![\p{L}\p{N}]))?`;
// The number is a quantity when a unit follows ("via app 3 volte", "2 hours drive").
const UNIT =
  String.raw`(?:volte|giorni|ore|mesi|minuti|settimane|anni|euro|€|gb|mb|km|metri|times|days?|hours?|hrs?|weeks?|months?|years?|minutes?|mins?|miles?|veces|d[ií]as|horas|meses|fois|jours|heures|mois|mal|tage|stunden|monate|%)`;
// A word of a street's name ("dei", "d'Italia"); no dot, which would let a name run into the
// next sentence ("via Twitter. I went 0 for 2").
const NAME = String.raw`(?:[\p{L}][\p{L}'’-]*|\p{Lu}\.)`;
const CAPITAL_NAME = String.raw`\p{Lu}[\p{L}'’-]*`;
// Before a number that starts an address: not a handle ("@117130 Replacement road"), a time
// ("16:03 Bristol Parkway") or part of another number.
const NUMBER_START = String.raw`(?<![\p{L}\p{N}.,:@/])`;
// An address is written on one line; the next line is a town or another thing.
const GAP = String.raw`[^\S\n]`;

/** The words, each as written or capitalized ("street|Street"): patterns that read capitals cannot ignore case. */
function eitherCase(words: string): string {
  return words
    .split('|')
    .map((word) => `[${word[0]}${(word[0] as string).toUpperCase()}]${word.slice(1)}`)
    .join('|');
}

// Italian, Spanish, Portuguese: the street word, its name, then the number ("via Roma 12",
// "Via dei Mille, 5", "calle Mayor nº 3"). "via" also means "by" ("via mail 3 volte", "vado via"):
// a medium or a function word after it is no street name.
const STREET_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:via|viale|v\.le|piazza|p\.za|piazzale|corso|c\.so|largo|vicolo|contrada|calle|c/|avenida|avda\.?|plaza|paseo|carretera|ronda|rua|rúa)` +
    String.raw`${GAP}+(?!(?:e-?mail|mail|app|sms|chat|whatsapp|telefono|tel|web|internet|posta|pec|twitter|facebook|instagram|messaggio|messenger|dm|social|fax|bonifico|paypal|ticket|per|di|da|con|in|a|e|il|la|le|lo|un|una|tra|fra|che|non|de|del|el|los|las|y|the|this|that|their|our|your|my|his|her|its|an|direct|phone|text|link|website|site)${GAP})` +
    String.raw`${NAME}(?:${GAP}+${NAME}){0,4}(?:${GAP}*,${GAP}*|${GAP}+)(?:n\.?${GAP}?|nº${GAP}?|n°${GAP}?|no\.${GAP}?|num\.?${GAP}|numero${GAP}|número${GAP})?${NUMBER}(?![\p{L}\p{N}])(?!${GAP}*${UNIT}(?![\p{L}]))`,
  'giu',
);

// English: the number, the name, the street word ("221B Baker Street", "12 high st"). Words that
// are also common nouns ("a 2 hour drive", "1 way") count only after a capitalized name.
const NUMBER_FIRST_EN = new RegExp(
  String.raw`${NUMBER_START}${NUMBER}${GAP}+(?!${UNIT}(?![\p{L}]))` +
    String.raw`(?:(?:${NAME}${GAP}+){1,3}(?:${eitherCase(String.raw`street|st\.?|road|rd\.?|avenue|ave\.?|lane|boulevard|blvd\.?|highway|hwy`)})|` +
    String.raw`(?:${CAPITAL_NAME}${GAP}+){1,3}(?:Drive|Dr\.?|Way|Court|Ct\.?|Place|Pl\.?|Square|Sq\.?|Terrace|Crescent|Close|Parkway|Pkwy))(?![\p{L}])`,
  'gu',
);

// French: the number, the street word, its name ("10 rue de Rivoli", "3 bis avenue Foch"). Words
// that are also common nouns ("1 place libre") need a particle or a capital after them.
const NUMBER_FIRST_FR = new RegExp(
  String.raw`${NUMBER_START}[1-9]\d{0,3}(?:${GAP}?(?:bis|ter))?,?${GAP}+` +
    String.raw`(?:(?:${eitherCase(String.raw`rue|avenue|av\.|boulevard|bd|chemin|allée|allee|impasse|quai`)})${GAP}+${NAME}|` +
    String.raw`(?:${eitherCase('place|route|cours|square')})${GAP}+(?:de|du|des|d'|d’|la|le|${CAPITAL_NAME}))(?:${GAP}+${NAME}){0,3}`,
  'gu',
);

// German: the street (a compound, or two words) and the number ("Hauptstraße 5", "Berliner Str. 12").
const GERMAN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer)|\p{Lu}[\p{L}-]+${GAP}+(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse))` +
    String.raw`${GAP}+\d{1,4}[a-z]?(?![\p{L}\p{N}])(?!${GAP}*${UNIT}(?![\p{L}]))`,
  'gu',
);

const PATTERNS = [STREET_FIRST, NUMBER_FIRST_EN, NUMBER_FIRST_FR, GERMAN];

/** Street addresses with a house number, in order, never overlapping (the longer reading wins). */
export function findStreetAddresses(text: string): TextSpan[] {
  const candidates: TextSpan[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) candidates.push({ start: match.index, end: match.index + match[0].trimEnd().length });
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start));
  const spans: TextSpan[] = [];
  for (const candidate of candidates) {
    if (!spans.some((span) => span.start < candidate.end && candidate.start < span.end)) spans.push(candidate);
  }
  return spans.sort((a, b) => a.start - b.start);
}
