import { describe, expect, it } from 'vitest';
import type { PersonalDataFinding } from '../../src/core/model.ts';
import { removePersonalData } from '../../src/llm/remove-personal-data.ts';

const aFinding = (overrides: Partial<PersonalDataFinding> = {}): PersonalDataFinding => ({
  type: 'phone',
  start: 0,
  end: 10,
  value: '+39 333 123 4567',
  ...overrides,
});

describe('removePersonalData', () => {
  it('drops the sentence with the phone number when it is written in another format', () => {
    const text = 'Hi Ann! We will call 333-1234567 today. See you soon.';
    expect(removePersonalData(text, [aFinding()])).toBe('Hi Ann! See you soon.');
  });

  it('drops the sentence with the e-mail when the case differs', () => {
    const finding = aFinding({ type: 'email', value: 'Ann@Example.com' });
    expect(removePersonalData('Hi! Write from ann@example.com.\nThanks.', [finding])).toBe('Hi! Thanks.');
  });

  it('drops the sentence with the IBAN when it is spaced differently', () => {
    const finding = aFinding({ type: 'iban', value: 'IT60X0542811101000000123456' });
    const text = 'Ok. Your IBAN IT60 X054 2811 1010 0000 0123 456 is noted. Bye.';
    expect(removePersonalData(text, [finding])).toBe('Ok. Bye.');
  });

  it.each<[PersonalDataFinding['type'], string, string]>([
    ['phone', '＋３９ ３３３ １２３ ４５６７', '+39 333 123 4567'],
    ['email', 'ann\u200b@exam\u200bple.com', 'ann@example.com'],
    ['card', '４１１１ １１１１ １１１１ １１１１', '4111 1111 1111 1111'],
  ])('drops the sentence that repeats a %s plainly when the customer disguised it', (type, disguised, plain) => {
    const text = `Hi! We noted ${plain} for you. Bye.`;
    expect(removePersonalData(text, [aFinding({ type, value: disguised })])).toBe('Hi! Bye.');
  });

  it('returns the text unchanged when no finding appears in it', () => {
    const text = 'Hi! Top up from the app. https://example.com/top-up';
    expect(removePersonalData(text, [aFinding()])).toBe(text);
  });

  it('returns an empty text when every sentence carries personal data', () => {
    expect(removePersonalData('Call 3331234567.', [aFinding()])).toBe('');
  });
});
