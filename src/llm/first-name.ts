// Replies address people by their first name (PLAYBOOK, Language and tone), but only when it
// looks like a name: a display name can be anything, and a handle is not a name.
import type { Author } from '../core/model.ts';

/** Longest first name used in a greeting, in code points: longer "names" are slogans. */
const MAX_FIRST_NAME_CHARS = 20;

/** Letters, with the apostrophes, hyphens and dots of names like D'Amico or Jean-Luc. */
const NAME = /^\p{L}[\p{L}\p{M}'’.-]*$/u;

/** The display name's first word without decoration (emoji, quotes, a trailing year), if it is a name. */
export function firstNameOf(author: Author): string | undefined {
  const [word] = (author.name ?? '').trim().split(/\s+/u);
  const bare = (word ?? '').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (bare === '' || [...bare].length > MAX_FIRST_NAME_CHARS || !NAME.test(bare)) return undefined;
  return bare;
}
