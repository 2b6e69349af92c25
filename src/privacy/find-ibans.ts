import { getCountrySpecifications, isValidIBAN } from 'ibantools';
import type { TextSpan } from './text-span.ts';

// Where an IBAN may start: two letters and two check digits at the start of a token, then at
// least the 11 characters of the shortest IBAN (Norway, 15), with single separators between
// characters: spaces or dashes as banks and customers group them, and dots, underscores or
// slashes as people disguise them. The checksum keeps other codes out.
const IBAN_START = /(?<![\p{L}\p{N}])[A-Za-z]{2}[ ._\/-]?\d{2}(?:[ ._\/-]?[A-Za-z0-9]){11,30}/gu;
const SEPARATOR = /^[ ._\/-]$/;

/** IBAN length per country: how many characters to take, so a following word is never swallowed. */
const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(getCountrySpecifications()).flatMap(([country, spec]) =>
    spec.chars ? [[country, spec.chars] as const] : [],
  ),
);

const isAlphanumeric = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** IBANs of any country with a valid checksum and BBAN format, spaced or not, in order. */
export function findIbans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  IBAN_START.lastIndex = 0;
  for (let match = IBAN_START.exec(text); match; match = IBAN_START.exec(text)) {
    const start = match.index;
    const span = readIban(text, start);
    if (span) {
      spans.push(span);
      IBAN_START.lastIndex = span.end;
    } else {
      // The candidate may have swallowed a real IBAN that starts a few tokens later.
      IBAN_START.lastIndex = start + 2;
    }
  }
  return spans;
}

function readIban(text: string, start: number): TextSpan | undefined {
  const length = IBAN_LENGTHS.get(text.slice(start, start + 2).toUpperCase());
  if (length === undefined) return undefined;
  let compact = '';
  let end = start;
  while (end < text.length && compact.length < length) {
    const char = text[end]!;
    if (isAlphanumeric(char)) compact += char;
    else if (!SEPARATOR.test(char) || !isAlphanumeric(text[end + 1])) break;
    end += 1;
  }
  // Too short, or the IBAN length ends inside a longer token: not this country's IBAN.
  if (compact.length < length || isAlphanumeric(text[end])) return undefined;
  return isValidIBAN(compact.toUpperCase()) ? { start, end } : undefined;
}
