// A customer leaving for another company they name by its handle ("switching to @Delta", "passo a
// @Iliad"). The lexicons read the words around mentions, not the mentions (they become spaces),
// so "I'm moving to @AmericanAir" read as nothing to act on. The brand's own handles are gone from
// the cleaned question: any handle left is someone else.
import { TEXT_PATTERNS } from './text-patterns.ts';

const HANDLE = TEXT_PATTERNS.mention.source;

// Going over to another company, in the five languages triage reads.
const SWITCHES = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:` +
    [
      String.raw`(?:switch(?:ing|ed)?|mov(?:e|ing)|port(?:ing)?)\s+(?:over\s+)?to`,
      String.raw`(?:go(?:ing)?|went)\s+(?:back\s+)?(?:to|with)`,
      String.raw`stick(?:ing)?\s+(?:with|to)`,
      String.raw`(?:pass(?:o|iamo|erò|eremo)|vado|andiamo|torno|torniamo)\s+(?:a|con|da)`,
      String.raw`(?:me|nos)\s+(?:cambio|cambiamos|paso|pasamos|voy|vamos)\s+(?:a|con)`,
      String.raw`(?:vuelvo|volvemos)\s+(?:a|con)`,
      String.raw`(?:je|on|nous)\s+(?:passe|passons|pars|partons|vais|allons|retourne|retournons)\s+(?:chez|à|avec)`,
      String.raw`(?:wechsle|wechseln|gehe|gehen|fliege|fliegen)\s+(?:(?:jetzt|ab\s+jetzt|wieder|lieber)\s+)?(?:zu|mit)`,
    ].join('|') +
    String.raw`)\s+${HANDLE}`,
  'iu',
);

// Flying or booking with another company says it only in a post that is already unhappy:
// "I'd pay more to fly @Delta" is leaving, "my connection is flying @British_Airways, will my bag
// transfer?" is a question about a partner.
const CHOOSES = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:fly(?:ing)?|book(?:ing)?)\s+(?:with\s+)?${HANDLE}`, 'iu');

export function leavesForRival(question: string, unhappy: boolean): boolean {
  if (!question.includes('@')) return false;
  return SWITCHES.test(question) || (unhappy && CHOOSES.test(question));
}
