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

  it('hides a home address whole from agents: its last characters still say where someone lives', () => {
    expect(maskPersonalData('il tecnico non è venuto in via Roma 12, Milano')).toBe('il tecnico non è venuto in [address], Milano');
    expect(redactPersonalData('I live at 221B Baker Street, London')).toBe('I live at [address], London');
  });

  it('hides a password or PIN whole and keeps the word that names it', () => {
    expect(maskPersonalData('my password is Hunter22, PIN 1234')).toBe('my password is [secret], PIN [secret]');
    expect(redactPersonalData('la mia password è Ciao123!')).toBe('la mia password è [secret]!');
  });

  it('leaves text unchanged when it holds no personal data', () => {
    expect(maskPersonalData('Ordine arrivato rotto, mi aiutate?')).toBe('Ordine arrivato rotto, mi aiutate?');
  });
});

describe('masking disguised personal data', () => {
  // Characters that show nothing: zero-width space, non-joiner and joiner, word joiner, BOM, soft hyphen.
  const INVISIBLE = { 'U+200B': '\u200b', 'U+200C': '\u200c', 'U+200D': '\u200d', 'U+2060': '\u2060', 'U+FEFF': '\ufeff', 'soft hyphen': '\u00ad' };
  const toFullWidth = (value: string) =>
    value.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).replaceAll(' ', '\u3000');
  const interleave = (value: string, invisible: string) => [...value].join(invisible);

  /** A value, how it is masked for agents and redacted for logs. */
  const KINDS = [
    { kind: 'card', value: '4111 1111 1111 1111', masked: '**** **** **** 1111', redacted: '[card ****1111]', visible: '1111' },
    { kind: 'IBAN', value: 'IT60 X054 2811 1010 0000 0123 456', masked: '**** **** **** **** **** ***3 456', redacted: '[iban]', visible: '3456' },
    { kind: 'phone', value: '+39 333 123 4567', masked: '+** *** *** 4567', redacted: '[phone]', visible: '4567' },
    { kind: 'e-mail', value: 'mario.rossi@example.it', masked: 'm***@example.it', redacted: '[email]', visible: '' },
  ];
  /** A way to disguise a value, and what it does to the masked layout (separators are kept). */
  const EVASIONS: { name: string; disguise: (value: string) => string; layout: (masked: string) => string; digitsOnly?: true }[] = [
    ...['.', '_', '/'].map((separator) => ({
      name: `groups joined by "${separator}"`,
      disguise: (value: string) => value.replaceAll(' ', separator),
      layout: (masked: string) => masked.replaceAll(' ', separator),
      digitsOnly: true as const,
    })),
    { name: 'full-width characters', disguise: toFullWidth, layout: (masked) => masked },
    ...Object.entries(INVISIBLE).map(([name, invisible]) => ({
      name: `${name} between every character`,
      disguise: (value: string) => interleave(value, invisible),
      layout: (masked: string) => masked,
    })),
  ];
  const CASES = KINDS.flatMap((kind) =>
    EVASIONS.filter((evasion) => evasion.digitsOnly !== true || kind.kind !== 'e-mail').map((evasion) => ({
      ...kind,
      evasion: evasion.name,
      disguised: evasion.disguise(kind.value),
      expected: evasion.layout(kind.masked),
    })),
  );
  const say = (value: string) => `Eccolo: ${value} grazie`;
  /** Every digit left, read as detection reads it (NFKC, invisible characters ignored). */
  const digitsLeft = (text: string) => text.normalize('NFKC').replace(/\D/g, '');

  it.each(CASES)('masks a $kind written with $evasion for agents, last four characters visible', (item) => {
    const masked = maskPersonalData(say(item.disguised));
    expect(masked).toBe(say(item.expected));
    expect(digitsLeft(masked)).toBe(item.visible);
  });

  it.each(CASES)('redacts a $kind written with $evasion for logs', (item) => {
    const redacted = redactPersonalData(say(item.disguised));
    expect(redacted).toBe(say(item.redacted));
    expect(digitsLeft(redacted)).toBe(item.kind === 'card' ? item.visible : '');
  });

  it.each(CASES.filter((item) => item.kind === 'card'))('masks a card written with $evasion wherever cards are masked', (item) => {
    const masked = maskCardNumbers(say(item.disguised));
    expect(masked).toBe(say(item.expected));
    expect(digitsLeft(masked)).toBe(item.visible);
  });

  it('masks a card written with typographic dashes and a card in digits of another script', () => {
    expect(maskCardNumbers('4111–1111–1111–1111 e ٥٥٥٥ ٥٥٥٥ ٥٥٥٥ ٤٤٤٤')).toBe('****-****-****-1111 e **** **** **** 4444');
  });
});
