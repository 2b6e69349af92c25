import { describe, expect, it } from 'vitest';
import type { Sentiment } from '../../../src/core/model.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

function sentimentOf(text: string): Sentiment {
  return triageMessage(aMessage({ text }), someSettings()).sentiment;
}

describe('scoreSentiment', () => {
  it.each([
    ['grazie mille!!', 'positive'],
    ['ottimo servizio, bravissimi', 'positive'],
    ['risolto, ora funziona tutto', 'positive'],
    ['thanks, you guys are great', 'positive'],
    ['fixed, works now 👍', 'positive'],
    ['non è un problema, grazie', 'positive'],
    ['come faccio a ricaricare?', 'neutral'],
    ['how do I top up?', 'neutral'],
    ['il mio numero cliente è 12345', 'neutral'],
    ['la fibra non va da ieri', 'negative'],
    ['servizio pessimo', 'negative'],
    ['worst service ever', 'negative'],
    ['non sono soddisfatto', 'negative'],
    ['not happy at all', 'negative'],
    ['not great, to be honest', 'negative'],
    ['grazie, ma il modem non funziona ancora', 'negative'],
    ['thanks, but my internet is still down', 'negative'],
    ['😡😡', 'negative'],
    ['PERCHÉ NESSUNO MI RISPONDE', 'negative'],
    ['quando arriva il tecnico?!', 'negative'],
  ] as const)('scores "%s" as %s', (text, expected) => {
    expect(sentimentOf(text)).toBe(expected);
  });

  it('reads a negated complaint as no complaint', () => {
    expect(sentimentOf('nessun problema')).not.toBe('negative');
    expect(sentimentOf('not bad')).not.toBe('negative');
  });

  it('keeps a negation inside its clause', () => {
    expect(sentimentOf('non funziona. problema serio')).toBe('negative');
  });

  it('leaves a lone acronym in capitals neutral', () => {
    expect(sentimentOf('come attivo la SIM?')).toBe('neutral');
  });
});
