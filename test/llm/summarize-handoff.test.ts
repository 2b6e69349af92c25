import { describe, expect, it } from 'vitest';
import { summarizeHandoff, type HandoffSummaryInput } from '../../src/llm/summarize-handoff.ts';
import { aTriage } from '../support/builders.ts';

function aSummaryInput(overrides: Partial<HandoffSummaryInput> = {}): HandoffSummaryInput {
  return {
    reasons: ['faulty'],
    words: 'la fibra non va da tre giorni',
    author: { followers: 1500 },
    lang: 'it',
    triage: aTriage({ traits: ['faulty', 'complaint'], sentiment: 'negative', urgency: 'high', angry: true }),
    ...overrides,
  };
}

describe('summarizeHandoff', () => {
  it('says what the customer wants in their words, their mood and reach when a fault is handed off', () => {
    expect(summarizeHandoff(aSummaryInput())).toBe('Fault: «la fibra non va da tre giorni» · angry · 1,500 followers · it');
  });

  it.each([
    ['order', 'il pacco non è mai arrivato', 'Order problem: «il pacco non è mai arrivato»'],
    ['trip', 'volo cancellato e nessuna info', 'Trip disrupted: «volo cancellato e nessuna info»'],
    ['visit', 'il tecnico non si è mai presentato', 'Visit or appointment missed: «il tecnico non si è mai presentato»'],
  ] as const)('names a fault about an %s by what failed', (subject, words, lead) => {
    const triage = aTriage({ traits: ['faulty'], sentiment: 'negative', urgency: 'high', subject });
    expect(summarizeHandoff(aSummaryInput({ words, triage })).split(' · ')[0]).toBe(lead);
    // Another reason first: its label, whatever failed.
    expect(summarizeHandoff(aSummaryInput({ words, triage, reasons: ['security', 'faulty'] }))).toMatch(/^Security or fraud: /);
  });

  it('leads with the bereavement, before the fault it may come with, when the customer tells of a death', () => {
    const triage = aTriage({ traits: ['faulty', 'bereavement'], sentiment: 'negative', urgency: 'high' });
    expect(summarizeHandoff(aSummaryInput({ triage, reasons: ['faulty', 'bereavement'] }))).toMatch(/^Bereavement: «.*» · bereaved · /);
  });

  it.each([
    [['question'], 'no-confident-answer', 'Question without a confident answer'],
    [[], 'no-confident-answer', 'Nothing in the knowledge answers it'],
    [['question'], 'no-answer-in-language', 'Question with no answer in their language'],
    [['complaint'], 'no-answer-in-language', 'No replies in their language'],
  ] as const)('with traits %j, says "%s" as "%s": a post that asks nothing is not called a question', (traits, reason, label) => {
    const triage = aTriage({ traits: [...traits], sentiment: 'neutral' });
    expect(summarizeHandoff(aSummaryInput({ triage, reasons: [reason], words: 'tried calling too, 25 min wait' }))).toMatch(
      new RegExp(`^${label}: «`),
    );
  });

  it('names the most important reason when there are several', () => {
    const summary = summarizeHandoff(aSummaryInput({ reasons: ['no-confident-answer', 'influencer', 'complaint', 'legal'] }));
    expect(summary).toMatch(/^Legal threat: /);
  });

  it('replaces personal data with its type and leaves out reply handles when the customer wrote them', () => {
    const words = '@LumoAiuta @mrossi2 scrivetemi a mario.rossi@example.com o al 333 123 4567, carta 4111 1111 1111 1111';
    const summary = summarizeHandoff(aSummaryInput({ reasons: ['account'], words }));
    expect(summary).toContain('Account matter: «scrivetemi a [email] o al [phone], carta [card ****1111]»');
    expect(summary).not.toMatch(/mario\.rossi|1234567|4111 1111|@mrossi2|@LumoAiuta/);
  });

  it('quotes only the start, cut at a word, when the customer wrote a lot', () => {
    const words = `${'parola '.repeat(30)}fine`;
    const [quote] = /«[^»]*»/.exec(summarizeHandoff(aSummaryInput({ words })))!;
    expect([...quote].length).toBeLessThanOrEqual(82);
    expect(quote).toMatch(/parola…»$/);
  });

  it.each<[string, Partial<HandoffSummaryInput['triage'] & object>, string]>([
    ['abusive', { traits: ['abuse'], sentiment: 'negative' }, 'abusive'],
    // `ironic` is a trait the triage is gaining: the summary reads it already.
    ['sarcastic', { traits: ['ironic' as never], sentiment: 'positive' }, 'sarcastic'],
    ['unhappy', { traits: ['complaint'], sentiment: 'negative' }, 'unhappy'],
    // A fault is urgent, and most customers tell it calmly: urgency is not anger.
    ['unhappy, not angry, for a fault told calmly', { traits: ['faulty'], sentiment: 'negative' }, 'unhappy'],
    ['angry', { traits: ['complaint'], sentiment: 'negative', angry: true }, 'angry'],
    ['happy', { traits: ['thanks'], sentiment: 'positive' }, 'happy'],
    ['calm', { traits: ['question'], sentiment: 'neutral' }, 'calm'],
    // "they told us the wrong carousel number": a complaint in neutral words is still one.
    ['unhappy for a complaint in neutral words', { traits: ['complaint'], sentiment: 'neutral' }, 'unhappy'],
    ['unhappy for a wish to leave in neutral words', { traits: ['churn'], sentiment: 'neutral' }, 'unhappy'],
    // Praise that names a problem solved ("thanks for finding my lost bag") stays happy.
    ['happy for praise that names a complaint', { traits: ['thanks', 'complaint'], sentiment: 'positive' }, 'happy'],
    ['bereaved', { traits: ['question', 'bereavement'], sentiment: 'negative', angry: true }, 'bereaved'],
  ])('reads the mood as %s when the triage says so', (_, triage, mood) => {
    expect(summarizeHandoff(aSummaryInput({ triage: aTriage(triage) })).split(' · ')[1]).toBe(mood);
  });

  it('tells verified accounts and influencers, and leaves the reach out when it is unknown', () => {
    const influencer = aSummaryInput({ author: { followers: 25000, verified: true }, triage: aTriage({ influencer: true }) });
    expect(summarizeHandoff(influencer)).toContain(' · 25,000 followers, verified, influencer · ');
    expect(summarizeHandoff(aSummaryInput({ author: {} }))).toBe('Fault: «la fibra non va da tre giorni» · angry · it');
  });

  it('adds the topic when the handoff is about a knowledge entry', () => {
    const summary = summarizeHandoff(aSummaryInput({ topic: "C'è un guasto alla fibra a Milano?" }));
    expect(summary).toMatch(/ · it · topic: C'è un guasto alla fibra a Milano\?$/);
  });

  it('says a person is needed, without mood, when no triage ran and no reason is known', () => {
    const summary = summarizeHandoff({ reasons: ['influencer'], words: 'ciao', author: {}, lang: 'it' });
    expect(summary).toBe('Needs a person: «ciao» · it');
  });
});
