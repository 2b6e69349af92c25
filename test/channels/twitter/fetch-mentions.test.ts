import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchMentions } from '../../../src/channels/twitter/fetch-mentions.ts';
import { ChannelError } from '../../../src/errors.ts';
import { startXFixture, type XFixture } from './x-fixture.ts';

describe('fetchMentions', () => {
  let x: XFixture;
  beforeEach(async () => {
    x = await startXFixture();
  });
  afterEach(() => x.close());

  it('normalizes a mention with its author from the expansion', async () => {
    const mention = x.fake.addMention({
      // X serves it escaped (&amp; &lt; &gt;); the customer's characters come back exactly.
      text: '@LumoAiuta ricarica & bonus? 1 < 2 > 0, scritto "&lt;"',
      author: { id: '42', username: 'mrossi', name: 'Mario Rossi', followers: 12_345, verifiedType: 'business' },
      conversationId: '1860001',
      lang: 'it',
      createdAt: '2026-11-20T09:00:00.000Z',
    });

    const result = await fetchMentions(x.client, { userId: x.fake.brand.id });

    expect(result.messages).toEqual([
      {
        id: mention.id,
        channel: 'twitter',
        kind: 'mention',
        conversationId: '1860001',
        author: { id: '42', handle: 'mrossi', name: 'Mario Rossi', followers: 12_345, verified: true },
        text: '@LumoAiuta ricarica & bonus? 1 < 2 > 0, scritto "&lt;"',
        at: '2026-11-20T09:00:00.000Z',
        lang: 'it',
      },
    ]);
    expect(result).toMatchObject({ newestId: mention.id, rejected: [], truncated: false, requests: 1 });
    expect(x.fake.requests).toEqual([
      expect.objectContaining({ method: 'GET', path: `/2/users/${x.fake.brand.id}/mentions`, status: 200 }),
    ]);
  });

  it('marks retweets, passes X language codes through and keeps replies in their conversation', async () => {
    const root = x.fake.addMention({ text: '@LumoAiuta rete giù?' });
    const reply = x.fake.addMention({ text: '@LumoAiuta ancora giù', inReplyToTweetId: root.id });
    const retweet = x.fake.addMention({ text: 'RT @mrossi: @LumoAiuta rete giù?', retweetOf: root.id, lang: 'und' });

    const { messages } = await fetchMentions(x.client, { userId: x.fake.brand.id });

    const byId = new Map(messages.map((message) => [message.id, message]));
    expect(byId.get(reply.id)).toMatchObject({ conversationId: root.id });
    expect(byId.get(reply.id)?.retweet).toBeUndefined();
    expect(byId.get(retweet.id)).toMatchObject({ retweet: true, lang: 'und' });
  });

  it('counts only business and government badges as verified when X says which badge it is', async () => {
    const types = ['blue', 'business', 'government', 'none'] as const;
    for (const [n, verifiedType] of types.entries()) x.fake.addMention({ author: { id: String(50 + n), verifiedType } });

    const { messages } = await fetchMentions(x.client, { userId: x.fake.brand.id });

    expect(messages.map((message) => message.author.verified)).toEqual([false, true, true, false]);
    expect(x.fake.requests[0]?.query['user.fields']).toContain('verified_type');
  });

  it('counts the verification types it is given when the brand configures them', async () => {
    x.fake.addMention({ author: { id: '50', verifiedType: 'blue' } });

    const { messages } = await fetchMentions(x.client, { userId: x.fake.brand.id, verifiedTypes: ['blue'] });

    expect(messages[0]?.author.verified).toBe(true);
  });

  it('carries the post replied to, with its author, when a mention is a reply', async () => {
    const brandPost = x.fake.addMention({ author: { id: x.fake.brand.id }, text: 'Rete giù a Milano: ci lavoriamo & vi aggiorniamo', createdAt: '2026-11-20T08:00:00.000Z' });
    const reply = x.fake.addMention({ text: '@LumoAiuta ancora giù', inReplyToTweetId: brandPost.id });

    const { messages } = await fetchMentions(x.client, { userId: x.fake.brand.id });

    expect(messages.find((message) => message.id === reply.id)?.refersTo).toEqual({
      relation: 'replied_to',
      id: brandPost.id,
      text: 'Rete giù a Milano: ci lavoriamo & vi aggiorniamo',
      authorHandle: 'LumoAiuta',
      at: '2026-11-20T08:00:00.000Z',
    });
  });

  it('carries the quoted post when a mention quotes one, and nothing when it is deleted', async () => {
    const quoted = x.fake.addMention({ author: { id: '77', username: 'giornale' }, text: 'Disservizio Lumo oggi' });
    const gone = x.fake.addMention({ text: 'post cancellato' });
    const quote = x.fake.addMention({ text: '@LumoAiuta è vero?', quoteOf: quoted.id });
    const quoteOfGone = x.fake.addMention({ text: '@LumoAiuta e questo?', quoteOf: gone.id });
    x.fake.deleteTweet(gone.id);

    const { messages } = await fetchMentions(x.client, { userId: x.fake.brand.id });

    const byId = new Map(messages.map((message) => [message.id, message]));
    expect(byId.get(quote.id)?.refersTo).toMatchObject({ relation: 'quoted', id: quoted.id, text: 'Disservizio Lumo oggi', authorHandle: 'giornale' });
    expect(byId.get(quoteOfGone.id)?.refersTo).toBeUndefined();
  });

  it('keeps the pages read when X rate-limits a later page, with where to continue', async () => {
    const ids = Array.from({ length: 250 }, (_, n) => x.fake.addMention({ text: `@LumoAiuta ${n}` }).id);
    const reset = Math.floor(Date.now() / 1_000) + 600;
    x.fake.failNext((request) => request.query.pagination_token !== undefined, { status: 429, headers: { 'x-rate-limit-reset': String(reset) } });

    const result = await fetchMentions(x.client, { userId: x.fake.brand.id });

    expect(result.messages.map((message) => message.id)).toEqual(ids.slice(150));
    expect(result).toMatchObject({ requests: 1, truncated: true, newestId: ids.at(-1), error: { code: 'x_rate_limited' } });
    const continued = await fetchMentions(x.client, { userId: x.fake.brand.id, paginationToken: result.nextToken! });
    expect(continued.messages.map((message) => message.id)).toEqual(ids.slice(0, 150));
  });

  it('uses the whole text of a long post', async () => {
    const long = `@LumoAiuta ${'lunga storia '.repeat(40)}fine`;
    x.fake.addMention({ text: long });

    const { messages } = await fetchMentions(x.client, { userId: x.fake.brand.id });

    expect(messages[0]?.text).toBe(long);
  });

  it('returns the mentions oldest first', async () => {
    const ids = [1, 2, 3].map((n) => x.fake.addMention({ text: `@LumoAiuta domanda ${n}` }).id);

    const { messages } = await fetchMentions(x.client, { userId: x.fake.brand.id });

    expect(messages.map((message) => message.id)).toEqual(ids);
  });

  it('asks only for mentions newer than the cursor when given since_id', async () => {
    const old = x.fake.addMention({ text: '@LumoAiuta vecchia' });
    const fresh = x.fake.addMention({ text: '@LumoAiuta nuova' });

    const result = await fetchMentions(x.client, { userId: x.fake.brand.id, sinceId: old.id });

    expect(result.messages.map((message) => message.id)).toEqual([fresh.id]);
    expect(result.newestId).toBe(fresh.id);
    expect(x.fake.requests[0]?.query).toMatchObject({ since_id: old.id, max_results: '100' });
  });

  it('returns no messages and no cursor when nothing is new', async () => {
    const result = await fetchMentions(x.client, { userId: x.fake.brand.id });

    expect(result).toMatchObject({ messages: [], rejected: [], truncated: false, requests: 1 });
    expect(result.newestId).toBeUndefined();
  });

  it('pages with pagination_token until X has no next page', async () => {
    const ids = Array.from({ length: 230 }, (_, n) => x.fake.addMention({ text: `@LumoAiuta ${n}` }).id);

    const result = await fetchMentions(x.client, { userId: x.fake.brand.id });

    expect(result.messages.map((message) => message.id)).toEqual(ids);
    expect(result).toMatchObject({ requests: 3, truncated: false, newestId: ids.at(-1) });
    expect(x.fake.requests[1]?.query.pagination_token).toEqual(expect.any(String));
  });

  it('stops at the page budget and says the poll was truncated', async () => {
    const ids = Array.from({ length: 250 }, (_, n) => x.fake.addMention({ text: `@LumoAiuta ${n}` }).id);

    const result = await fetchMentions(x.client, { userId: x.fake.brand.id, maxPages: 2 });

    expect(result).toMatchObject({ requests: 2, truncated: true, newestId: ids.at(-1) });
    expect(result.messages.map((message) => message.id)).toEqual(ids.slice(50));
  });

  it('rejects malformed posts with a reason and keeps the others', async () => {
    const good = x.fake.addMention({ text: '@LumoAiuta ok' });
    x.fake.addMention({ raw: { text: undefined } });
    const noAuthor = x.fake.addMention({ raw: { author_id: undefined } });
    x.fake.addMention({ raw: { id: undefined } });
    const last = x.fake.addMention({ text: '@LumoAiuta anche io' });

    const result = await fetchMentions(x.client, { userId: x.fake.brand.id });

    expect(result.messages.map((message) => message.id)).toEqual([good.id, last.id]);
    expect(result.rejected).toEqual(
      expect.arrayContaining([
        { id: expect.any(String), reason: 'text: missing' },
        { id: noAuthor.id, reason: 'author_id: missing' },
        { reason: 'id: missing' },
      ]),
    );
    expect(result.rejected).toHaveLength(3);
  });

  it('moves the cursor past a malformed newest post so it is not read again', async () => {
    x.fake.addMention({ text: '@LumoAiuta ok' });
    const broken = x.fake.addMention({ raw: { text: 42 } });

    const result = await fetchMentions(x.client, { userId: x.fake.brand.id });

    expect(result.newestId).toBe(broken.id);
    expect(result.rejected).toEqual([{ id: broken.id, reason: 'text: missing' }]);
  });

  it('keeps a post whose author X left out of the expansion, with the author id only', async () => {
    const mention = x.fake.addMention({ raw: { author_id: '777' } });

    const { messages } = await fetchMentions(x.client, { userId: x.fake.brand.id });

    expect(messages).toEqual([expect.objectContaining({ id: mention.id, author: { id: '777' } })]);
  });

  it('takes the time from the snowflake id when created_at is missing', async () => {
    // X's docs show this post as created at 2019-12-31T19:26:16 (created_at drops the milliseconds).
    x.fake.addMention({ id: '1212092628029698048', raw: { created_at: undefined } });

    const { messages } = await fetchMentions(x.client, { userId: x.fake.brand.id });

    expect(messages[0]?.at).toBe('2019-12-31T19:26:16.771Z');
  });

  it('reports the rate-limit window of the last page', async () => {
    x.fake.addMention();

    const { rateLimit } = await fetchMentions(x.client, { userId: x.fake.brand.id });

    expect(rateLimit).toEqual({ remaining: expect.any(Number), reset: expect.any(Number) });
    expect(rateLimit?.remaining).toBeGreaterThan(0);
  });

  it('throws a ChannelError when X fails, so the cursor is not advanced', async () => {
    x.fake.failNext({ path: '/2/users/:id/mentions' }, { status: 503 });

    const failure = await fetchMentions(x.client, { userId: x.fake.brand.id }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ChannelError);
    expect(failure).toMatchObject({ code: 'x_unavailable', retryable: true, status: 503 });
  });
});
