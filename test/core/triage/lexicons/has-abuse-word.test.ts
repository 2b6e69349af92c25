import { describe, expect, it } from 'vitest';
import { hasAbuseWord } from '../../../../src/core/triage/lexicons/has-abuse-word.ts';

describe('hasAbuseWord', () => {
  it.each([
    ['a one-word insult, any case and accent', 'IDIOTA', true],
    ['a word of a longer abuse phrase', 'merda', true],
    ['an addressed insult on its own', 'Stupido', true],
    ['an insult in another language', 'Arschloch', true],
    ['one insulting part of a hyphenated word', 'Anna-Stronza', true],
    ['a name', 'Giulia', false],
    ['a function word that abuse phrases use ("figlio di")', 'di', false],
    ['a word that only starts like an insult word', 'Stupefacente', false],
  ])('says %s: %s → %s', (_, text, expected) => {
    expect(hasAbuseWord(text)).toBe(expected);
  });
});
