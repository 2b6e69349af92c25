// Test data builders shared by the core and composer tests: a plausible default, overridden
// field by field where a test cares.
import type { InboundMessage, KnowledgeEntry, Triage } from '../../src/core/model.ts';

export function aMessage(overrides: Partial<InboundMessage> = {}): InboundMessage {
  return {
    id: 'm1',
    channel: 'twitter',
    kind: 'mention',
    conversationId: 'c1',
    author: { id: 'u42', handle: 'mrossi', name: 'Mario Rossi', followers: 80 },
    text: '@Brand come ricarico?',
    at: '2026-01-10T09:00:00Z',
    ...overrides,
  };
}

export function aTriage(overrides: Partial<Triage> = {}): Triage {
  return {
    lang: 'it',
    langSource: 'detected',
    personalData: [],
    traits: ['question'],
    sentiment: 'neutral',
    urgency: 'normal',
    influencer: false,
    question: 'come ricarico?',
    ...overrides,
  };
}

export function anEntry(overrides: Partial<KnowledgeEntry> = {}): KnowledgeEntry {
  const body = overrides.body ?? 'Puoi ricaricare dall’app Lumo con carta o PayPal.';
  return {
    id: 'ricarica',
    lang: 'it',
    title: 'Come faccio a ricaricare la SIM?',
    questions: ['come ricarico il credito?', 'posso ricaricare online?', 'ricarica con paypal'],
    tags: ['ricarica'],
    visibility: 'public',
    kind: 'answer',
    active: true,
    body,
    short: overrides.short ?? body,
    file: `${overrides.id ?? 'ricarica'}.${overrides.lang ?? 'it'}.md`,
    ...overrides,
  };
}
