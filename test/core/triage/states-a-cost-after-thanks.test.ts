import { describe, expect, it } from 'vitest';
import { decidePlan } from '../../../src/core/policy.ts';
import { statesACostAfterThanks } from '../../../src/core/triage/states-a-cost-after-thanks.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

const settings = someSettings();
const LANGUAGES = ['en', 'it', 'es', 'fr', 'de'];

function thanksInPublic(text: string): boolean {
  const message = aMessage({ text: `@LumoAiuta ${text}` });
  const triage = triageMessage(message, settings);
  const plan = decidePlan({ message, triage, settings, candidates: [], conversation: { mode: 'bot', customerPostsBefore: 0 } });
  return plan.some((step) => step.do === 'thank');
}

const COSTED = [
  'Thanks for the new loyalty app. Checking in at the gym now takes 4 minutes at the door',
  'Lovely new website! My basket emptied itself twice and delivery went up to £6.99',
  'Grazie per il nuovo orario. Adesso arrivo in ufficio alle 9:40 invece delle 9',
  'Gracias por el cambio de tarifa. Son 7€ más al mes por lo mismo',
  'Merci pour le nouveau service client. 50 minutes au téléphone pour une adresse',
  'Danke für das neue Ticketsystem. 35 Minuten in der Schlange am Automaten',
];

const MEANT = [
  // The figures sit in the thanks' own sentence, or something glad follows them.
  'Thanks for the refund, £12 back in 2 days!',
  'Thank you! The engineer came at 9:15 and fixed it in 20 minutes, brilliant',
  'Grazie mille. Rimborso di 30€ arrivato, perfetto',
  // No figure at all.
  'Thanks for the quick reply. I will wait for the email then.',
  // One sentence only.
  'thanks for the 20% discount code',
];

describe('statesACostAfterThanks', () => {
  it.each(COSTED)('finds thanks, then what it cost, in "%s"', (text) => {
    expect(statesACostAfterThanks(text, LANGUAGES)).toBe(true);
  });

  it.each(MEANT)('finds no cost counted after the thanks in "%s"', (text) => {
    expect(statesACostAfterThanks(text, LANGUAGES)).toBe(false);
  });

  it('keeps a price or a time of day in one sentence ("£3.95", "7.30")', () => {
    expect(statesACostAfterThanks('Thanks for the 7.30 train and the £3.95 coffee, lovely morning', LANGUAGES)).toBe(false);
  });

  it('reads no figure in a link', () => {
    expect(statesACostAfterThanks('Thanks for sharing! Just added it https://t.co/Ab8h', LANGUAGES)).toBe(false);
  });
});

describe('triage of thanks that count a cost', () => {
  it.each(COSTED)('gives "%s" no public thank-you', (text) => {
    expect(thanksInPublic(text)).toBe(false);
  });

  it.each(MEANT.slice(0, 4))('still thanks "%s"', (text) => {
    expect(thanksInPublic(text)).toBe(true);
  });
});
