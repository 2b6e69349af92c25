// The customer's words as the knowledge matcher should see them: without the brand's handles,
// the reply handles X prepends, and links.
import { TEXT_PATTERNS } from './text-patterns.ts';

export function cleanQuestion(text: string, brandHandles: readonly string[]): string {
  let question = text.replace(TEXT_PATTERNS.url, ' ').replace(TEXT_PATTERNS.leadingMentions, ' ');
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
