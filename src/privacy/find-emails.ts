import type { TextSpan } from './text-span.ts';

// Local part as RFC 5322 allows it in practice, unicode letters included (addresses with
// accented names exist).
const LOCAL_CHAR = /[\p{L}\p{N}!#$%&'*+\/=?^_\x60{|}~.-]/u;
// RFC 5321: a local part is at most 64 characters.
const MAX_LOCAL_CHARS = 64;
// Labels allow hyphens anywhere; the last label is the top-level domain: letters, or an
// internationalised `xn--` label (`.xn--p1ai`). Read from just after the `@`.
const DOMAIN = /(?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{2,59})(?![\p{L}\p{N}_-])/iuy;

/** Start of the local part that ends just before `at`, or `at` when there is none. */
function findLocalStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && LOCAL_CHAR.test(text[start - 1]!)) {
    // Longer than any local part: not an address.
    if (at - start === MAX_LOCAL_CHARS) return at;
    start -= 1;
  }
  // Dots may not start a local part: "see.me@x.it" keeps "see.me", "...me@x.it" drops the dots.
  while (start < at && text[start] === '.') start += 1;
  return start;
}

/**
 * E-mail addresses in `text`, in order. Found from each `@`, so the common case (no `@`, or
 * only @handles) costs a string search.
 */
export function findEmails(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const start = findLocalStart(text, at);
    if (start === at || (spans.at(-1)?.end ?? 0) > start) continue;
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    if (domain) spans.push({ start, end: at + 1 + domain[0].length });
  }
  return spans;
}
