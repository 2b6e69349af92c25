import { describe, expect, it } from 'vitest';
import type { Author } from '../../src/core/model.ts';
import { firstNameOf } from '../../src/llm/first-name.ts';

const anAuthor = (overrides: Partial<Author> = {}): Author => ({ id: '1', handle: 'mrossi', ...overrides });

describe('firstNameOf', () => {
  it.each([
    ['takes the first word when the name has several', 'Mario Rossi', 'Mario'],
    ['keeps apostrophes and hyphens when they belong to the name', "Jean-Luc D'Amico", 'Jean-Luc'],
    ['strips emoji around the name when the display name is decorated', '🌸Giulia🌸 Bianchi', 'Giulia'],
    ['keeps accented letters when the name has them', 'Zoë Ångström', 'Zoë'],
    ['drops trailing digits when the display name carries a year', 'Mario86 Rossi', 'Mario'],
    ['gives no name when digits sit inside the first word', 'M4rio Rossi', undefined],
    ['gives no name when the first word is an e-mail', 'mario@example.com', undefined],
    ['gives no name when the display name is only emoji', '🔥🔥', undefined],
    ['gives no name when the first word is too long for a name', 'Supercalifragilisticexpialidocious', undefined],
  ])('%s', (_, name, expected) => {
    expect(firstNameOf(anAuthor({ name }))).toBe(expected);
  });

  it('never falls back to the handle when the author has no name', () => {
    expect(firstNameOf(anAuthor({ name: undefined }))).toBeUndefined();
  });
});
