import { describe, expect, it } from 'vitest';
import type { Author } from '../../src/core/model.ts';
import { firstNameOf } from '../../src/llm/first-name.ts';

const anAuthor = (overrides: Partial<Author> = {}): Author => ({ id: '1', handle: 'mrossi', ...overrides });
const BRAND_HANDLES = ['LumoAiuta', 'lumo_news'];

describe('firstNameOf', () => {
  it.each([
    // Names, as people write them.
    ['takes the first word when the name has several', 'Mario Rossi', 'Mario'],
    ['keeps apostrophes and hyphens when they belong to the name', "Jean-Luc D'Amico", 'Jean-Luc'],
    ['keeps a hyphen between two names', 'Anna-Lisa Verdi', 'Anna-Lisa'],
    ['keeps an apostrophe inside the name', "D'Amico", "D'Amico"],
    ['keeps accented letters when the name has them', 'Zoë Ångström', 'Zoë'],
    ['keeps accented letters when they are written with combining marks', 'Zoe\u0308', 'Zoe\u0308'],
    ['keeps an acute accent', 'José García', 'José'],
    ['strips emoji around the name when the display name is decorated', '🌸Giulia🌸 Bianchi', 'Giulia'],
    ['strips quotes and punctuation around the name', '“Giulia”, Roma', 'Giulia'],
    // Links, domains, handles and initials: X would link them, or they are no name.
    ['gives no name when the first word is a domain', 'lumo-rimborsi.it', undefined],
    ['gives no name when the first word is a web address', 'www.x.com', undefined],
    ['gives no name when the first word is a URL', 'https://example.com', undefined],
    ['gives no name when a dot joins two names', 'mario.rossi', undefined],
    ['gives no name when a dot joins a title and a name', 'Dr.Who', undefined],
    ['gives no name when the first word is initials', 'J.R. Ewing', undefined],
    ['gives no name when the first word is a handle', '@mrossi', undefined],
    ['gives no name when the first word is a hashtag', '#Mario', undefined],
    ['gives no name when the first word is an e-mail', 'mario@example.com', undefined],
    ['gives no name when the first word carries a year', 'Mario86 Rossi', undefined],
    ['gives no name when digits sit inside the first word', 'M4rio Rossi', undefined],
    ['gives no name when the first word joins words with an underscore', 'mario_rossi', undefined],
    // Insults and curses from the triage lexicons, in any language and case.
    ['gives no name when the first word is an insult', 'Stupido', undefined],
    ['gives no name when the first word is an English insult', 'Stupid Customer', undefined],
    ['gives no name when the first word is an insult with a suffix', 'Idiota', undefined],
    ['gives no name when the first word is a curse', 'MERDA', undefined],
    ['gives no name when one part of a hyphenated word is an insult', 'Anna-Stronza', undefined],
    // The brand's and companies' words.
    ['gives no name when the first word is the brand handle', 'LumoAiuta', undefined],
    ['gives no name when the first word is a word of a brand handle', 'Lumo Rimborsi', undefined],
    ['gives no name when the first word is a word of a brand handle in lower case', 'news lumo', undefined],
    ['gives no name when the first word names a desk', 'Assistenza Clienti', undefined],
    ['gives no name when the first word is a company form', 'SRL Rossi', undefined],
    // Not a name at all.
    ['gives no name when the display name is only emoji', '🔥🔥', undefined],
    ['gives no name when the first word is too long for a name', 'Supercalifragilisticexpialidocious', undefined],
  ])('%s: %s', (_, name, expected) => {
    expect(firstNameOf(anAuthor({ name }), BRAND_HANDLES)).toBe(expected);
  });

  it('never falls back to the handle when the author has no name', () => {
    expect(firstNameOf(anAuthor({ name: undefined }))).toBeUndefined();
  });

  it('takes a word as a name when it is no word of the brand handles', () => {
    expect(firstNameOf(anAuthor({ name: 'Lumo' }))).toBe('Lumo');
  });
});
