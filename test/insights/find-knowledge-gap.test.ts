import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/model.ts';
import type { Explanation } from '../../src/core/responder.ts';
import { findKnowledgeGap } from '../../src/insights/find-knowledge-gap.ts';
import { aMessage, aTriage } from '../support/builders.ts';

function explained(plan: Plan, overrides: Partial<Explanation> = {}): Explanation {
  return {
    triage: aTriage({ question: 'posso pagare con satispay?' }),
    candidates: [{ id: 'metodi-pagamento', confidence: 0.31, visibility: 'public', kind: 'answer', hasTranslation: true }],
    plan,
    ...overrides,
  };
}

const handoff = (reasons: string[]): Plan => [{ do: 'hold' }, { do: 'handoff', priority: 'normal', reasons, entryIds: [] }];

describe('findKnowledgeGap', () => {
  it('keeps the question, its language and the closest entry when no entry matched confidently', () => {
    expect(findKnowledgeGap(aMessage({ at: '2026-11-20T09:00:00Z' }), explained(handoff(['no-confident-answer'])))).toEqual({
      at: '2026-11-20T09:00:00Z',
      channel: 'twitter',
      lang: 'it',
      question: 'posso pagare con satispay?',
      why: 'no-confident-answer',
      closest: { id: 'metodi-pagamento', confidence: 0.31 },
    });
  });

  it('says the entry lacks a translation when that kept the bot from answering', () => {
    expect(findKnowledgeGap(aMessage(), explained(handoff(['no-answer-in-language'])))?.why).toBe('no-answer-in-language');
  });

  it('counts a message nothing in the knowledge recognised when the bot asked back', () => {
    expect(findKnowledgeGap(aMessage(), explained([{ do: 'ask-back' }], { candidates: [] }))).toMatchObject({ why: 'no-confident-answer' });
    expect(findKnowledgeGap(aMessage(), explained([{ do: 'ask-back' }], { candidates: [] }))).not.toHaveProperty('closest');
  });

  it.each<[string, Plan, Partial<Explanation>]>([
    ['an answer', [{ do: 'answer', entryId: 'ricarica' }], {}],
    ['a complaint handed to a person', handoff(['complaint']), {}],
    ['a message too vague to act on', [{ do: 'ask-back' }], { triage: aTriage({ traits: ['vague'] }) }],
    ['an ignored post', [{ do: 'ignore', reasons: ['spam'] }], {}],
    ['a question with no words left', handoff(['no-confident-answer']), { triage: aTriage({ question: ' ' }) }],
  ])('is no gap for %s', (_name, plan, overrides) => {
    expect(findKnowledgeGap(aMessage(), explained(plan, overrides))).toBeUndefined();
  });
});
