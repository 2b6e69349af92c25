import { describe, expect, it } from 'vitest';
import type { MessageTrait } from '../../../src/core/model.ts';
import { analyzeText } from '../../../src/core/triage/analyze-text.ts';
import { cleanQuestion } from '../../../src/core/triage/clean-question.ts';
import { wordModelFeatures } from '../../../src/core/triage/failure-word-features.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

const settings = someSettings();
const triageOf = (text: string) => triageMessage(aMessage({ text: `@LumoAiuta ${text}` }), settings);

// Posts like the ones the round-26 probe writers wrote, in the words that the `notForModels`
// phrases added for them name: the rules read them, the word models never do.
const READ_BY_THE_RULES_ONLY: ReadonlyArray<readonly [string, MessageTrait]> = [
  ['Another £200 just went out while I was on hold. Please block the card', 'security'],
  ['withdrawals are coming in that I am not making', 'security'],
  ['rides are happening on my account right now', 'security'],
  ['I clicked a link in a text that looked like yours and typed my details in', 'security'],
  ['my account keeps posting crypto adverts', 'security'],
  ['bloccatemi subito la carta, vedo pagamenti a Londra', 'security'],
  ['bloqueen la tarjeta por favor, hay cargos en Lisboa', 'security'],
  ['je n’ai jamais changé de RIB et les remboursements partent ailleurs', 'security'],
  ['700 € abgebucht, ich habe nichts überwiesen', 'security'],
  ['please close my home policy at the end of the month', 'churn'],
  ['don’t ring me with a retention offer, too late', 'churn'],
  ['raised the price again, I will be spending that money elsewhere', 'churn'],
  ['ho già due offerte migliori in mano', 'churn'],
  ['je me demande pourquoi je reste chez vous', 'churn'],
  ['das Vergleichsportal hat schon Vorschläge für mich', 'churn'],
  ['the 6pm one is also full', 'faulty'],
  ['die letzte Fähre ist auch gestrichen', 'faulty'],
  ['immer noch an Gate A26, kein Mensch da', 'faulty'],
  ['my playlists keep reverting to the old order', 'faulty'],
  ['Fotos, die ich lösche, tauchen am nächsten Tag wieder auf', 'faulty'],
];

describe('phrases the word models do not read', () => {
  it.each(READ_BY_THE_RULES_ONLY)('reads "%s" as %s', (text, trait) => {
    expect(triageOf(text).traits).toContain(trait);
  });

  it.each(READ_BY_THE_RULES_ONLY)('keeps the phrase that names it in "%s" out of the models\' features', (text, trait) => {
    const analysis = analyzeText(cleanQuestion(text, []), settings.languages);
    const named = analysis.matches.filter((match) => match.category === trait);
    expect(named.some((match) => match.notForModels === true)).toBe(true);
    if (named.every((match) => match.notForModels === true)) {
      expect(wordModelFeatures(analysis).signals).not.toContain(trait);
    }
  });

  it.each(['yes the reference is the one I sent. What now?', 'sì, il codice è quello. E adesso?', 'ja, die Buchungsnummer aus der DM. Und jetzt?'])(
    'reads "%s", a customer left stuck mid-thread, as time-critical',
    (text) => {
      expect(triageOf(text).urgency).toBe('high');
    },
  );

  it.each([
    ['how do I freeze my card while I look for it at home?', 'security'],
    ['thx for the smooth landing! Now what can u do about the weather?', 'faulty'],
    ['what is your best offer for fibre?', 'churn'],
  ] as const)('does not read "%s" as %s', (text, trait) => {
    expect(triageOf(text).traits).not.toContain(trait);
  });
});
