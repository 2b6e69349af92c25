import type { TextSpan } from './text-span.ts';

// Surname and name (6 letters), year (2), month letter, day (2, +40 for women), Belfiore place
// code (letter + 3), check letter. Digits may be replaced by the omocodia letters L-V when two
// people would otherwise share a code. Lower case is accepted: people type it that way.
const DIGIT = '[0-9LMNPQRSTUV]';
const CODICE_FISCALE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[A-Z]{6}${DIGIT}{2}[ABCDEHLMPRST]${DIGIT}{2}[A-Z]${DIGIT}{3}[A-Z](?![\p{L}\p{N}])`,
  'giu',
);

// Cheap test first: a code is 16 letters and digits in a row (tried only where a word starts,
// which halves its cost on long answers).
const SIXTEEN_ALPHANUMERICS = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{15}/;

// Values of characters in odd (1st, 3rd, ...) positions, from the Ministry of Finance decree
// (DM 23/12/1976). Digits 0-9 and the letters A-J share values.
const ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Value of a character (0-9 or A-Z): its index among digits, or among letters. */
function indexOf(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

/** Whether `code` (16 characters, upper case) ends with the check letter of its first 15. */
export function isCodiceFiscale(code: string): boolean {
  if (code.length !== 16) return false;
  let sum = 0;
  for (let position = 0; position < 15; position += 1) {
    const value = indexOf(code[position]!);
    sum += position % 2 === 0 ? (ODD_VALUES[value] ?? Number.NaN) : value;
  }
  return String.fromCharCode(65 + (sum % 26)) === code[15];
}

/** Italian codici fiscali with a correct check letter (omocodia included), in order. */
export function findCodiciFiscali(text: string): TextSpan[] {
  if (!SIXTEEN_ALPHANUMERICS.test(text)) return [];
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(CODICE_FISCALE)) {
    if (isCodiceFiscale(match[0].toUpperCase())) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
