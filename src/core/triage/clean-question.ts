// The customer's words as the knowledge matcher should see them: without the brand's handles,
// the reply handles X prepends, links, and another account's post cited by hand.
import { collapseWhitespace, TEXT_PATTERNS, withoutLinks } from './text-patterns.ts';

// The manual quote of a post (`nice one “@brand: we have great kits”`, `so? RT @brand: ...`) is
// someone else's words: its praise or its question is not the customer's. Only with the quote
// marks or RT/MT, so a customer addressing an account ("hey @brand: my bag is lost") keeps theirs.
const CITED_POST =
  /[“"]\s*(?:(?:RT|MT) )?@[A-Za-z0-9_]{1,50}:[^”"]*[”"]?|\b(?:RT|MT) @[A-Za-z0-9_]{1,50}:.*$|@[A-Za-z0-9_]{1,50}:\s[^“”"]*[”"]\s*$/su;

// Compiled once per handle: building a RegExp on every message cost more than cleaning it.
const handlePatterns = new Map<string, RegExp | null>();

/** The brand's handle, with or without its `@`, as a word; `null` for a handle that is not one. */
function handlePattern(handle: string): RegExp | null {
  let pattern = handlePatterns.get(handle);
  if (pattern === undefined) {
    const bare = handle.replace(/^@/, '');
    pattern = /^[A-Za-z0-9_]+$/.test(bare) ? new RegExp(`(?<![\\p{L}\\p{N}_@])@?${bare}(?![\\p{L}\\p{N}_])`, 'giu') : null;
    handlePatterns.set(handle, pattern);
  }
  return pattern;
}

export function cleanQuestion(text: string, brandHandles: readonly string[]): string {
  let question = withoutLinks(text).replace(TEXT_PATTERNS.leadingMentions, ' ');
  // A cited post always has "@handle:"; most posts have no colon at all.
  if (question.includes(':')) question = question.replace(CITED_POST, ' ');
  for (const handle of brandHandles) {
    const pattern = handlePattern(handle);
    if (pattern !== null) question = question.replace(pattern, ' ');
  }
  return collapseWhitespace(question)
    .replace(/ ([,.;:!?])/g, '$1')
    .replace(/^[\s,.;:]+/, '')
    .trim();
}
