// Test data for triage: a message and settings with overrides.
import type { Author, InboundMessage } from '../../../src/core/model.ts';
import { DEFAULT_SETTINGS, type ResponderSettings } from '../../../src/core/settings.ts';

type MessageOverrides = Partial<Omit<InboundMessage, 'author'>> & { author?: Partial<Author> };

export function aMessage(overrides: MessageOverrides = {}): InboundMessage {
  const { author, ...rest } = overrides;
  return {
    id: '1001',
    channel: 'twitter',
    kind: 'mention',
    conversationId: '1000',
    text: '@LumoAiuta ciao',
    at: '2026-11-20T09:00:00Z',
    ...rest,
    author: { id: '42', handle: 'mrossi', name: 'Mario Rossi', followers: 120, verified: false, ...author },
  };
}

export function someSettings(overrides: Partial<ResponderSettings> = {}): ResponderSettings {
  return { ...DEFAULT_SETTINGS, brandHandles: ['LumoAiuta'], brandUserIds: ['7'], ...overrides };
}
