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

  it('names every wrong field of a line at once', () => {
    const result = parseInboundMessage(aLine({ at: 12, author: { id: '42', followers: '120' } }), RECEIVED);
    expect('error' in result && result.error.split('; ').map((problem) => problem.split(':')[0])).toEqual(['author.followers', 'at']);
  });

  it('reads numeric ids as text and null optional fields as absent', () => {
    const line = aLine({ id: 1860012, conversationId: 1860001, at: null, lang: null, retweet: null, author: { id: 42, name: null } });
    expect(parseInboundMessage(line, RECEIVED)).toEqual({
      message: expect.objectContaining({ id: '1860012', conversationId: '1860001', at: RECEIVED.toISOString(), author: { id: '42' } }),
    });
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
    [aLine({ at: 'yesterday' }), /^at: "yesterday" is not an ISO 8601 time such as 2026-11-20T09:00:00Z$/],
    [aLine({ at: 12 }), /^at: must be an ISO 8601 time such as 2026-11-20T09:00:00Z, not a number$/],
    [aLine({ at: '2026-11-20T09:00:00' }), /^at: .* \(it has no time zone: add Z for UTC or an offset such as \+01:00\)$/],
    [aLine({ at: '2026-02-30T09:00:00Z' }), /^at: "2026-02-30T09:00:00Z" is not an ISO 8601 time/],
    [aLine({ text: 42 }), /^text: must be text, not a number$/],
    [aLine({ id: 1.860012345678901e21 }), /^id: 1\.860012345678901e\+21 is too large for a JSON number .*write it as text/],
    [aLine({ conversationId: { id: 1 } }), /^conversationId: must be text, not an object$/],
    [aLine({ author: 'mrossi' }), /^author: must be an object, not text/],
    [aLine({ author: { id: '42', followers: '120' } }), /^author\.followers: must be a number, not text$/],
    [aLine({ author: { id: '42', followers: -3 } }), /^author\.followers: must be a whole number of 0 or more, not -3$/],
    [aLine({ author: { id: '42', verified: 'yes' } }), /^author\.verified: must be true or false, not text$/],
    [aLine({ author: { id: '42', name: ['Mario'] } }), /^author\.name: must be text, not a list$/],
    [aLine({ lang: 7 }), /^lang: must be text, not a number$/],
    [aLine({ retweet: 'true' }), /^retweet: must be true or false, not text$/],
  ])('names what is wrong in %s', (line, problem) => {
    const result = parseInboundMessage(line, RECEIVED);
    expect('error' in result && result.error).toMatch(problem);
  });
});
