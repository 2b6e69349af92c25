import type { TextSpan } from './text-span.ts';

// Links: their digits are ids (a post, an order page), not numbers the customer typed.
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu;
// Dates: d/m/y or m/d/y (any of / . -) and ISO y-m-d, not part of a longer dotted or dashed
// number such as the phone number 02.27.96.63.08.
const DATE =
  /(?<!\p{N}|\p{N}[\/.-])(?:(\d{1,2})[\/.-](\d{1,2})[\/.-](?:\d{4}|\d{2})|(?:19|20)\d{2}([\/.-])(\d{1,2})\3(\d{1,2}))(?!\p{N}|[\/.-]\p{N})/gu;
// IPv4 addresses: four dotted numbers, not part of a longer dotted number.
const IPV4 = /(?<!\p{N}|\p{N}\.)(?:\d{1,3}\.){3}\d{1,3}(?!\p{N}|\.\p{N})/gu;
// MAC addresses: six pairs of hex digits.
const MAC = /(?<![\p{L}\p{N}])[0-9a-f]{2}([:-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}(?![\p{L}\p{N}])/giu;

// Cheap tests first, without unicode classes: most messages have no link, date, IP or MAC.
const MAY_HAVE_LINK = /:\/\/|www\./i;
const MAY_HAVE_DATE_OR_IP = /\d[\/.-]\d/;
const MAY_HAVE_MAC = /[0-9a-f]{2}[:-][0-9a-f]{2}[:-]/i;

const inRange = (value: string | undefined, min: number, max: number) =>
  value !== undefined && Number(value) >= min && Number(value) <= max;

function isDate(match: RegExpMatchArray): boolean {
  const [, first, second, , month, day] = match;
  if (month !== undefined) return inRange(month, 1, 12) && inRange(day, 1, 31);
  // Day first (Europe) or month first (US): either order must give a real day and month.
  return (inRange(first, 1, 31) && inRange(second, 1, 12)) || (inRange(first, 1, 12) && inRange(second, 1, 31));
}

const isIpv4 = (address: string) => address.split('.').every((part) => Number(part) <= 255);

/**
 * Numbers that look like card or phone numbers but are not personal data: links, dates, IP and
 * MAC addresses. Detection blanks them before it looks for cards and phones. Unordered.
 */
export function findNumberLookalikes(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const add = (match: RegExpMatchArray & { index: number }) =>
    spans.push({ start: match.index, end: match.index + match[0].length });
  if (MAY_HAVE_LINK.test(text)) for (const match of text.matchAll(LINK)) add(match);
  if (MAY_HAVE_DATE_OR_IP.test(text)) {
    for (const match of text.matchAll(DATE)) if (isDate(match)) add(match);
    for (const match of text.matchAll(IPV4)) if (isIpv4(match[0])) add(match);
  }
  if (MAY_HAVE_MAC.test(text)) for (const match of text.matchAll(MAC)) add(match);
  return spans;
}
