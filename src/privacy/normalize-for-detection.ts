// Personal data hidden from the finders by how it is written: full-width or other-script digits
// (４１１１, ٤١١١), invisible characters between them (U+200B, U+2060, U+FEFF, soft hyphen),
// typographic dashes and spaces. The finders read a normalized copy; every finding is mapped
// back to the original text, so masking replaces the whole original span, invisible characters
// included.
import type { TextSpan } from './text-span.ts';

/** The text the finders read, and the way back to the original's offsets. */
export interface NormalizedText {
  text: string;
  /** The original span that a span of `text` was read from. */
  toOriginal(span: TextSpan): TextSpan;
}

// Format characters (zero-width space and joiners, word joiner, BOM, soft hyphen, bidi
// controls), the combining grapheme joiner, variation selectors and the keycap mark (4️⃣): they
// change how digits look, not which digits they are.
const INVISIBLE = /^[\p{Cf}\u034f\p{Variation_Selector}\u20e3]$/u;
// Dashes of every kind and the minus sign: phones autocorrect "-" to "–".
const DASH = /^[\p{Pd}\u2212]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
// Only ASCII: nothing to normalize (most messages, and a cheap test).
const ASCII_ONLY = /^[\x00-\x7f]*$/;
// Non-ASCII characters that NFKC leaves alone but detection reads otherwise.
const READ_OTHERWISE = /(?![\x00-\x7f])[\p{Cf}\u034f\p{Variation_Selector}\u20e3\p{Pd}\u2212\p{Nd}]/u;
const identity = (span: TextSpan) => span;

/**
 * Digits of another script (٤, ४) as ASCII digits; NFKC has already mapped full-width ones.
 * Unicode keeps every script's digits as ten consecutive code points from zero.
 */
function toAsciiDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  let zero = code;
  while (code - zero < 9 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return String(code - zero);
}

/** What one non-ASCII character reads as: NFKC, then one dash and ASCII digits; nothing if invisible. */
function readCharacter(char: string): string {
  if (INVISIBLE.test(char)) return '';
  let read = '';
  for (const part of char.normalize('NFKC')) {
    if (DASH.test(part)) read += '-';
    else if (part > '\x7f' && DECIMAL_DIGIT.test(part)) read += toAsciiDigit(part);
    else read += part;
  }
  return read;
}

/**
 * `text` as the finders read it: NFKC (full-width digits, letters and `＠` become ASCII, no-break
 * and other spaces become spaces), invisible characters removed, any dash read as `-`, digits
 * of any script as ASCII digits.
 */
export function normalizeForDetection(text: string): NormalizedText {
  // Accented letters and emoji, as most non-ASCII messages have, read as they are.
  if (ASCII_ONLY.test(text) || (text.normalize('NFKC') === text && !READ_OTHERWISE.test(text))) {
    return { text, toOriginal: identity };
  }
  let normalized = '';
  // For each UTF-16 unit of `normalized`: the original character it was read from.
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const char of text) {
    const read = char <= '\x7f' ? char : readCharacter(char);
    for (let unit = 0; unit < read.length; unit += 1) {
      starts.push(at);
      ends.push(at + char.length);
    }
    normalized += read;
    at += char.length;
  }
  if (normalized === text) return { text, toOriginal: identity };
  return {
    text: normalized,
    toOriginal: ({ start, end }) => ({ start: starts[start] ?? at, end: ends[end - 1] ?? at }),
  };
}
