import { describe, expect, it } from 'vitest';
import { findClaims, findUnsupportedClaim } from '../../src/llm/find-claims.ts';

const ENTRY = 'Top up in the app or at lumo.example/en/top-up. The minimum top-up is €5; support answers from 8:00 to 22:00, 1.000 GB max.';

describe('findClaims', () => {
  it('finds links, e-mails, handles and numbers when a text states them', () => {
    expect(findClaims('Write to help@lumo.example or @LumoAiuta, see https://lumo.example/x, €9,99 on 31/12')).toEqual({
      urls: ['lumo.example/x'],
      emails: ['help@lumo.example'],
      handles: ['@lumoaiuta'],
      numbers: ['9,99', '31/12'],
    });
  });

  it('finds a link on a made-up or internal domain when X would not link it', () => {
    expect(findClaims('go to http://refunds.internal/form or pay.lumo-help.io now').urls).toEqual(['refunds.internal/form', 'pay.lumo-help.io']);
  });

  it('ignores the digits of personal-data placeholders', () => {
    expect(findClaims('we wrote to [EMAIL_1] and [CARD_2]').numbers).toEqual([]);
  });
});

describe('findUnsupportedClaim', () => {
  it.each([
    ['the same link without its scheme', 'See https://lumo.example/en/top-up/'],
    ['a price written with a comma', 'The minimum is 5 euros.'],
    ['a time written with a dot', 'We answer from 8.00 to 22.00.'],
    ['a thousand without its separator', 'Up to 1000 GB.'],
    ['the brand handle', 'Write to @LumoAiuta'],
  ])('accepts %s when the entry states it', (_, text) => {
    expect(findUnsupportedClaim(text, { knowledge: [ENTRY] }, ['LumoAiuta'])).toBeUndefined();
  });

  it.each([
    ['an off-knowledge link', 'Claim it at https://lumo-prizes.example.net/claim', 'link lumo-prizes.example.net/claim'],
    ['a made-up discount', 'Use code FREE50 for 50% off', 'number 50'],
    ['a made-up price', 'The minimum top-up is €3.', 'number 3'],
    ['a made-up time', 'We answer until 23:00.', 'number 23:00'],
    ['a made-up e-mail', 'Write to refunds@lumo-help.net', 'e-mail refunds@lumo-help.net'],
    ['another handle', 'Ask @LumoRefunds', 'handle @lumorefunds'],
  ])('names %s when no source states it', (_, text, claim) => {
    expect(findUnsupportedClaim(text, { knowledge: [ENTRY] }, ['LumoAiuta'])).toBe(claim);
  });

  it('accepts a number the customer wrote when it is among the sources', () => {
    expect(findUnsupportedClaim('Your order 88231 is on its way.', { knowledge: [ENTRY], said: ['where is order 88231?'] })).toBeUndefined();
  });
});
