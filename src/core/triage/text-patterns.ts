// Regular expressions for the parts of a post that are not prose. All are global: use them with
// replace or matchAll, or exec from lastIndex 0 (never .test, which keeps state between calls).

export const TEXT_PATTERNS = {
  /** Links with a scheme or www, and bare links of the usual shorteners. */
  url: /\b(?:https?:\/\/|www\.)\S+|\b(?:t\.co|bit\.ly|tinyurl\.com|goo\.gl|ow\.ly|is\.gd|buff\.ly|cutt\.ly)\/\S*/giu,
  /** @handles (X allows letters, digits and underscores). */
  mention: /(?<![\p{L}\p{N}_@])@[A-Za-z0-9_]{1,50}/gu,
  /** Mentions at the very start: X prepends the handles of everyone in a reply thread. */
  leadingMentions: /^\s*(?:\.?@[A-Za-z0-9_]{1,50}[\s,:;]*)+/u,
  hashtag: /(?<![\p{L}\p{N}_#&])#[\p{L}\p{N}_]+/gu,
  emoji: /\p{Extended_Pictographic}/gu,
} as const;

// Most posts have no link: only one with a slash or "www." can match TEXT_PATTERNS.url.
const MAY_HOLD_LINK = /\/|www\./i;

/** The text with each link replaced by a space. */
export function withoutLinks(text: string): string {
  return MAY_HOLD_LINK.test(text) ? text.replace(TEXT_PATTERNS.url, ' ') : text;
}

/** How many links the post has. */
export function countLinks(text: string): number {
  return MAY_HOLD_LINK.test(text) ? [...text.matchAll(TEXT_PATTERNS.url)].length : 0;
}

let lastText: string | undefined;
let lastProse = '';

/**
 * The post without links, mentions and hashtags (each left as a space): what its author wrote.
 * Triage reads it three times per post, so the last one is remembered.
 */
export function proseOf(text: string): string {
  if (text !== lastText) {
    lastProse = withoutLinks(text).replace(TEXT_PATTERNS.mention, ' ').replace(TEXT_PATTERNS.hashtag, ' ');
    lastText = text;
  }
  return lastProse;
}

// Runs of whitespace and single whitespace other than a space: `/\s+/g` would also rewrite every
// single space between words, which made the same cleaning about eight times slower on a post.
const WHITESPACE_TO_COLLAPSE = /\s\s+|[^\S ]/g;

/** Every run of whitespace (line breaks, tabs, no-break spaces...) as one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE, ' ');
}
