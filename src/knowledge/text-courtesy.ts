import type { TextToken } from './text-tokenize.ts';

// "Thank you", "thanks in advance", "grazie mille", "muchas gracias", "merci beaucoup", "vielen
// Dank": how a customer closes, not what they ask. Left in, their function words tip the match
// ("you" is in "are you open on Sundays?": "is the store open on Sunday, thank you" answered
// with the support hours at 0.81 where the same question without it scored 0.47).
const THANKS: ReadonlySet<string> = new Set(['thank', 'thanks', 'thx', 'thnx', 'ty', 'grazie', 'gracias', 'merci', 'danke', 'dank']);
// Words that go with a thank-you on either side ("many thanks", "thanks a lot", "d'avance").
const AROUND_THANKS: ReadonlySet<string> = new Set([
  'you', 'u', 'ya', 'so', 'very', 'much', 'a', 'lot', 'lots', 'many', 'in', 'advance', 'again', 'all', 'million', 'bunch', 'heaps', 'loads', 'tons',
  'mille', 'tante', 'infinite', 'davvero', 'anticipatamente', 'anticipo',
  'muchas', 'mil', 'de', 'antemano', 'por', 'adelantado',
  'beaucoup', 'd', 'avance', 'par',
  'vielen', 'vielmals', 'herzlichen', 'schon', 'sehr', 'im', 'voraus', 'tausend',
]);

/** The tokens without the thank-you formulas they contain, unless the thanks are all the post is about. */
export function withoutCourtesy(tokens: TextToken[]): TextToken[] {
  if (!tokens.some((token) => THANKS.has(token.word))) return tokens;
  const drop = new Set<number>();
  tokens.forEach((token, i) => {
    if (!THANKS.has(token.word)) return;
    drop.add(i);
    for (let j = i - 1; j >= 0 && AROUND_THANKS.has(tokens[j]!.word) && !drop.has(j); j--) drop.add(j);
    for (let j = i + 1; j < tokens.length && AROUND_THANKS.has(tokens[j]!.word); j++) drop.add(j);
  });
  const kept = tokens.filter((_, i) => !drop.has(i));
  return kept.some((token) => !token.stop && !token.generic) ? kept : tokens;
}
