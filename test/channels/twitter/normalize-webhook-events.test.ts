import { describe, expect, it } from 'vitest';
import { normalizeWebhookEvents } from '../../../src/channels/twitter/normalize-webhook-events.ts';

const BRAND_ID = '9000000001';
const OPTIONS = { brandUserId: BRAND_ID, verifiedTypes: ['business', 'government'] };

function aWebhookTweet(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    created_at: 'Fri Nov 20 09:00:00 +0000 2026',
    id_str: '1860012',
    text: '@LumoAiuta come faccio a ricaricare?',
    user: { id_str: '42', screen_name: 'mrossi', name: 'Mario Rossi', followers_count: 120, verified: false },
    lang: 'it',
    ...overrides,
  };
}

function aWebhookDm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message_create',
    id: '1860020',
    created_timestamp: String(Date.parse('2026-11-20T09:05:00Z')),
    message_create: { target: { recipient_id: BRAND_ID }, sender_id: '42', message_data: { text: 'Il mio ordine non è arrivato' } },
    ...overrides,
  };
}

const USERS = { '42': { id: '42', name: 'Mario Rossi', screen_name: 'mrossi', followers_count: 120, verified: false } };

describe('normalizeWebhookEvents', () => {
  it('turns tweet_create_events into mentions', () => {
    const result = normalizeWebhookEvents({ for_user_id: BRAND_ID, tweet_create_events: [aWebhookTweet()] }, OPTIONS);

    expect(result).toEqual({
      messages: [
        {
          id: '1860012',
          channel: 'twitter',
          kind: 'mention',
          conversationId: '1860012',
          author: { id: '42', handle: 'mrossi', name: 'Mario Rossi', followers: 120, verified: false },
          text: '@LumoAiuta come faccio a ricaricare?',
          at: '2026-11-20T09:00:00.000Z',
          lang: 'it',
        },
      ],
      replies: [],
      rejected: [],
      skipped: 0,
    });
  });

  it('reads the full text of extended posts and decodes entities', () => {
    const tweet = aWebhookTweet({ text: 'troncato…', extended_tweet: { full_text: '@LumoAiuta bolletta &gt; 100€ &amp; nessuna risposta' } });

    const [message] = normalizeWebhookEvents({ tweet_create_events: [tweet] }, OPTIONS).messages;

    expect(message).toMatchObject({ text: '@LumoAiuta bolletta > 100€ & nessuna risposta', conversationId: '1860012' });
  });

  it('sets a reply aside with the post it answers when the payload does not name its thread', () => {
    const tweet = aWebhookTweet({ in_reply_to_status_id_str: '1860005' });

    const result = normalizeWebhookEvents({ tweet_create_events: [tweet] }, OPTIONS);

    expect(result.messages).toEqual([]);
    expect(result.replies).toEqual([{ message: expect.objectContaining({ id: '1860012', text: '@LumoAiuta come faccio a ricaricare?' }), inReplyTo: '1860005' }]);
    expect(result.replies[0]?.message).not.toHaveProperty('conversationId');
  });

  it('carries the quoted post of a quote, which starts its own conversation', () => {
    const quoted = aWebhookTweet({
      id_str: '1860000',
      text: 'Disservizio &amp; ritardi oggi',
      user: { id_str: '77', screen_name: 'giornale' },
      timestamp_ms: String(Date.parse('2026-11-20T08:00:00Z')),
    });
    const tweet = aWebhookTweet({ is_quote_status: true, quoted_status_id_str: '1860000', quoted_status: quoted });

    const [message] = normalizeWebhookEvents({ tweet_create_events: [tweet] }, OPTIONS).messages;

    expect(message).toMatchObject({
      conversationId: '1860012',
      refersTo: { relation: 'quoted', id: '1860000', text: 'Disservizio & ritardi oggi', authorHandle: 'giornale', at: '2026-11-20T08:00:00.000Z' },
    });
  });

  it('does not count a legacy badge as verified when the payload gives no verification type', () => {
    const paid = aWebhookTweet({ user: { id_str: '42', screen_name: 'mrossi', verified: true } });

    const [message] = normalizeWebhookEvents({ tweet_create_events: [paid] }, OPTIONS).messages;

    expect(message?.author).toEqual({ id: '42', handle: 'mrossi' });
  });

  it("marks retweets and skips the brand's own posts", () => {
    const result = normalizeWebhookEvents(
      {
        tweet_create_events: [
          aWebhookTweet({ id_str: '1', retweeted_status: { id_str: '0' } }),
          aWebhookTweet({ id_str: '2', user: { id_str: BRAND_ID, screen_name: 'LumoAiuta' } }),
        ],
      },
      OPTIONS,
    );

    expect(result.messages).toEqual([expect.objectContaining({ id: '1', retweet: true })]);
    expect(result.skipped).toBe(1);
  });

  it('turns message_create events into DMs with the sender from users', () => {
    const result = normalizeWebhookEvents({ direct_message_events: [aWebhookDm()], users: USERS }, OPTIONS);

    expect(result.messages).toEqual([
      {
        id: '1860020',
        channel: 'twitter',
        kind: 'dm',
        conversationId: `42-${BRAND_ID}`,
        author: { id: '42', handle: 'mrossi', name: 'Mario Rossi', followers: 120, verified: false },
        text: 'Il mio ordine non è arrivato',
        at: '2026-11-20T09:05:00.000Z',
      },
    ]);
  });

  it("skips the brand's own DMs and events that are not messages", () => {
    const own = aWebhookDm({ id: '2', message_create: { sender_id: BRAND_ID, message_data: { text: 'Ciao!' } } });
    const result = normalizeWebhookEvents({ direct_message_events: [own, aWebhookDm({ id: '3', type: 'message_read' })] }, OPTIONS);

    expect(result).toEqual({ messages: [], replies: [], rejected: [], skipped: 2 });
  });

  it('rejects malformed items with a reason and keeps the others', () => {
    const result = normalizeWebhookEvents(
      {
        tweet_create_events: [aWebhookTweet({ id_str: undefined }), aWebhookTweet({ id_str: '5', user: {} }), aWebhookTweet({ id_str: '6' })],
        direct_message_events: [aWebhookDm({ id: '7', message_create: { sender_id: '42' } }), aWebhookDm({ id: '8' })],
        users: USERS,
      },
      OPTIONS,
    );

    expect(result.messages.map((message) => message.id)).toEqual(['6', '8']);
    expect(result.rejected).toEqual([
      { reason: 'tweet id_str: missing' },
      { id: '5', reason: 'user.id_str: missing' },
      { id: '7', reason: 'message_create.message_data.text: missing' },
    ]);
  });

  it('rejects a body that is not an object', () => {
    expect(normalizeWebhookEvents('nope', OPTIONS)).toEqual({ messages: [], replies: [], rejected: [{ reason: 'body is not a JSON object' }], skipped: 0 });
  });
});
