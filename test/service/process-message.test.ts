// One queued message end to end with the real responder and the memory store; a recording
// channel stands in for X (the X service tests cover the real wire).
import { describe, expect, it } from 'vitest';
import { createPronto } from '../../src/app.ts';
import type { DmAction, InboundMessage, ReplyAction } from '../../src/core/model.ts';
import type { CustomerChannel } from '../../src/core/ports.ts';
import { ChannelError } from '../../src/errors.ts';
import { loadServiceConfig } from '../../src/service-config.ts';
import { createLogAgentDesk } from '../../src/service/log-agent-desk.ts';
import { createMetrics } from '../../src/service/metrics.ts';
import { processMessage, type RunInfo } from '../../src/service/process-message.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { aMessage } from '../support/builders.ts';
import { createRecordingLog } from '../support/recording-log.ts';
import { ROOT } from '../support/run-pronto.ts';

/** A channel that records what it sends and fails the sends a test asks it to. */
function createRecordingChannel(failNext: Partial<Record<'reply' | 'dm', ChannelError>> = {}) {
  const sent: (ReplyAction | DmAction)[] = [];
  const channel: CustomerChannel = {
    id: 'twitter',
    replyAddressOf: (message) => ({ channel: 'twitter', data: { tweet: message.id, author: message.author.id } }),
    async send(action) {
      const failure = failNext[action.type];
      if (failure) {
        delete failNext[action.type];
        throw failure;
      }
      sent.push(action);
      return { id: `sent-${sent.length}` };
    },
  };
  return { channel, sent };
}

async function setUp(channel: CustomerChannel) {
  const { log, lines } = createRecordingLog();
  const config = loadServiceConfig({ PORT: '0', PRONTO_BRAND_HANDLES: 'LumoAiuta' }, ROOT);
  const store = createMemoryStore();
  const pronto = await createPronto({ config, log, store, decisions: store });
  const metrics = createMetrics();
  const deps = {
    responder: pronto.responder,
    deliveries: store,
    channels: new Map([['twitter', channel]]),
    desk: createLogAgentDesk(log),
    metrics,
    log,
    now: Date.now,
    deliveryHoldMs: 60_000,
  };
  const run = (message: InboundMessage, info: RunInfo) => processMessage(deps, message, info);
  const scrape = async (pattern: RegExp) => Number(pattern.exec(await metrics.registry.metrics())?.[1] ?? 0);
  return { run, scrape, store, lines, close: () => pronto.close() };
}

describe('processMessage', () => {
  it('counts an ignore once when the message runs again after a redelivery', async () => {
    const { channel } = createRecordingChannel();
    const { run, scrape, close } = await setUp(channel);
    const retweet = aMessage({ id: 'rt1', retweet: true });
    expect(await run(retweet, { failures: 0, resumed: false })).toEqual({ status: 'done' });
    expect(await run(retweet, { failures: 0, resumed: true })).toEqual({ status: 'done' });
    expect(await scrape(/pronto_actions_total\{channel="twitter",type="ignore"\} (\d+)/)).toBe(1);
    await close();
  });

  it('observes the first response time once when a later action of the message is retried', async () => {
    const { channel, sent } = createRecordingChannel({ dm: new ChannelError('x_rate_limited', 'rate limited', { retryAfterMs: 1 }) });
    const { run, scrape, close } = await setUp(channel);
    const refund = aMessage({ id: 'refund1', text: '@LumoAiuta mi avete addebitato due volte la ricarica, rivoglio i soldi', lang: 'it' });
    expect(await run(refund, { failures: 0, resumed: false })).toMatchObject({ status: 'retry' });
    expect(await run(refund, { failures: 0, resumed: true })).toEqual({ status: 'done' });
    expect(sent.map((action) => action.type)).toEqual(['reply', 'dm']);
    expect(await scrape(/pronto_first_response_seconds_count\{channel="twitter"\} (\d+)/)).toBe(1);
    expect(await scrape(/pronto_actions_total\{channel="twitter",type="reply"\} (\d+)/)).toBe(1);
    await close();
  });

  it("hands the bot's DM to a person as a DM draft, with a summary, when X refuses it for good", async () => {
    const refused = new ChannelError('x_forbidden', 'the customer does not accept DMs', { retryable: false });
    const { channel } = createRecordingChannel({ dm: refused });
    const { run, lines, close } = await setUp(channel);
    const refund = aMessage({ id: 'refund1', text: '@LumoAiuta mi avete addebitato due volte la ricarica, rivoglio i soldi', lang: 'it' });
    expect(await run(refund, { failures: 0, resumed: false })).toEqual({ status: 'done' });
    const handoffs = lines.filter((line) => line.msg === 'handoff.opened');
    const failed = handoffs.find((line) => (line.reasons as string[]).includes('delivery-failed'));
    expect(failed).toMatchObject({
      reasons: ['delivery-failed', 'x_forbidden'],
      draftFor: 'dm',
      draftBy: 'templates',
      summary: "Bot's reply not delivered: «mi avete addebitato due volte la ricarica, rivoglio i soldi» · 80 followers · it",
    });
    // The draft is the DM the bot meant to send, not the public acknowledgement nor the agent's own draft.
    const decided = handoffs.find((line) => line !== failed);
    expect(failed?.draft).toMatch(/^Ciao Mario! /);
    expect(failed?.draft).not.toContain('proseguiamo in un messaggio privato');
    expect(failed?.draft).not.toBe(decided?.draft);
    await close();
  });

  it('keeps what the bot sent in the conversation history once, and nothing that failed', async () => {
    const { channel } = createRecordingChannel({ dm: new ChannelError('x_rate_limited', 'rate limited', { retryAfterMs: 1 }) });
    const { run, store, close } = await setUp(channel);
    const refund = aMessage({ id: 'refund1', text: '@LumoAiuta mi avete addebitato due volte la ricarica, rivoglio i soldi', lang: 'it' });
    await run(refund, { failures: 0, resumed: false });
    expect((await store.loadTurns('twitter:c1')).map((turn) => [turn.from, turn.kind])).toEqual([
      ['customer', undefined],
      ['bot', 'reply'],
    ]);
    await run(refund, { failures: 0, resumed: true });
    expect((await store.loadTurns('twitter:c1')).map((turn) => [turn.from, turn.kind])).toEqual([
      ['customer', undefined],
      ['bot', 'reply'],
      ['bot', 'dm'],
    ]);
    await close();
  });
});
