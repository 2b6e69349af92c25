import type { TextSpan } from './text-span.ts';

// Digit groups joined by one separator each (space, dash, dot, underscore or slash), as people
// type card numbers and as they disguise them. Not after a `+` (an international phone number)
// nor inside a longer token or a decimal number.
const DIGIT_RUN = /(?<![\p{L}\p{N}_+]|\p{N}[.,])\d+(?:[ ._\/-]\d+)*(?![\p{L}\p{N}_])/gu;
const GROUP = /\d+/g;
// An amount with dots between thousands (1.234.567.890.123): cards are never grouped by three.
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

// Payment card numbers are 12-19 digits (ISO/IEC 7812; 12 only for Maestro).
const MIN_CARD_DIGITS = 12;
const MAX_CARD_DIGITS = 19;

/** Luhn (mod 10) checksum, which every payment card number carries in its last digit. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Whether the issuer prefix and length fit a card network: UATP and legacy JCB (1, 15 digits),
 * Mastercard 2-series, Mir and legacy JCB/enRoute (2), Amex, Diners and JCB (3), Visa (4),
 * Mastercard and Maestro (5), Discover, UnionPay, Maestro and RuPay (6). Leading 0, 7, 8 and 9
 * belong to other industries (ISO/IEC 7812 major industry identifier), so they are left out.
 */
export function isKnownCardPrefix(digits: string): boolean {
  const length = digits.length;
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  switch (digits[0]) {
    case '1':
      return length === 15;
    case '2':
      if (four === 2131 || four === 2014 || four === 2149) return length === 15;
      if (four >= 2200 && four <= 2204) return length >= 16;
      return four >= 2221 && four <= 2720 && length === 16;
    case '3':
      if (two === 34 || two === 37) return length === 15;
      if (two === 30 || two === 36 || two === 38 || two === 39) return length >= 14;
      return two === 35 && length >= 16;
    case '4':
      return length === 13 || length === 16 || length === 19;
    case '5':
      return two >= 51 && two <= 55 ? length === 16 : length >= 12 && (two === 50 || two >= 56);
    case '6':
      return true;
    default:
      return false;
  }
}

/** Whether `digits` (digits only) is a plausible payment card number. */
export function isCardNumber(digits: string): boolean {
  return (
    digits.length >= MIN_CARD_DIGITS &&
    digits.length <= MAX_CARD_DIGITS &&
    isKnownCardPrefix(digits) &&
    isLuhnValid(digits)
  );
}

/**
 * Payment card numbers (Luhn-valid, known issuer prefix), contiguous or grouped with single
 * separators, in order. Several cards typed one after another are found one by one.
 */
export function findCardNumbers(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    if (run[0].length < MIN_CARD_DIGITS || THOUSANDS.test(run[0])) continue;
    const groups = [...run[0].matchAll(GROUP)].map((group) => ({
      digits: group[0],
      start: run.index + group.index,
      end: run.index + group.index + group[0].length,
    }));
    let first = 0;
    while (first < groups.length) {
      // The longest card that starts at this group and ends at a group boundary.
      let last = -1;
      let digits = '';
      for (let next = first; next < groups.length; next += 1) {
        digits += groups[next]!.digits;
        if (digits.length > MAX_CARD_DIGITS) break;
        if (isCardNumber(digits)) last = next;
      }
      if (last < 0) {
        first += 1;
        continue;
      }
      spans.push({ start: groups[first]!.start, end: groups[last]!.end });
      first = last + 1;
    }
  }
  return spans;
}
