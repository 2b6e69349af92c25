// Replies address people by their first name (PLAYBOOK, Language and tone), but only when it
// looks like one: a display name can be anything, and whatever we greet is posted by the brand.
// "Ciao lumo-rimborsi.it!" becomes a link on X, "Ciao Stupido!" an insult, "Ciao LumoAiuta!"
// the brand greeting itself. A handle is not a name either.
import type { Author } from '../core/model.ts';
import { hasAbuseWord } from '../core/triage/lexicons/has-abuse-word.ts';
import { createWordCache } from '../knowledge/word-cache.ts';

/** Longest first name used in a greeting, in code points: longer "names" are slogans. */
const MAX_FIRST_NAME_CHARS = 20;

/** Letters, with apostrophes and hyphens only between them (D'Amico, Anna-Lisa). */
const NAME = /^\p{L}\p{M}*(?:['’-]?\p{L}\p{M}*)*$/u;
/** Emoji, quotes and brackets around the name; digits, dots, `@` and `#` are never decoration. */
const DECORATION = /^[^\p{L}\p{N}@#.]+|[^\p{L}\p{M}\p{N}@#.]+$/gu;
/** Where a handle splits into words: `lumo_aiuta`, `LumoAiuta`, `Lumo2`. */
const HANDLE_WORD_BREAK = /[^\p{L}]+|(?<=\p{Ll})(?=\p{Lu})/u;
/** Words that name a company or a desk, not a person ("Assistenza Lumo", "Support Team"). */
const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'official', 'support', 'help', 'team', 'customer', 'service', 'care', 'shop', 'store', 'news', 'info',
  'assistenza', 'servizio', 'clienti', 'ufficio', 'negozio', 'srl', 'spa', 'inc', 'ltd', 'llc', 'gmbh',
]);

const NO_HANDLES: readonly string[] = [];

/** Per set of brand handles: a display name's first name, remembered (a customer writes again and again). */
const firstNamesByHandles = new WeakMap<readonly string[], (displayName: string) => { name: string | undefined }>();

function firstNamesFor(brandHandles: readonly string[]): (displayName: string) => { name: string | undefined } {
  let firstNames = firstNamesByHandles.get(brandHandles);
  if (firstNames === undefined) {
    const brandWords = splitBrandHandles(brandHandles);
    firstNames = createWordCache((displayName) => ({ name: readFirstName(displayName, brandWords) }));
    firstNamesByHandles.set(brandHandles, firstNames);
  }
  return firstNames;
}

function splitBrandHandles(brandHandles: readonly string[]): Set<string> {
  return new Set(
    brandHandles.flatMap((handle) => {
      const bare = handle.replace(/^@/u, '');
      return [bare, ...bare.split(HANDLE_WORD_BREAK)].filter((word) => word !== '').map((word) => word.toLowerCase());
    }),
  );
}

/**
 * The display name's first word, without decoration (emoji, quotes), when it is a plausible
 * first name: letters only, no link, domain, handle or digits, no insult, not the brand's or a
 * company's word.
 */
export function firstNameOf(author: Author, brandHandles: readonly string[] = NO_HANDLES): string | undefined {
  return firstNamesFor(brandHandles)(author.name ?? '').name;
}

function readFirstName(displayName: string, brandWords: ReadonlySet<string>): string | undefined {
  const [word] = displayName.trim().split(/\s+/u);
  const bare = (word ?? '').replace(DECORATION, '');
  if (bare === '' || [...bare].length > MAX_FIRST_NAME_CHARS || !NAME.test(bare)) return undefined;
  const name = bare.toLowerCase();
  if (COMPANY_WORDS.has(name) || brandWords.has(name) || hasAbuseWord(bare)) return undefined;
  return bare;
}
