import { describe, expect, it } from 'vitest';
import { findCardNumbers, isCardNumber } from '../../src/privacy/find-card-numbers.ts';

// Public test card numbers and Luhn-completed synthetic numbers.
describe('isCardNumber', () => {
  it.each([
    ['Visa, 16 digits', '4111111111111111'],
    ['Visa, 13 digits', '4222222222222'],
    ['Visa, 19 digits', '4000000000000000006'],
    ['Mastercard', '5555555555554444'],
    ['Mastercard 2-series', '2223000048400011'],
    ['Amex', '378282246310005'],
    ['Diners', '300000000000007'],
    ['Discover', '6011111111111117'],
    ['JCB', '3530111333300000'],
    ['Maestro, 12 digits', '501800000009'],
    ['UATP, 15 digits', '123456789012347'],
  ])('accepts %s', (_, digits) => {
    expect(isCardNumber(digits)).toBe(true);
  });

  it.each([
    ['a wrong Luhn digit', '4111111111111112'],
    ['a Visa of 15 digits', '411111111111116'],
    ['a Mastercard of 15 digits', '555555555555440'],
    ['an Amex of 16 digits', '3782822463100005'],
    ['a 12-digit number outside Maestro', '411111111116'],
    ['a 16-digit number starting with 1', '1234567890123452'],
    ['a leading 0', '0123456789012347'],
    ['a leading 7', '7111111111111114'],
    ['a leading 9', '9111111111111110'],
    ['20 digits', '41111111111111111113'],
  ])('rejects %s', (_, digits) => {
    expect(isCardNumber(digits)).toBe(false);
  });
});

describe('findCardNumbers', () => {
  it('finds the card and not the longer number when a card is inside a longer digit group', () => {
    expect(findCardNumbers('41111111111111110000')).toEqual([]);
  });

  it('finds nothing when the card is glued to letters', () => {
    expect(findCardNumbers('x4111111111111111 4111111111111111y')).toEqual([]);
  });

  it('returns offsets of the whole grouped number when groups are spaced', () => {
    expect(findCardNumbers('carta 4111 1111 1111 1111.')).toEqual([{ start: 6, end: 25 }]);
  });
});
