// Words around a number say what it is: "chiamami al", "phone:", "... (office)" (a phone number)
// versus "ordine n.", "invoice", "Apt." (an identifier, an address) or "€" (money). Italian and
// English first, with the usual Spanish, French and German words. Stems cover inflections
// (chiamami, chiamate, calling).

/** What the words around a number say it is. */
export type NumberContext = 'phone' | 'maybe-phone' | 'not-phone' | 'none';

// Each word is matched whole or, for stems, as a prefix: anchored and without unicode classes,
// so classifying the few words before a number stays cheap.
const PHONE_WORD =
  /^(?:tel|phone|cell|mobil|call|chiam|richiam|squill|llam|appel|anruf)|^(?:mob|cel|fax|whatsapp|sms|m[oó]vil|portable|handy|ring)$/;
const NUMBER_WORD = /^(?:numb|numer|numér|númer|contatt|contact|recapit)|^(?:nummer|num|nr|reach)$/;
const IDENTIFIER_WORD =
  /^(?:ordin|order|pedid|commande|bestell|pratic|track|spedizion|fattur|invoice|factur|rechnung|ticket|codic|kunden|contratt|contract|serial|matricol|transa|prenotazion|passport|passaport|licen|tax|abbonament|version|firmware)|^(?:versión|build|release|ios|android|windows|shipment|rif|ref|reference|cliente|customer|client|account|conto|pin|puk|imei|iban|card|carta|tessera|booking|ssn|patente|iva|vat|zip|cap|pod|pdr|id|bolletta|subscription|pacco|parcel|package|isbn|polizza|policy|sinistro|claim)$/;
const ADDRESS_WORD =
  /^(?:address|indirizz|domicil|resident)|^(?:adresse|dirección|direccion|abito|lives|located|apt|apartment|suite|unit|civico|interno|scala)$/;
const WORD = /\p{L}+/gu;

// Labels people put after a number in signatures and contact blocks: "02 1234567 (ufficio)".
const PHONE_LABEL_AFTER = /^[ \u00a0]*[-–(]?[ \u00a0]*(?:office|fax|mobile|cell\p{L}*|home|work|ufficio|casa|lavoro)(?!\p{L})/iu;
// A number followed by a street name is a house number: "1436 Redbud Drive", "12 Rue de la
// Paix", "5720 Skoanveien". Names before the street type must be capitalised, so "333 1234567
// and my street" stays a phone number; hence no `i` flag, and street words in either case of
// their first letter. ("Via" is left out: "333 1234567 via WhatsApp".)
const eitherCase = (words: string) =>
  words
    .split('|')
    .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)
    .join('|');
const STREET_FIRST = eitherCase('rue|viale|piazza|piazzale|corso|largo|vicolo|calle|avenida|boulevard|chemin');
const STREET_LAST = eitherCase(
  'street|st|road|rd|avenue|ave|drive|dr|lane|ln|place|pl|close|court|ct|boulevard|blvd|way|square|sq|str|terrace|crescent|highway|parkway|row|hill|suite|apt|unit',
);
const STREET_AFTER = new RegExp(
  String.raw`^[ \u00a0]+(?:(?:${STREET_FIRST})(?!\p{L})` +
    String.raw`|(?:\p{Lu}[\p{L}'’.-]*[ \u00a0]+){0,3}(?:${STREET_LAST})(?!\p{L})` +
    String.raw`|\p{Lu}\p{L}*(?:vej|veien|vegur|stien|gata|gatan|gade|straße|strasse|weg|gasse)(?!\p{L}))`,
  'u',
);
const MONEY_BEFORE = /(?:[€$£¥]|\b(?:eur|euro|usd|gbp|chf))[ \u00a0]?$/iu;
const MONEY_AFTER = /^[ \u00a0]?(?:[€$£¥%]|(?:eur|euro|euros|usd|gbp|chf|dollar\p{L}*)(?!\p{L}))/iu;
const LEADING_WORD = /^\p{L}+/u;
const LETTER = /\p{L}/u;
const LINE_BREAK = /\r?\n/;
const CLAUSE_BREAK = /[,;!?]|\.(?=[ \u00a0]+\p{Lu})/u;

// Before: long enough for "il mio numero di cellulare è", short enough to stay in the clause.
const CHARS_BEFORE = 32;
// After: long enough for a street name of three words and its type.
const CHARS_AFTER = 48;

/** The words before a number that speak about it: its line, or the previous line's end. */
function readBefore(text: string, start: number): string {
  let before = text.slice(Math.max(0, start - CHARS_BEFORE), start);
  // A word cut by the window is not a word ("recapito" cut to "capito").
  if (start > CHARS_BEFORE && LETTER.test(text[start - CHARS_BEFORE - 1] ?? '')) before = before.replace(LEADING_WORD, '');
  // In contact blocks each line is one field: "Apt. 5" two lines up says nothing about this
  // number, but a line of its own ("Phone:") right above it does.
  const lines = before.split(LINE_BREAK);
  const current = lines.at(-1) ?? '';
  const line = current.trim() === '' && lines.length > 1 ? (lines.at(-2) ?? '') + current : current;
  // Nor do words of another clause: "cliente dal 2015, numero 345 678 9012" is a phone number.
  // ("ordine n. 1234" keeps its words: an abbreviation's dot is followed by lower case.)
  const clauses = line.split(CLAUSE_BREAK);
  return clauses.at(-1) ?? line;
}

/** Reads the words around `text[start, end)`, a number, to say what the number is. */
export function readNumberContext(text: string, start: number, end: number): NumberContext {
  const before = readBefore(text, start);
  const after = text.slice(end, end + CHARS_AFTER);
  if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after) || STREET_AFTER.test(after)) return 'not-phone';
  if (PHONE_LABEL_AFTER.test(after)) return 'phone';
  // The nearest telling word decides ("the phone number of my order" is an identifier); words
  // like "number" only count when nothing more telling is there.
  let nearest: NumberContext = 'none';
  let numberWord = false;
  for (const [word] of before.matchAll(WORD)) {
    const lower = word.toLowerCase();
    if (PHONE_WORD.test(lower)) nearest = 'phone';
    else if (IDENTIFIER_WORD.test(lower) || ADDRESS_WORD.test(lower)) nearest = 'not-phone';
    else if (NUMBER_WORD.test(lower)) numberWord = true;
  }
  return nearest === 'none' && numberWord ? 'maybe-phone' : nearest;
}
