import { describe, expect, it } from 'vitest';
import type { MessageTrait } from '../../../src/core/model.ts';
import { analyzeText } from '../../../src/core/triage/analyze-text.ts';
import { readUrgentTraits, scoreUrgent, URGENT_MODEL_THRESHOLDS } from '../../../src/core/triage/score-urgent.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { ENGLISH_URGENT_EXAMPLES } from '../../../src/core/triage/urgent-examples/english.ts';
import { FRENCH_URGENT_EXAMPLES } from '../../../src/core/triage/urgent-examples/french.ts';
import { GERMAN_URGENT_EXAMPLES } from '../../../src/core/triage/urgent-examples/german.ts';
import { ITALIAN_URGENT_EXAMPLES } from '../../../src/core/triage/urgent-examples/italian.ts';
import { SPANISH_URGENT_EXAMPLES } from '../../../src/core/triage/urgent-examples/spanish.ts';
import { aMessage, someSettings } from './builders.ts';

const LANGUAGES = ['it', 'en', 'es', 'fr', 'de'];
const analysed = (text: string) => analyzeText(text, LANGUAGES);
const TAUGHT = new Set(
  [...ENGLISH_URGENT_EXAMPLES, ...ITALIAN_URGENT_EXAMPLES, ...SPANISH_URGENT_EXAMPLES, ...FRENCH_URGENT_EXAMPLES, ...GERMAN_URGENT_EXAMPLES].map(([, text]) => text.toLowerCase()),
);
const traitsOf = (text: string): MessageTrait[] => triageMessage(aMessage({ text: `@LumoAiuta ${text}` }), someSettings()).traits;

// Written for these tests, none among the examples the models learn from (checked below), and
// none named by a lexicon phrase (checked below): what the models read that the phrases do not.
// They read about half of such posts (see the urgent-probes bench); these are some they read.
const DANGER = [
  'my son has been shaking and sweating since he ate your snack, his face is going red',
  'my daughter got a rash and her eyes swelled up after using your sunscreen',
  'since your engineer left the boiler we all have headaches and feel sick',
  // Read since more English examples were added (2026-12-01, afternoon).
  'your driver knocked my mum over on the pavement and did not stop',
  // Read since more German danger examples were added (same afternoon).
  'der Fahrer hat meinen Vater auf dem Gehweg umgefahren und ist einfach weg',
  'ein Mann läuft meiner Tochter seit einer Stunde im Einkaufszentrum hinterher',
  // Read since more Italian, Spanish, French and German examples were added (2026-12-02).
  'mi hija es alérgica al huevo y la hamburguesa llevaba huevo, se le están hinchando los labios',
  // Read since more English examples were added (2026-12-02).
  'a lady fell in your aisle and has been lying there for 20 min, no staff',
];
const FRAUD = [
  'my bank says there were 6 payments to you from my card in Spain, I live in Ohio',
  'il mio conto risulta collegato a un numero di telefono che non conosco',
  // Read since the examples in German, French, Spanish and Italian were added (2026-12-01).
  'ich bekomme Bestätigungscodes per SMS, obwohl ich nichts bestellt habe',
  'me llegan códigos de verificación por SMS que no he pedido',
  'my insurance account lists a claim I never made',
  'my number moved to another network this morning and I never asked for it',
  // Read since more German fraud examples were added (2026-12-01, afternoon).
  'jemand hat Geld an einen Empfänger überwiesen, den ich nie angelegt habe',
  'meine Punkte wurden in einer Filiale eingelöst, in der ich nie war',
  // Read since more Italian, Spanish, French and German examples were added (2026-12-02).
  'hay una línea nueva a mi nombre que yo nunca he pedido',
];
const CALM = [
  'how do I change the payee name on my bill?',
  'your new burger is a killer, best thing on the menu',
  'the flight was delayed 2 hours and the crew was rude',
  'can I bring my baby monitor in hand luggage?',
  'il pacco è arrivato ammaccato, potete sostituirlo?',
  'quiero cambiar la tarifa de mi móvil',
  'can I add a new line to my account for my daughter?',
  'can I move my number to you from my old network?',
  'wie nehme ich meine Rufnummer zu euch mit?',
  'sind bei dem Spielzeug Batterien dabei?',
];

describe('the urgent-matters models', () => {
  it('were taught none of the posts they are tested on', () => {
    for (const text of [...DANGER, ...FRAUD, ...CALM]) expect(TAUGHT.has(text.toLowerCase())).toBe(false);
  });

  it.each([...DANGER, ...FRAUD])('name no lexicon phrase of danger or fraud in "%s" (so the models are what reads it)', (text) => {
    expect(analysed(text).matches.filter((m) => m.category === 'safety' || m.category === 'security')).toEqual([]);
  });

  it.each(DANGER)('read danger to people in "%s"', (text) => {
    expect(scoreUrgent(analysed(text), 'safety')).toBeGreaterThanOrEqual(URGENT_MODEL_THRESHOLDS.safety);
    expect(traitsOf(text)).toContain('safety');
  });

  it.each(FRAUD)('read fraud in "%s"', (text) => {
    expect(scoreUrgent(analysed(text), 'security')).toBeGreaterThanOrEqual(URGENT_MODEL_THRESHOLDS.security);
    expect(traitsOf(text)).toContain('security');
  });

  it.each(CALM)('read nothing urgent in "%s": a question, slang, a complaint, an ordinary fault', (text) => {
    expect(readUrgentTraits(analysed(text))).toEqual([]);
  });

  it('leave thanks alone: help given in a scare is thanked, not escalated', () => {
    const text = 'thank you to the crew who looked after my daughter when she got a rash and her eyes swelled up';
    expect(readUrgentTraits(analysed(text))).toContain('safety');
    expect(traitsOf(text)).not.toContain('safety');
  });
});
