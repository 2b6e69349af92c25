import { describe, expect, it } from 'vitest';
import { rankingTemperature, type MatchDocument } from '../../src/knowledge/match-build-model.ts';

function documents(id: string, lang: string, questions: number, extra: MatchDocument['field'][] = []): MatchDocument[] {
  return [
    { id, lang, field: 'title', text: 'Come pago la bolletta?' },
    ...Array.from({ length: questions }, (_, i): MatchDocument => ({ id, lang, field: 'question', text: `domanda ${i}` })),
    ...extra.map((field): MatchDocument => ({ id, lang, field, text: 'pagamento' })),
  ];
}

describe('rankingTemperature', () => {
  it.each([
    ['FAQs with their question only', [...documents('a', 'it', 0), ...documents('b', 'it', 0)], 1 / 2],
    ['tags and bodies do not count as ways of asking', [...documents('a', 'it', 0, ['tag', 'tag', 'body'])], 1 / 2],
    ['each translation counts on its own', [...documents('a', 'it', 0), ...documents('a', 'en', 0)], 1 / 2],
    ['a title and three example questions', documents('a', 'it', 3), 4 / 5],
    ['a title and nine example questions', documents('a', 'it', 9), 10 / 11],
    ['entries with and without questions, on average', [...documents('a', 'it', 2), ...documents('b', 'it', 0)], 2 / 3],
  ])('is n/(n+1) for n ways of asking per translation: %s', (_, docs, expected) => {
    expect(rankingTemperature(docs)).toBeCloseTo(expected, 10);
  });
});
