// The live service with a model: X in, the model's checked text out, the Slack card saying who
// wrote the draft, and the LLM series on /metrics.
import { afterEach, describe, expect, it } from 'vitest';
import { startService } from '../../src/service/create-service.ts';
import { loadServiceConfig } from '../../src/service-config.ts';
import { startFakeXApi } from '../support/fake-x-api.ts';
import { startFakeSlackApi } from '../support/fake-slack-api.ts';
import { FAKE_API_KEY, startFakeOpenAiApi } from '../support/fake-openai-api.ts';
import { blockActionPayload, postToSlackEndpoint } from '../support/slack-requests.ts';
import { createRecordingLog } from '../support/recording-log.ts';
import { ROOT } from '../support/run-pronto.ts';
import { entriesIn, faithfulModel, firstSentence, replyFor } from '../support/scripted-models.ts';

const SIGNING_SECRET = 'test-signing-secret';
const HANDOFFS = 'C0HANDOFFS';
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('the service with a model', () => {
  it('posts the model\'s checked answer, shows its draft in Slack with its author, and counts both on /metrics', async () => {
    const x = await startFakeXApi({ brand: { id: '1000', username: 'LumoAiuta', name: 'Lumo' } });
    const slack = await startFakeSlackApi({ channels: [HANDOFFS] });
    const openai = await startFakeOpenAiApi({ chat: faithfulModel });
    cleanups.push(() => x.close(), () => slack.close(), () => openai.close());
    const recording = createRecordingLog();
    const service = await startService(
      loadServiceConfig(
        {
          X_API_KEY: 'k', X_API_SECRET: 's', X_ACCESS_TOKEN: 't', X_ACCESS_SECRET: 'u',
          X_API_BASE_URL: x.baseUrl,
          X_POLL_INTERVAL_MS: '3600000',
          PORT: '0',
          SLACK_BOT_TOKEN: 'xoxb-test',
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_HANDOFF_CHANNEL: HANDOFFS,
          SLACK_API_URL: slack.baseUrl,
          PRONTO_LLM_MODEL: 'gpt-fake-mini',
          OPENAI_BASE_URL: openai.baseUrl,
          OPENAI_API_KEY: FAKE_API_KEY,
        },
        ROOT,
      ),
      recording.log,
    );
    cleanups.push(() => service.stop());
    // The first poll sets the cursor; only mentions after it are answered.
    await x.waitFor((f) => f.requests.some((r) => r.path === '/2/dm_events' && r.status !== undefined));

    // An answer the model grounds, one it makes up (rejected: the entry's own text goes out), a complaint.
    openai.queueChat({ json: { status: 'answered', answer: 'Puoi ricaricare dall\'app Lumo con carta o PayPal.', citations: [{ id: 'ricarica', quote: 'con carta o PayPal' }] } });
    x.addMention({ text: '@LumoAiuta come faccio a ricaricare la sim?', lang: 'it', author: { id: '41', name: 'Anna Neri' } });
    await service.pollXOnce!();
    await x.waitFor((f) => f.postedTweets.length === 1);
    expect(x.postedTweets[0]!.text).toBe('Ciao Anna! Puoi ricaricare dall\'app Lumo con carta o PayPal. https://lumo.example/ricarica');

    openai.setChat((request) => {
      const [entry] = entriesIn(request);
      if (request.schemaName !== 'grounded_answer' || entry === undefined) return faithfulModel(request);
      const quote = firstSentence(entry.body);
      return replyFor(request, 'Solo oggi, se scrivi entro le 22:00, hai il 50% di sconto!', [{ id: entry.id, quote }]);
    });
    x.addMention({ text: '@LumoAiuta a che ora risponde l\'assistenza?', lang: 'it', author: { id: '42', name: 'Bruno Neri' } });
    await service.pollXOnce!();
    await x.waitFor((f) => f.postedTweets.length === 2);
    expect(x.postedTweets[1]!.text).toMatch(/^Ciao Bruno! Gli orari dell'assistenza: .*dalle 8:00 alle 22:00\./u);

    const author = { id: '45', name: 'Giulia Bianchi' };
    x.addMention({ text: '@LumoAiuta la fibra non funziona da tre giorni!', lang: 'it', author });
    await service.pollXOnce!();
    await slack.waitFor((f) => f.messages.some((m) => m.channel === HANDOFFS && !m.thread_ts));
    const card = slack.messages.find((m) => m.channel === HANDOFFS && !m.thread_ts)!;
    expect(JSON.stringify(card.blocks)).toContain('*Draft (public reply)* · written by the model `gpt-fake-mini`');
    const ticket = /"action_id":"pronto_send_draft"[^}]*"value":"([^"]+)"/.exec(JSON.stringify(card.blocks))?.[1];
    const posted = x.postedTweets.length;
    await postToSlackEndpoint(`http://127.0.0.1:${service.port}/slack/events`, {
      ...blockActionPayload({ action_id: 'pronto_send_draft', value: ticket!, user: 'U0AGENT', channel: HANDOFFS }),
      signingSecret: SIGNING_SECRET,
    });
    await x.waitFor((f) => f.postedTweets.length > posted);
    await recording.waitForEvent('desk.agent_reply_sent');
    expect(x.postedTweets.at(-1)!.text).toBe('Ciao Giulia! Ci dispiace per il disagio: stiamo verificando la tua situazione e ti aggiorniamo qui al più presto.');

    const metrics = await (await fetch(`http://127.0.0.1:${service.port}/metrics`)).text();
    expect(metrics).toMatch(/pronto_llm_requests_total\{task="grounded_answer",outcome="accepted"\} 1/);
    expect(metrics).toMatch(/pronto_llm_requests_total\{task="grounded_answer",outcome="rejected"\} 1/);
    expect(metrics).toMatch(/pronto_llm_requests_total\{task="handoff_draft",outcome="accepted"\} 1/);
    expect(metrics).toMatch(/pronto_llm_rejections_total\{task="grounded_answer",check="claims"\} 1/);
    expect(metrics).toMatch(/pronto_llm_request_seconds_count\{task="grounded_answer"\} 2/);
    expect(metrics).toMatch(/pronto_llm_tokens_total\{task="handoff_draft",direction="in"\} [1-9]\d*/);
    expect(metrics).toMatch(/pronto_llm_tokens_total\{task="handoff_draft",direction="out"\} [1-9]\d*/);
    expect(metrics).toMatch(/pronto_drafts_sent_total\{edited="false",composer="gpt-fake-mini"\} 1/);
  });
});
