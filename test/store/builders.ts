// Test data for the stores: a conversation and actions with overrides.
import type { HandoffAction, ReplyAction } from '../../src/core/model.ts';
import type { ConversationState } from '../../src/core/ports.ts';

export function aConversation(overrides: Partial<ConversationState> = {}): ConversationState {
  return {
    mode: 'bot',
    customerPosts: 1,
    lang: 'it',
    updatedAt: '2026-11-20T09:00:00.000Z',
    replyAddress: { channel: 'twitter', data: { tweetId: '1860012', authorId: '42' } },
    ...overrides,
  };
}

export function aReply(overrides: Partial<ReplyAction> = {}): ReplyAction {
  return {
    event: '1860012',
    type: 'reply',
    channel: 'twitter',
    to: '42',
    lang: 'it',
    text: 'Ciao Mario! Puoi ricaricare dall’app.',
    sources: ['ricarica'],
    ...overrides,
  };
}

export function aHandoff(overrides: Partial<HandoffAction> = {}): HandoffAction {
  return {
    event: '1860012',
    type: 'handoff',
    channel: 'twitter',
    priority: 'high',
    reasons: ['complaint'],
    lang: 'it',
    summary: 'Complaint: «la fibra non va» · angry · 120 followers · it',
    draft: 'Ciao Mario, ci dispiace.',
    draftFor: 'reply',
    draftBy: 'templates',
    sources: [],
    ...overrides,
  };
}
