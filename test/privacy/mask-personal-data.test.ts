import { describe, expect, it } from 'vitest';
import { maskCardNumbers, maskPersonalData, redactPersonalData } from '../../src/privacy/mask-personal-data.ts';

// Public test card numbers and documented example IBANs: synthetic values only.
const CARDS = ['4111 1111 1111 1111', '5555-5555-5555-4444', '378282246310005', '6011 1111 1111 1117', '4222222222222'];

const digitsOf = (value: string) => value.replace(/\D/g, '');

/** A message that carries one value, with optional words around it. */
function message(value: string, overrides: { before?: string; after?: string } = {}): string {
  return `${overrides.before ?? 'La mia carta è'} ${value} ${overrides.after ?? ', potete bloccarla?'}`;
}

describe('maskCardNumbers', () => {
  it.each([
    ['4111 1111 1113 1234', '**** **** **** 1234'],
    ['4111-1111-1111-1111', '****-****-****-1111'],
    ['4111111111111111', '************1111'],
    ['3782 822463 10005', '**** ****** *0005'],
  ])('keeps only the last four digits and the layout when the card is %s', (card, masked) => {
    expect(maskCardNumbers(message(card))).toBe(message(masked));
  });

  it.each(CARDS)('never leaves the full number when the card is %s', (card) => {
    const masked = maskCardNumbers(message(card));
    expect(masked).not.toContain(card);
    expect(digitsOf(masked)).not.toContain(digitsOf(card));
  });

  it('masks every card when a message holds several', () => {
    expect(maskCardNumbers('4111111111111111 e 5555 5555 5555 4444')).toBe('************1111 e **** **** **** 4444');
  });

  it('leaves text without cards unchanged when it holds other numbers', () => {
    const text = 'Ordine 12345678 del 20/06/2024, chiamate il 333 1234567, IBAN IT60X0542811101000000123456';
    expect(maskCardNumbers(text)).toBe(text);
  });

  it('leaves a number with a wrong Luhn digit unchanged when it only looks like a card', () => {
    expect(maskCardNumbers('4111 1111 1111 1112')).toBe('4111 1111 1111 1112');
  });
});

describe('redactPersonalData', () => {
  const values = {
    card: '4111 1111 1111 1111',
    iban: 'IT60X0542811101000000123456',
    email: 'mario.rossi@example.it',
    phone: '+39 333 1234567',
    codiceFiscale: 'RSSMRA85T10A562S',
  };
  const text =
    `Sono ${values.codiceFiscale}, mail ${values.email}, cell ${values.phone}, ` +
    `IBAN ${values.iban}, carta ${values.card}. Grazie!`;

  it('replaces each kind with its typed placeholder when a message holds them all', () => {
    expect(redactPersonalData(text)).toBe(
      'Sono [codice fiscale], mail [email], cell [phone], IBAN [iban], carta [card ****1111]. Grazie!',
    );
  });

  it('leaves no original value in the output when a message holds them all', () => {
    const redacted = redactPersonalData(text);
    for (const value of Object.values(values)) {
      expect(redacted).not.toContain(value);
      if (digitsOf(value).length > 0) expect(digitsOf(redacted)).not.toContain(digitsOf(value).slice(0, 8));
    }
  });

  it('leaves text unchanged when it holds no personal data', () => {
    const plain = 'Ciao! Come faccio a ricaricare la SIM? 😀';
    expect(redactPersonalData(plain)).toBe(plain);
  });
});

describe('maskPersonalData', () => {
  it.each([
    ['4111 1111 1111 1111', '**** **** **** 1111'],
    ['IT60X0542811101000000123456', '***********************3456'],
    ['mario.rossi@example.it', 'm***@example.it'],
    ['+39 333 1234567', '+** *** ***4567'],
    ['RSSMRA85T10A562S', '************562S'],
  ])('keeps only what identifies %s to an agent when it is in a message', (value, masked) => {
    expect(maskPersonalData(`Ecco: ${value} grazie`)).toBe(`Ecco: ${masked} grazie`);
  });

  it('leaves text unchanged when it holds no personal data', () => {
    expect(maskPersonalData('Ordine arrivato rotto, mi aiutate?')).toBe('Ordine arrivato rotto, mi aiutate?');
  });
});
