import { describe, expect, it } from 'vitest';
import { nextConversationMode, type HandoffEvent } from '../../src/core/handoff.ts';
import type { ConversationMode } from '../../src/core/ports.ts';

describe('nextConversationMode', () => {
  it.each<[ConversationMode, HandoffEvent, ConversationMode | undefined]>([
    ['bot', 'handoff-opened', 'awaiting_agent'],
    ['bot', 'agent-took-over', 'with_agent'],
    ['bot', 'handed-back', undefined],
    ['bot', 'resolved', undefined],
    ['awaiting_agent', 'handoff-opened', 'awaiting_agent'],
    ['awaiting_agent', 'agent-took-over', 'with_agent'],
    ['awaiting_agent', 'resolved', 'bot'],
    ['with_agent', 'handoff-opened', undefined],
    ['with_agent', 'handed-back', 'bot'],
    ['with_agent', 'resolved', 'bot'],
  ])('goes from %s on %s to %s', (mode, event, next) => {
    expect(nextConversationMode(mode, event)).toBe(next);
  });
});
