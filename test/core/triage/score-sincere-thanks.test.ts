import { describe, expect, it } from 'vitest';
import type { MessageTrait } from '../../../src/core/model.ts';
import { analyzeText } from '../../../src/core/triage/analyze-text.ts';
import { measureSurface } from '../../../src/core/triage/measure-surface.ts';
import { scoreSincereThanks, SINCERE_THANKS_THRESHOLD } from '../../../src/core/triage/score-sincere-thanks.ts';
import { ENGLISH_THANKS_EXAMPLES } from '../../../src/core/triage/thanks-examples/english.ts';
import { FRENCH_THANKS_EXAMPLES } from '../../../src/core/triage/thanks-examples/french.ts';
import { GERMAN_THANKS_EXAMPLES } from '../../../src/core/triage/thanks-examples/german.ts';
import { ITALIAN_THANKS_EXAMPLES } from '../../../src/core/triage/thanks-examples/italian.ts';
import { SPANISH_THANKS_EXAMPLES } from '../../../src/core/triage/thanks-examples/spanish.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

const TAUGHT = new Set(
  [...ENGLISH_THANKS_EXAMPLES, ...ITALIAN_THANKS_EXAMPLES, ...SPANISH_THANKS_EXAMPLES, ...FRENCH_THANKS_EXAMPLES, ...GERMAN_THANKS_EXAMPLES].map(([, text]) => text.toLowerCase()),
);
const score = (text: string) => scoreSincereThanks(analyzeText(text, ['it', 'en', 'es', 'fr', 'de']), measureSurface(text, []));
const traitsOf = (text: string): MessageTrait[] => triageMessage(aMessage({ text: `@LumoAiuta ${text}` }), someSettings()).traits;

// Written for these tests, none among the examples the model learns from (checked below). Irony
// with no word of complaint, which the tone rules thank: the model reads some such posts (the
// airline crowd's negative tweets thanked on the held-out half: 21 → 15), not all.
const IRONIC = [
  'thank you for teaching my kids patience today, 6 hours of it',
  'thanks for the 6 hours of quality time with strangers in Denver',
  'grazie per la pazienza che mi state insegnando, terza settimana',
  // An absurd estimate praised (the round-24 examples).
  '€650 estimated for a one-bedroom flat. wow, geniuses 😊',
];
const SINCERE = [
  'thank you for the lovely crew and the smooth landing',
  'thank you for making my mum\'s first flight so special',
  'grazie al personale di bordo, gentilissimi',
  'gracias por el servicio tan rápido, llegó al día siguiente',
  'merci pour la rapidité, réponse en dix minutes',
  'danke für den tollen Service, der Techniker war pünktlich',
];

describe('the sincere-thanks model', () => {
  it('was taught none of the posts it is tested on', () => {
    for (const text of [...IRONIC, ...SINCERE]) expect(TAUGHT.has(text.toLowerCase())).toBe(false);
  });

  it.each(IRONIC)('withholds the thank-you from "%s": thanks with nothing to be glad about', (text) => {
    expect(score(text)).toBeLessThan(SINCERE_THANKS_THRESHOLD);
    expect(traitsOf(text)).not.toContain('thanks');
  });

  it.each(SINCERE)('keeps the thank-you for "%s"', (text) => {
    expect(score(text)).toBeGreaterThanOrEqual(SINCERE_THANKS_THRESHOLD);
    expect(traitsOf(text)).toEqual(['thanks']);
  });
});
