import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createXChannel } from '../../../src/channels/twitter/create-x-channel.ts';
import type { CustomerChannel } from '../../../src/core/ports.ts';
import { createXUsageCap } from '../../../src/channels/twitter/x-usage-cap.ts';
import { ChannelError } from '../../../src/errors.ts';
import { aDm, anXMessage, aReply, startXFixture, type XFixture } from './x-fixture.ts';

const NOW_MS = Date.parse('2026-11-20T09:00:00Z');

describe('createXChannel', () => {
  let x: XFixture;
  let channel: CustomerChannel;
  beforeEach(async () => {
    x = await startXFixture();
    channel = createXChannel({ client: x.client, brandUserId: x.fake.brand.id, now: () => NOW_MS });
  });
  afterEach(() => x.close());

  async function failureOf(work: Promise<unknown>): Promise<ChannelError> {
    const failure = await work.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ChannelError);
    return failure as ChannelError;
  }

  describe('replyAddressOf', () => {
    it('points at the post and its author for a mention', () => {
      expect(channel.replyAddressOf(anXMessage({ id: '1860012', author: { id: '42' } }))).toEqual({
        channel: 'twitter',
        data: { kind: 'mention', tweetId: '1860012', authorId: '42' },
      });
    });

    it('points at the participant for a DM', () => {
      expect(channel.replyAddressOf(anXMessage({ kind: 'dm', author: { id: '42' } }))).toEqual({
        channel: 'twitter',
        data: { kind: 'dm', participantId: '42' },
      });
    });
  });

  describe('send', () => {
    it('replies in the thread of a mention with POST /2/tweets', async () => {
      const mention = x.fake.addMention({ author: { id: '42' } });
      const address = channel.replyAddressOf(anXMessage({ id: mention.id, author: { id: '42' } }));

      const delivery = await channel.send(aReply({ to: '42', text: 'Ciao Mario! Dall’app.' }), address);

      expect(x.fake.requests).toEqual([
        expect.objectContaining({
          method: 'POST',
          path: '/2/tweets',
          body: { text: 'Ciao Mario! Dall’app.', reply: { in_reply_to_tweet_id: mention.id } },
          status: 201,
        }),
      ]);
      expect(x.fake.postedTweets).toEqual([expect.objectContaining({ id: delivery.id, text: 'Ciao Mario! Dall’app.' })]);
    });

    it('sends a DM to the author of a mention when the action is a dm', async () => {
      const mention = x.fake.addMention({ author: { id: '42' } });
      const address = channel.replyAddressOf(anXMessage({ id: mention.id, author: { id: '42' } }));

      const delivery = await channel.send(aDm({ to: '42', text: 'Mi scrivi il numero d’ordine?' }), address);

      expect(x.fake.requests).toEqual([
        expect.objectContaining({
          method: 'POST',
          path: '/2/dm_conversations/with/42/messages',
          body: { text: 'Mi scrivi il numero d’ordine?' },
        }),
      ]);
      expect(x.fake.sentDms).toEqual([{ eventId: delivery.id, participantId: '42', conversationId: `42-${x.fake.brand.id}`, text: 'Mi scrivi il numero d’ordine?' }]);
    });

    it('answers a DM conversation with a DM when the action is a reply', async () => {
      const address = channel.replyAddressOf(anXMessage({ kind: 'dm', author: { id: '42' } }));

      await channel.send(aReply({ to: '42', text: 'Ecco il rimborso.' }), address);

      expect(x.fake.requests.map((request) => request.path)).toEqual(['/2/dm_conversations/with/42/messages']);
    });

    it('refuses an address of another channel without calling X', async () => {
      const failure = await failureOf(channel.send(aReply(), { channel: 'botframework', data: { kind: 'mention', tweetId: '1' } }));

      expect(failure).toMatchObject({ code: 'x_address_invalid', retryable: false });
      expect(x.fake.requests).toEqual([]);
    });

    it('refuses to send a DM to the brand itself', async () => {
      const failure = await failureOf(channel.send(aDm({ to: x.fake.brand.id }), { channel: 'twitter', data: { kind: 'dm' } }));

      expect(failure).toMatchObject({ code: 'x_rejected', retryable: false });
      expect(x.fake.requests).toEqual([]);
    });

    it('fails with x_rate_limited and the wait until the reset when X answers 429', async () => {
      const reset = NOW_MS / 1_000 + 90;
      x.fake.failNext({ method: 'POST', path: '/2/tweets' }, { status: 429, headers: { 'x-rate-limit-reset': String(reset) } });
      const mention = x.fake.addMention();

      const failure = await failureOf(channel.send(aReply(), channel.replyAddressOf(anXMessage({ id: mention.id }))));

      expect(failure).toMatchObject({ code: 'x_rate_limited', retryable: true, retryAfterMs: 90_000, status: 429 });
      expect(x.fake.requests.map((request) => request.status)).toEqual([429]);
    });

    it('fails with a retryable x_unavailable when X answers 500', async () => {
      x.fake.failNext({ path: '/2/dm_conversations/with/:id/messages' }, { status: 500 });

      const failure = await failureOf(channel.send(aDm({ to: '42' }), { channel: 'twitter', data: { kind: 'dm', participantId: '42' } }));

      expect(failure).toMatchObject({ code: 'x_unavailable', retryable: true, status: 500 });
      expect(failure.retryAfterMs).toBeUndefined();
    });

    it('fails with a retryable x_unavailable when the connection drops', async () => {
      x.fake.failNext({ path: '/2/tweets' }, { drop: true });
      const mention = x.fake.addMention();

      const failure = await failureOf(channel.send(aReply(), channel.replyAddressOf(anXMessage({ id: mention.id }))));

      expect(failure).toMatchObject({ code: 'x_unavailable', retryable: true });
    });

    it('fails with x_auth_failed naming the settings to fix when X answers 401', async () => {
      x.fake.failNext({ path: '/2/tweets' }, { status: 401 });
      const mention = x.fake.addMention();

      const failure = await failureOf(channel.send(aReply(), channel.replyAddressOf(anXMessage({ id: mention.id }))));

      expect(failure).toMatchObject({ code: 'x_auth_failed', retryable: false, status: 401 });
      for (const name of ['X_API_KEY', 'X_API_SECRET', 'X_ACCESS_TOKEN', 'X_ACCESS_SECRET', 'Read and write and Direct message']) {
        expect(failure.message).toContain(name);
      }
    });

    it('fails with x_target_gone when the post to reply to was deleted', async () => {
      const mention = x.fake.addMention();
      x.fake.deleteTweet(mention.id);

      const failure = await failureOf(channel.send(aReply(), channel.replyAddressOf(anXMessage({ id: mention.id }))));

      expect(failure).toMatchObject({ code: 'x_target_gone', retryable: false, status: 403 });
      expect(failure.message).toContain('deleted or not visible');
      expect(x.fake.postedTweets).toEqual([]);
    });

    it('fails with x_text_too_long when X counts the text over 280', async () => {
      const mention = x.fake.addMention();
      // 141 characters, 282 as X counts them (CJK weighs 2).
      const failure = await failureOf(channel.send(aReply({ text: '你'.repeat(141) }), channel.replyAddressOf(anXMessage({ id: mention.id }))));

      expect(failure).toMatchObject({ code: 'x_text_too_long', retryable: false, status: 400 });
      expect(failure.message).toContain('Your Tweet text is too long');
    });

    it('fails with x_reply_not_allowed when the post neither mentions nor quotes the brand', async () => {
      const unsummoned = x.fake.addMention({ text: 'che disastro questa rete' });

      const failure = await failureOf(channel.send(aReply(), channel.replyAddressOf(anXMessage({ id: unsummoned.id }))));

      expect(failure).toMatchObject({ code: 'x_reply_not_allowed', retryable: false, status: 403 });
      expect(failure.message).toContain('not been mentioned or otherwise engaged');
      expect(x.fake.postedTweets).toEqual([]);
    });

    it('replies to a post that quotes the brand without mentioning it', async () => {
      const brandPost = x.fake.addMention({ author: { id: x.fake.brand.id }, text: 'Nuove offerte' });
      const quote = x.fake.addMention({ text: 'ma davvero?', quoteOf: brandPost.id });

      await channel.send(aReply(), channel.replyAddressOf(anXMessage({ id: quote.id })));

      expect(x.fake.postedTweets).toHaveLength(1);
    });

    it('fails with x_dm_refused when the customer does not accept DMs from the brand', async () => {
      x.fake.addUser({ id: '42', acceptsDms: false });

      const failure = await failureOf(channel.send(aDm({ to: '42' }), { channel: 'twitter', data: { kind: 'dm', participantId: '42' } }));

      expect(failure).toMatchObject({ code: 'x_dm_refused', retryable: false, status: 403 });
      expect(failure.message).toContain('does not accept DMs from the brand');
      expect(x.fake.sentDms).toEqual([]);
    });
  });

  describe('send while X usage cap is reached', () => {
    const log = { info: () => undefined, warn: () => undefined, error: () => undefined };

    it('waits until the handoff time, then fails for good so a person takes the reply', async () => {
      let now = NOW_MS;
      const usageCap = createXUsageCap({ log, handoffAfterMs: 15 * 60_000, now: () => now });
      const capped = createXChannel({ client: x.client, brandUserId: x.fake.brand.id, now: () => now, usageCap });
      const mention = x.fake.addMention();
      const address = capped.replyAddressOf(anXMessage({ id: mention.id }));
      x.fake.capUsage({ method: 'POST' });

      const first = await failureOf(capped.send(aReply(), address));
      now += 10 * 60_000;
      const second = await failureOf(capped.send(aReply(), address));
      now += 5 * 60_000;
      const last = await failureOf(capped.send(aReply(), address));

      expect(first).toMatchObject({ code: 'x_usage_capped', retryable: true, status: 429 });
      expect(first.retryAfterMs).toBeLessThanOrEqual(15 * 60_000);
      expect(second).toMatchObject({ code: 'x_usage_capped', retryable: true, retryAfterMs: 5 * 60_000 });
      expect(last).toMatchObject({ code: 'x_usage_capped', retryable: false, retryAfterMs: undefined });
      expect(usageCap.cappedSince('write')).toBe(NOW_MS);

      // A read that works says nothing about writes; a write that works lifts the cap.
      await capped.findDelivered!(aReply(), address, new Date(0).toISOString());
      expect(usageCap.cappedSince('write')).toBe(NOW_MS);
      x.fake.uncapUsage();
      await capped.send(aReply(), address);
      expect(usageCap.cappedSince()).toBeUndefined();
    });
  });

  describe('findDelivered', () => {
    it('finds the brand reply to a post and nothing for a post not answered yet', async () => {
      const answered = x.fake.addMention({ text: '@LumoAiuta come ricarico?', author: { id: '1002' } });
      const waiting = x.fake.addMention({ text: '@LumoAiuta e il roaming?', author: { id: '1003' } });
      const sent = await channel.send(aReply(), { channel: 'twitter', data: { kind: 'mention', tweetId: answered.id, authorId: '1002' } });
      const since = new Date(0).toISOString();
      await expect(
        channel.findDelivered!(aReply(), { channel: 'twitter', data: { kind: 'mention', tweetId: answered.id, authorId: '1002' } }, since),
      ).resolves.toEqual(sent);
      await expect(
        channel.findDelivered!(aReply(), { channel: 'twitter', data: { kind: 'mention', tweetId: waiting.id, authorId: '1003' } }, since),
      ).resolves.toBeUndefined();
      expect(x.fake.requests.some((r) => r.path === `/2/users/${x.fake.brand.id}/tweets`)).toBe(true);
    });

    it('finds a DM with the same text sent since the customer wrote, and not another one', async () => {
      const address = { channel: 'twitter', data: { kind: 'dm', participantId: '1002' } };
      const since = new Date(Date.now() - 60_000).toISOString();
      const sent = await channel.send(aDm({ text: 'Ciao, mi scrivi il numero d’ordine? https://lumo.example/ordini' }), address);
      await expect(channel.findDelivered!(aDm({ text: 'Ciao, mi scrivi il numero d’ordine? https://lumo.example/ordini' }), address, since)).resolves.toEqual(sent);
      await expect(channel.findDelivered!(aDm({ text: 'Un altro messaggio' }), address, since)).resolves.toBeUndefined();
      expect(x.fake.requests.some((r) => r.path === '/2/dm_conversations/with/1002/dm_events')).toBe(true);
    });
  });
});
