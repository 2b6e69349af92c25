// Regular expressions for the parts of a post that are not prose. All are global: use them with
// replace/matchAll only (never .test, which keeps state between calls).

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
