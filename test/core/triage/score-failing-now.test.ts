import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/triage/analyze-text.ts';
import { ENGLISH_EXAMPLES } from '../../../src/core/triage/failing-now-examples/english.ts';
import { FRENCH_EXAMPLES } from '../../../src/core/triage/failing-now-examples/french.ts';
import { GERMAN_EXAMPLES } from '../../../src/core/triage/failing-now-examples/german.ts';
import { ITALIAN_EXAMPLES } from '../../../src/core/triage/failing-now-examples/italian.ts';
import { SPANISH_EXAMPLES } from '../../../src/core/triage/failing-now-examples/spanish.ts';
import { FAILING_NOW_THRESHOLD, scoreFailingNow } from '../../../src/core/triage/score-failing-now.ts';

const LANGUAGES = ['it', 'en', 'es', 'fr', 'de'];
const score = (text: string) => scoreFailingNow(analyzeText(text, LANGUAGES));
const TAUGHT = new Set([...ENGLISH_EXAMPLES, ...ITALIAN_EXAMPLES, ...SPANISH_EXAMPLES, ...FRENCH_EXAMPLES, ...GERMAN_EXAMPLES].map(([, text]) => text.toLowerCase()));

// Written for these tests, none of them among the examples the model learns from (checked below):
// a model is judged on posts it has not seen.
const FAILING_NOW = [
  'third time today the app throws me out in the middle of a payment',
  'flight 221 now 4 hours late and nobody at the desk',
  'tracking says delivered, nothing at my door',
  'paid 80 euros yesterday and the order still shows unpaid',
  'the 8:15 to Leeds never turned up, stranded at the station',
  'volo per Catania cancellato, siamo a terra senza info',
  'il pacco risulta consegnato ma non è mai arrivato',
  'mi vuelo sale en 2 horas y la app no me deja hacer el check-in',
  'colis bloqué depuis 10 jours, personne ne répond',
  'Zug fällt aus, stehen seit einer Stunde am Bahnsteig',
  // Read since the examples told by circumstances were added (2026-12-01, afternoon).
  'diverted to Manchester and told to make our own way to London',
  // Read since the examples of devices doing something else than they should (same afternoon).
  'the album shows 20 tracks but only plays the first three',
  'the speaker talks back in Spanish although everything is set to English',
  // Read since the short Italian utility examples were added (same afternoon).
  'esce acqua dal contatore sul marciapiede',
  'acqua marrone dai rubinetti dopo i lavori in strada',
];
const NOTHING_FAILING = [
  'the flight attendant last week was rude',
  'my flight yesterday was delayed 2 hours, not impressed',
  'how many bags can I take on a domestic flight?',
  'prices went up again, disappointing',
  'can I change the name on my booking?',
  'your new menu is amazing',
  'il servizio clienti è sempre gentile',
  '¿a qué hora abre la tienda del centro?',
  'le repas à bord était froid la semaine dernière',
  'wie kann ich meine Adresse ändern?',
  'the gate change last month was chaos but the crew were lovely',
  'how do I share an album with my sister?',
  'come si legge il contatore dell’acqua?',
];
// Things and states no example names, told as failures: the parts their words play (a thing,
// a failing state, a duration, in one clause) carry them (see failure-word-features).
const UNNAMED_THINGS_FAILING = [
  'my tablet froze again this morning',
  'the terminal screen is blank since 6am',
  'my smart tv is stuck on the logo for hours',
];
const UNNAMED_THINGS_FINE = ['my tablet arrived yesterday, love it', 'I love the new kiosk design'];
// Faults told in the words calm posts use too: "how do I get to school now?" after a failure is no
// how-to question, "why" or "is there a problem" ask about a fault as well as about a rule, and
// "my flight", "can you", "I want to" are how travellers say it, during the trip or after it.
const FAILING_IN_EVERYDAY_WORDS = [
  "bus didn't turn up, how do I get to school now?",
  'la fibra non va da ieri, come faccio a lavorare?',
  "why can't I log into the app today?",
  'why is the 9:10 to Brighton cancelled again?',
  'is there a problem with the app? it keeps crashing when I pay',
  "can you help, my flight to Miami is delayed and I'll miss the cruise",
  "I want to get to Rome today, my flight's cancelled",
];
const CALM_IN_THE_SAME_WORDS = [
  'how do I get to the airport?',
  'come faccio a pagare la bolletta online?',
  'why are flights to Boston cheaper on Tuesdays?',
  'perché la bolletta è bimestrale?',
  'my flight to Miami last year was delayed, not impressed',
  'I want to change my flight to Rome to next Friday',
];

describe('scoreFailingNow', () => {
  it('was taught none of the posts it is tested on', () => {
    for (const text of [...FAILING_NOW, ...NOTHING_FAILING, ...UNNAMED_THINGS_FAILING, ...UNNAMED_THINGS_FINE, ...FAILING_IN_EVERYDAY_WORDS, ...CALM_IN_THE_SAME_WORDS]) expect(TAUGHT.has(text.toLowerCase())).toBe(false);
  });

  it.each(FAILING_NOW)('reads "%s" as something failing now', (text) => {
    expect(score(text)).toBeGreaterThanOrEqual(FAILING_NOW_THRESHOLD);
  });

  it.each(NOTHING_FAILING)('reads "%s" as nothing failing now: a past problem, a question, a complaint, praise', (text) => {
    expect(score(text)).toBeLessThan(FAILING_NOW_THRESHOLD);
  });

  it.each(UNNAMED_THINGS_FAILING)('reads "%s" as something failing now, though no example names its thing', (text) => {
    expect(score(text)).toBeGreaterThanOrEqual(FAILING_NOW_THRESHOLD);
  });

  it.each(UNNAMED_THINGS_FINE)('reads "%s" as nothing failing now', (text) => {
    expect(score(text)).toBeLessThan(FAILING_NOW_THRESHOLD);
  });

  it.each(FAILING_IN_EVERYDAY_WORDS)('reads "%s" as something failing now, in words calm posts use too', (text) => {
    expect(score(text)).toBeGreaterThanOrEqual(FAILING_NOW_THRESHOLD);
  });

  it.each(CALM_IN_THE_SAME_WORDS)('reads "%s" as nothing failing now, in the same words', (text) => {
    expect(score(text)).toBeLessThan(FAILING_NOW_THRESHOLD);
  });

  it('is never taught the same post with both labels', () => {
    const labels = new Map<string, string>();
    const conflicts = [...ENGLISH_EXAMPLES, ...ITALIAN_EXAMPLES, ...SPANISH_EXAMPLES, ...FRENCH_EXAMPLES, ...GERMAN_EXAMPLES].filter(([label, text]) => {
      const key = text.toLowerCase().trim();
      const before = labels.get(key);
      labels.set(key, label);
      return before !== undefined && before !== label;
    });
    expect(conflicts).toEqual([]);
  });

  it('learns from examples in all five languages, each with both labels', () => {
    for (const examples of [ENGLISH_EXAMPLES, ITALIAN_EXAMPLES, SPANISH_EXAMPLES, FRENCH_EXAMPLES, GERMAN_EXAMPLES]) {
      const failing = examples.filter(([label]) => label === 'high').length;
      expect(failing).toBeGreaterThanOrEqual(80);
      expect(examples.length - failing).toBeGreaterThanOrEqual(80);
    }
  });
});
