import { describe, expect, it } from 'vitest';
import { matchDocumentsOf } from '../../src/knowledge/create-knowledge-index.ts';
import { buildMatchModel } from '../../src/knowledge/match-build-model.ts';
import { collectEvidence } from '../../src/knowledge/match-evidence.ts';
import type { KnowledgeEntry } from '../../src/core/model.ts';

function faq(id: string, title: string, tags: string[], body: string): KnowledgeEntry {
  return { id, lang: 'it', title, questions: [], tags, visibility: 'public', kind: 'answer', active: true, body, short: body, file: `${id}.md` };
}

// Made-up FAQs of a utility, without example questions: "bonifico" is named by the first in its
// title and tags, by the second in its tags only, and only mentioned in the third's answer.
const model = buildMatchModel(
  [
    faq('bonifico', 'Posso pagare con un bonifico?', ['bonifico'], "Sì, con l'IBAN che trovi in bolletta."),
    faq('estero', "Come pago dall'estero?", ['bonifico', 'estero'], "Dall'estero paghi con l'IBAN che trovi in bolletta."),
    faq('metodi', 'Quali sono i metodi di pagamento?', ['pagamento'], 'Puoi pagare con carta, addebito sul conto o bonifico.'),
  ].flatMap(matchDocumentsOf),
);

describe('collectEvidence', () => {
  it.each([
    ['bonifico', 2, 'in its title and in its tags'],
    ['estero', 1, 'in its tags only'],
    ['metodi', 0, 'only in its answer'],
  ])('gives %s named coverage %d when the word is %s', (id, named) => {
    const evidence = collectEvidence(model, 'bonifico', 'it');
    const c = model.ids.indexOf(id);
    expect(evidence.namedCoverage[c]).toBeCloseTo(named, 10);
    expect(evidence.entryCoverage[c]).toBeCloseTo(1, 10);
  });

  it('softens the classifier for ranking by the ways of asking per entry (one title: 0.5)', () => {
    const evidence = collectEvidence(model, 'bonifico', 'it');
    expect(evidence.rankingTemperature).toBe(0.5);
    const best = model.ids.indexOf('bonifico');
    expect(evidence.rankingProbabilities[best]).toBeLessThan(evidence.probabilities[best] as number);
    expect(evidence.rankingProbabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });
});
