import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchMentions } from '../../../src/channels/twitter/fetch-mentions.ts';
import { normalizeWebhookEvents } from '../../../src/channels/twitter/normalize-webhook-events.ts';
import { resolveWebhookReplies } from '../../../src/channels/twitter/resolve-webhook-replies.ts';
import { createRequestBudget } from '../../../src/channels/twitter/request-budget.ts';
import { createRecordingLog } from '../../support/recording-log.ts';
import { startXFixture, type XFixture } from './x-fixture.ts';

const VERIFIED_TYPES = ['business', 'government'];

describe('resolveWebhookReplies', () => {
  let x: XFixture;
  beforeEach(async () => {
    x = await startXFixture();
  });
  afterEach(() => x.close());

  /** The webhook body X would send for these posts, normalized. */
  function webhookEvents(...ids: string[]) {
    const bodies = ids.map((id) => x.fake.accountActivityEvent(id));
    const body = { for_user_id: x.fake.brand.id, tweet_create_events: bodies.flatMap((b) => b.tweet_create_events as unknown[]) };
    return normalizeWebhookEvents(body, { brandUserId: x.fake.brand.id, verifiedTypes: VERIFIED_TYPES });
  }

  /** A customer's post, the brand's answer, and the customer's follow-up to that answer. */
  function aThread() {
    const root = x.fake.addMention({ text: '@LumoAiuta la fibra non va', author: { id: '42', username: 'mrossi' } });
    const answer = x.fake.addMention({ text: '@mrossi Ci dispiace! Ti scriviamo in privato', author: { id: x.fake.brand.id }, inReplyToTweetId: root.id });
    const followUp = x.fake.addMention({ text: '@LumoAiuta ancora niente', author: { id: '42' }, inReplyToTweetId: answer.id });
    return { root, answer, followUp };
  }

  function deps(budget = createRequestBudget(60, Date.now)) {
    const recording = createRecordingLog();
    return { recording, budget, resolve: { client: x.client, budget, verifiedTypes: VERIFIED_TYPES, log: recording.log } };
  }

  it('gives a webhook reply the conversation polling gives it, with the post it answers', async () => {
    const { root, answer, followUp } = aThread();
    const { budget, resolve } = deps();

    const resolved = await resolveWebhookReplies(webhookEvents(followUp.id), resolve);
    const polled = await fetchMentions(x.client, { userId: x.fake.brand.id });

    expect(resolved.messages).toEqual([
      expect.objectContaining({
        id: followUp.id,
        conversationId: root.id,
        refersTo: expect.objectContaining({ relation: 'replied_to', id: answer.id, text: '@mrossi Ci dispiace! Ti scriviamo in privato', authorHandle: 'LumoAiuta' }),
      }),
    ]);
    expect(polled.messages.find((message) => message.id === followUp.id)?.conversationId).toBe(resolved.messages[0]?.conversationId);
    expect(resolved.deferred).toBe(0);
    expect(budget.remaining()).toBe(59);
    expect(x.fake.requests.map((request) => `${request.method} ${request.path}`)).toContain(`GET /2/tweets/${followUp.id}`);
  });

  it('queues posts that start their own thread without asking X', async () => {
    const root = x.fake.addMention({ text: '@LumoAiuta ciao' });

    const resolved = await resolveWebhookReplies(webhookEvents(root.id), deps().resolve);

    expect(resolved.messages).toEqual([expect.objectContaining({ id: root.id, conversationId: root.id })]);
    expect(x.fake.requests).toEqual([]);
  });

  it('leaves replies to the poller when the request budget keeps only a poll round', async () => {
    const { followUp } = aThread();
    const { resolve, recording } = deps(createRequestBudget(2, Date.now));

    const resolved = await resolveWebhookReplies(webhookEvents(followUp.id), resolve);

    expect(resolved).toMatchObject({ messages: [], deferred: 1 });
    expect(x.fake.requests).toEqual([]);
    expect(recording.lines).toContainEqual(expect.objectContaining({ msg: 'x.webhook_reply_left_to_poller', id: followUp.id, reason: 'request budget spent' }));
  });

  it('leaves replies to the poller when X fails, and asks no more once X rate-limits', async () => {
    const first = aThread().followUp;
    const second = x.fake.addMention({ text: '@LumoAiuta e io?', inReplyToTweetId: first.id });
    const third = x.fake.addMention({ text: '@LumoAiuta anche io', inReplyToTweetId: first.id });
    x.fake.failNext({ path: `/2/tweets/${first.id}` }, { status: 503 });
    x.fake.failNext({ path: `/2/tweets/${second.id}` }, { status: 429 });

    const resolved = await resolveWebhookReplies(webhookEvents(first.id, second.id, third.id), deps().resolve);

    expect(resolved).toMatchObject({ messages: [], deferred: 3 });
    expect(x.fake.requests.map((request) => request.path)).toEqual([`/2/tweets/${first.id}`, `/2/tweets/${second.id}`]);
  });

  it('leaves a reply X no longer shows (deleted since) to nobody but the log', async () => {
    const { followUp } = aThread();
    const events = webhookEvents(followUp.id);
    x.fake.deleteTweet(followUp.id);

    const resolved = await resolveWebhookReplies(events, deps().resolve);

    expect(resolved).toMatchObject({ messages: [], deferred: 1 });
  });
});
