import { describe, expect, it } from 'vitest';
import { createPseudonymizer } from '../../src/privacy/pseudonymize-personal-data.ts';
import { maskPersonalData } from '../../src/privacy/mask-personal-data.ts';

const CARD = '4111 1111 1111 1111';
const IBAN = 'IT60 X054 2811 1010 0000 0123 456';
const CF = 'RSSMRA85T10A562S';

describe('createPseudonymizer', () => {
  it('replaces each kind of personal data with its typed placeholder when a text carries them', () => {
    const text = `mail mario.rossi@example.it, tel +39 347 123 4567, carta ${CARD}, iban ${IBAN}, cf ${CF}, casa via Roma 12, PIN 1234`;
    expect(createPseudonymizer().pseudonymize(text)).toBe(
      'mail [EMAIL_1], tel [PHONE_1], carta [CARD_1], iban [IBAN_1], cf [CF_1], casa [ADDRESS_1], PIN [SECRET_1]',
    );
  });

  it('gives the same value the same placeholder across texts and a second value the next number', () => {
    const pseudonymizer = createPseudonymizer();
    expect(pseudonymizer.pseudonymize('scrivete a a@example.it')).toBe('scrivete a [EMAIL_1]');
    expect(pseudonymizer.pseudonymize('anzi b@example.it, non A@example.it')).toBe('anzi [EMAIL_2], non [EMAIL_1]');
  });

  it('reads through disguised digits when a card is written with full-width digits', () => {
    expect(createPseudonymizer().pseudonymize('carta ４１１１ １１１１ １１１１ １１１１')).toBe('carta [CARD_1]');
  });

  it('replaces values masked for agents when the history keeps them masked', () => {
    const masked = maskPersonalData(`carta ${CARD}, mail mario@example.it, iban ${IBAN}, tel +39 347 123 4567, cf ${CF}`);
    expect(masked).toContain('1111');
    expect(createPseudonymizer().pseudonymize(masked)).toBe('carta [CARD_1], mail [EMAIL_1], iban [IBAN_1], tel [PHONE_1], cf [CF_1]');
  });

  it('replaces the customer\'s name and handle when they are given, whole words only', () => {
    const pseudonymizer = createPseudonymizer(['Mario Rossi', 'mrossi']);
    expect(pseudonymizer.pseudonymize('Ciao Mario! Sono @mrossi, Rossi di cognome; Mariangela è mia sorella')).toBe(
      'Ciao [NAME]! Sono [NAME], [NAME] di cognome; Mariangela è mia sorella',
    );
  });

  it('leaves starred words that are no masked value when they are short', () => {
    expect(createPseudonymizer().pseudonymize('che s*** di servizio, voto ***')).toBe('che s*** di servizio, voto ***');
  });
});
