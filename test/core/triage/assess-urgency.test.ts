import { describe, expect, it } from 'vitest';
import type { Urgency } from '../../../src/core/model.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

function urgencyOf(text: string, overrides: Parameters<typeof aMessage>[0] = {}): Urgency {
  return triageMessage(aMessage({ text, ...overrides }), someSettings()).urgency;
}

describe('assessUrgency', () => {
  it.each([
    ['la fibra non va da ieri', 'high'],
    ['my internet is down', 'high'],
    ['il modem fa fumo', 'high'],
    ['smoke coming out of the router', 'high'],
    ['vi denuncio all’AGCOM', 'high'],
    ['I will sue you', 'high'],
    ['mi serve la SIM nuova, è urgente', 'high'],
    ['need my new SIM asap', 'high'],
    ['hurry the hell up with my refund', 'high'],
    ['sbrigatevi con la mia pratica', 'high'],
    ['mi avete addebitato due volte!!!', 'high'],
    ['VERGOGNA, TRE SETTIMANE SENZA RISPOSTA', 'high'],
    // A delivery that failed is a fault, in Italian as in English ("my order has not arrived").
    ['il mio ordine non è arrivato', 'high'],
    // Time pressure told by the clock: the desk is empty and the flight leaves in 20 minutes.
    ['no one at the desk and our flight leaves in 20 min', 'high'],
    ['dov’è il mio ordine?', 'normal'],
    ['voglio parlare con un operatore', 'normal'],
    ['ho un problema', 'normal'],
    ['where is my order?', 'normal'],
    ['grazie mille!', 'low'],
    ['thanks a lot', 'low'],
    ['quanto costa l’offerta fibra?', 'low'],
    ['how do I top up?', 'low'],
    // An evening still ahead presses.
    ['I need the new card by tonight', 'high'],
  ] as const)('rates "%s" as %s', (text, expected) => {
    expect(urgencyOf(text)).toBe(expected);
  });

  it('reads an evening told in the past, "the pizza tonight was elite", as not urgent', () => {
    expect(urgencyOf('the pizza tonight was elite, whoever made it deserves a raise')).not.toBe('high');
  });

  it('reads "non è urgente" as not urgent', () => {
    expect(urgencyOf('vorrei cambiare piano, non è urgente')).not.toBe('high');
  });

  it('rates a retweet low whatever it says', () => {
    expect(urgencyOf('RT @mrossi: vergogna, siete dei ladri', {})).toBe('low');
  });
});
