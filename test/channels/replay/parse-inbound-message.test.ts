import { describe, expect, it } from 'vitest';
import { MAX_INBOUND_TEXT_CHARS, parseInboundMessage } from '../../../src/channels/replay/parse-inbound-message.ts';

const RECEIVED = new Date('2026-11-20T10:00:00Z');

function aLine(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id: '1860012',
    channel: 'twitter',
    kind: 'mention',
    conversationId: '1860001',
    author: { id: '42', handle: 'mrossi', name: 'Mario Rossi', followers: 120, verified: false },
    text: '@LumoAiuta come faccio a ricaricare?',
    at: '2026-11-20T09:00:00Z',
    lang: 'it',
    ...overrides,
  });
}

describe('parseInboundMessage', () => {
  it('reads the documented shape', () => {
    expect(parseInboundMessage(aLine(), RECEIVED)).toEqual({
      message: {
        id: '1860012',
        channel: 'twitter',
        kind: 'mention',
        conversationId: '1860001',
        author: { id: '42', handle: 'mrossi', name: 'Mario Rossi', followers: 120, verified: false },
        text: '@LumoAiuta come faccio a ricaricare?',
        at: '2026-11-20T09:00:00Z',
        lang: 'it',
      },
    });
  });

  it('fills the conversation and the time when they are missing', () => {
    const result = parseInboundMessage(aLine({ conversationId: undefined, at: undefined }), RECEIVED);
    expect(result).toMatchObject({ message: { conversationId: '1860012', at: RECEIVED.toISOString() } });
  });

  it('cuts a text longer than any channel allows', () => {
    const result = parseInboundMessage(aLine({ text: 'a'.repeat(50_000) }), RECEIVED);
    expect('message' in result && result.message.text.length).toBe(MAX_INBOUND_TEXT_CHARS);
  });

  it.each([
    ['{oops', /^not valid JSON/],
    ['[1,2]', /^expected a JSON object/],
    [aLine({ id: '' }), /^id: missing/],
    [aLine({ kind: 'post' }), /kind: "post" is not "mention" \(public\) or "dm" \(private\)/],
    [aLine({ author: undefined }), /author: missing/],
    [aLine({ author: { name: 'x' } }), /author\.id: missing/],
    [aLine({ text: undefined }), /text: missing/],
    [aLine({ at: 'yesterday' }), /at: "yesterday" is not an ISO time/],
  ])('names what is wrong in %s', (line, problem) => {
    const result = parseInboundMessage(line, RECEIVED);
    expect('error' in result && result.error).toMatch(problem);
  });
});
