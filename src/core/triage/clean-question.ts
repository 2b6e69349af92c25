// The customer's words as the knowledge matcher should see them: without the brand's handles,
// the reply handles X prepends, links, and another account's post cited by hand.
import { TEXT_PATTERNS } from './text-patterns.ts';

// The manual quote of a post (`nice one “@brand: we have great kits”`, `so? RT @brand: ...`) is
// someone else's words: its praise or its question is not the customer's. Only with the quote
// marks or RT/MT, so a customer addressing an account ("hey @brand: my bag is lost") keeps theirs.
const CITED_POST =
  /[“"]\s*(?:(?:RT|MT) )?@[A-Za-z0-9_]{1,50}:[^”"]*[”"]?|\b(?:RT|MT) @[A-Za-z0-9_]{1,50}:.*$|@[A-Za-z0-9_]{1,50}:\s[^“”"]*[”"]\s*$/su;

export function cleanQuestion(text: string, brandHandles: readonly string[]): string {
  let question = text
    .replace(TEXT_PATTERNS.url, ' ')
    .replace(TEXT_PATTERNS.leadingMentions, ' ')
    .replace(CITED_POST, ' ');
  for (const handle of brandHandles) {
    const bare = handle.replace(/^@/, '');
    if (!/^[A-Za-z0-9_]+$/.test(bare)) continue;
    question = question.replace(new RegExp(`(?<![\\p{L}\\p{N}_@])@?${bare}(?![\\p{L}\\p{N}_])`, 'giu'), ' ');
  }
  return question
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .replace(/^[\s,.;:]+/, '')
    .trim();
}
