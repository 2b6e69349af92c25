// Test data builders shared by the core and composer tests: a plausible default, overridden
// field by field where a test cares.
import type { InboundMessage, KnowledgeEntry, Triage } from '../../src/core/model.ts';
import type { HandoffTicket } from '../../src/desk/handoff-ticket.ts';

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
    failingNow: false,
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

/** An open handoff ticket of a normal complaint on X, due an hour after it opened. */
export function aTicket(overrides: Partial<HandoffTicket> = {}): HandoffTicket {
  return {
    id: 't1',
    conversationKey: 'twitter:1',
    channel: 'twitter',
    kind: 'mention',
    customer: { id: '42', handle: 'mrossi', name: 'Mario Rossi', lang: 'it' },
    priority: 'normal',
    reasons: ['complaint'],
    openedAt: '2026-01-12T10:00:00.000Z',
    deadlineAt: '2026-01-12T11:00:00.000Z',
    draft: 'Ciao',
    sources: [],
    transcript: [],
    state: 'open',
    sent: [],
    ...overrides,
  };
}
