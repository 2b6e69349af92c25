/** A post with words of thanks or praise, and whether a public thank-you is right (`sincere`) or not (`not`). */
export type ThanksExample = readonly ['sincere' | 'not', string];
