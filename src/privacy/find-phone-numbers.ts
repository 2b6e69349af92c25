import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { readNumberContext } from './read-number-context.ts';
import type { TextSpan } from './text-span.ts';

// A phone number as people type it: an optional `+`, digit groups joined by one space, dot,
// dash, underscore or slash, area codes in brackets (`(212) 555-0100`, `+41 (0)96 471 07 95`),
// and an optional extension (`x123`, `ext. 12`, `int. 4`). It must not continue a token
// (`is415`, `AB-1234`, `#123`), a longer number (`1,234`) or a code (`BE71 0961 ...`), nor be
// followed by letters or by more digits. Only `+` may start right after a number and a space.
const SPACE = String.raw`[ \u00a0]`;
const PHONE_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@#+&=\/\\]|[\p{L}\p{N}][\-\/]|\p{N}[.,]|\p{N}${SPACE}(?!\+))` +
    String.raw`\+?(?:\(\d{1,5}\)${SPACE}?)?\d+` +
    String.raw`(?:(?:${SPACE}?\(\d{1,5}\)${SPACE}?|[ \u00a0._\-\/])\d+)*` +
    String.raw`(?:${SPACE}?(?:x|ext\.?|int\.?)${SPACE}?\d{1,6})?` +
    String.raw`(?![\p{L}\p{N}_]|[.,\-\/:]\p{N})`,
  'giu',
);
// The start of a spaced IBAN (country, check digits, groups of four): digits after it are the
// rest of an IBAN whose checksum failed (a typo), not a phone number. Upper case, as printed.
const IBAN_START_BEFORE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}([ -])[A-Z0-9]{4}(?:\1[A-Z0-9]{4})*\1$/u;
// A house number and a five-digit postcode before a city: "Via Roma 12 20100 Milano".
const HOUSE_NUMBER_AND_POSTCODE = /^\d{1,4}[ \u00a0]\d{5}$/;
const CITY_AFTER = /^[ \u00a0,]*\p{Lu}/u;
const GROUP_END = /[A-Z0-9]/;
// Enough to see back over an IBAN's first groups.
const IBAN_START_CHARS = 40;
const EXTENSION = /[ \u00a0]?(?:x|ext\.?|int\.?)[ \u00a0]?\d{1,6}$/iu;
const NON_DIGITS = /\D/g;

// National numbers are at least 7 digits in the countries we serve (ITU E.164 allows fewer, but
// shorter runs are mostly codes, amounts and house numbers). Six only when a word says "phone".
const MIN_DIGITS = 7;
const MIN_DIGITS_WHEN_CALLED_PHONE = 6;
// ITU E.164: at most 15 digits, country code included.
const MAX_DIGITS = 15;

// Shapes of other numbers: US social security numbers, year ranges, Portuguese postcodes, and
// dotted runs of short groups with a 3-digit one (IP addresses, versions; dotted phone numbers
// are 02.27.96.63.08 or 333.123.4567).
const NOT_PHONE_SHAPES = [
  /^\d{3}-\d{2}-\d{4}$/,
  /^(?:19|20)\d{2}[-\/](?:19|20)\d{2}$/,
  /^\d{4}-\d{3}$/,
  /^(?=.*\d{3})\d{1,3}(?:\.\d{1,3}){2,}$/,
];
// Shapes that are phone numbers only sometimes: a bare run of digits (an order or customer
// number as often as a phone), a dotted thousands amount, a decimal-looking pair, and digits
// joined by underscores (references and file names as often as a disguised phone).
const AMBIGUOUS_SHAPES = [/^\d+$/, /^\d{1,3}(?:\.\d{3})+$/, /^\d+\.\d+$/, /_/];

// Ambiguous shapes count as phone numbers when valid here: Italy first, then the US formats
// customers of international brands use.
const VALIDATION_COUNTRIES: readonly CountryCode[] = ['IT', 'US'];

// libphonenumber reads spaces, dots and dashes as punctuation, not underscores.
const isValidSomewhere = (number: string) =>
  VALIDATION_COUNTRIES.some(
    (country) => parsePhoneNumberFromString(number.replaceAll('_', ' '), country)?.isValid() ?? false,
  );

function isPhoneNumber(text: string, start: number, end: number): boolean {
  const core = text.slice(start, end).replace(EXTENSION, '');
  const international = core.startsWith('+');
  const digits = core.replace(NON_DIGITS, '');
  // `00` is the international call prefix, not part of the number.
  const length = !international && digits.startsWith('00') ? digits.length - 2 : digits.length;
  if (length < MIN_DIGITS_WHEN_CALLED_PHONE || length > MAX_DIGITS) return false;
  if (NOT_PHONE_SHAPES.some((shape) => shape.test(core))) return false;
  if (HOUSE_NUMBER_AND_POSTCODE.test(core) && CITY_AFTER.test(text.slice(end, end + 3))) return false;
  if (
    GROUP_END.test(text[start - 2] ?? '') &&
    IBAN_START_BEFORE.test(text.slice(Math.max(0, start - IBAN_START_CHARS), start))
  ) {
    return false;
  }
  const context = readNumberContext(text, start, end);
  if (context === 'not-phone') return false;
  const calledPhone = context === 'phone' || context === 'maybe-phone';
  if (length < MIN_DIGITS) return calledPhone && !international && core !== digits;
  if (!international && AMBIGUOUS_SHAPES.some((shape) => shape.test(core))) return calledPhone || isValidSomewhere(core);
  return true;
}

/**
 * Phone numbers in any country's usual grouping, international (`+39 ...`, `0039 ...`) or
 * national (`333 1234567`, `(212) 555-0100`), in order. Callers blank card numbers, IBANs, dates
 * and links first: their digits are not phone numbers.
 */
export function findPhoneNumbers(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(PHONE_RUN)) {
    const end = match.index + match[0].length;
    if (isPhoneNumber(text, match.index, end)) spans.push({ start: match.index, end });
  }
  return spans;
}
