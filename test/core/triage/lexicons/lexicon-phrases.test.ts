import { describe, expect, it } from 'vitest';
import { LEXICONS_BY_LANGUAGE } from '../../../../src/core/triage/lexicons/lexicons-by-language.ts';
import { matchesOf, phrasesOf } from '../../../../src/core/triage/lexicons/lexicon.ts';

/**
 * An alternative is one word: "non funzionano|non funziona" compiles to the slots
 * [non] [funzionano|non] [funziona], which match nothing anyone writes. The mark of that mistake
 * is a word in two neighbouring slots; no phrase means that on purpose.
 */
function wordsInNeighbouringSlots(phrase: string): string[] {
  const slots = phrase.split(/\s+/).map((slot) => slot.split('|'));
  return slots.flatMap((slot, i) => {
    const next = slots[i + 1];
    if (next === undefined || slot.length + next.length <= 2) return [];
    return slot.filter((word) => word !== '..' && next.includes(word));
  });
}

describe('lexicon phrases', () => {
  it('finds the mark of a multi-word alternative', () => {
    expect(wordsInNeighbouringSlots('freni .. non funzionano|non funziona')).toEqual(['non']);
    expect(wordsInNeighbouringSlots('freni .. non funzionano|funziona')).toEqual([]);
  });

  it.each(Object.entries(LEXICONS_BY_LANGUAGE))('writes every alternative of the %s lexicon as one word', (_, lexicon) => {
    expect(phrasesOf(lexicon).filter((phrase) => wordsInNeighbouringSlots(phrase).length > 0)).toEqual([]);
  });

  // Lists grow by appending; a phrase written again further down adds nothing but reading.
  it.each(Object.entries(LEXICONS_BY_LANGUAGE))('writes no phrase twice in one list of the %s lexicon', (_, lexicon) => {
    const lists = [...Object.values(lexicon.phrases), ...Object.values(lexicon.subjects)].flatMap((list) =>
      list === undefined ? [] : [matchesOf(list), list.except ?? []],
    );
    expect(lists.flatMap((list) => list.filter((phrase, i) => list.indexOf(phrase) !== i))).toEqual([]);
  });
});
