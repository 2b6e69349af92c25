import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_API_KEY, startFakeOpenAiApi, type FakeOpenAiApi } from '../support/fake-openai-api.ts';
import { runPronto } from '../support/run-pronto.ts';
import { faithfulModel } from '../support/scripted-models.ts';

describe('pronto --composer', () => {
  let api: FakeOpenAiApi;
  let env: Record<string, string>;
  beforeAll(async () => {
    api = await startFakeOpenAiApi({ chat: faithfulModel });
    env = { PRONTO_LLM_MODEL: 'gpt-fake-mini', OPENAI_BASE_URL: api.baseUrl, OPENAI_API_KEY: FAKE_API_KEY };
  });
  afterAll(() => api.close());

  it('asks the configured model when kb ask runs with --composer llm', async () => {
    const before = api.chatRequests().length;
    const run = await runPronto(['kb', 'ask', '--composer', 'llm', '--handle', 'LumoAiuta', 'come faccio a ricaricare la sim?'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("public reply: Ciao! Puoi ricaricare in pochi secondi dall'app Lumo o su lumo.example/ricarica con carta o PayPal, anche per un altro numero Lumo. https://lumo.example/ricarica");
    expect(api.chatRequests().length).toBe(before + 1);
  });

  it('writes with the templates alone when --composer offline overrides a configured model', async () => {
    const before = api.requests.length;
    const run = await runPronto(['kb', 'ask', '--composer', 'offline', '--handle', 'LumoAiuta', 'come faccio a ricaricare la sim?'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('La ricarica minima è di 5 €.');
    expect(api.requests.length).toBe(before);
  });

  it('says what to set when --composer llm is asked for without a model', async () => {
    const run = await runPronto(['kb', 'ask', '--composer', 'llm', 'come ricarico?']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--composer llm needs a model: set PRONTO_LLM_MODEL/);
  });

  it('replays every message offline and says why on stderr when the endpoint is unreachable', async () => {
    const gone = await startFakeOpenAiApi();
    await gone.close();
    const stdin = `${JSON.stringify({ id: '1', channel: 'twitter', kind: 'mention', conversationId: '1', author: { id: '42', name: 'Mario Rossi' }, text: '@LumoAiuta come faccio a ricaricare la sim?', at: '2026-11-20T09:00:00Z' })}\n`;
    const run = await runPronto(['replay', '--composer', 'llm', '--handle', 'LumoAiuta', '-'], { env: { ...env, OPENAI_BASE_URL: gone.baseUrl }, stdin });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^pronto: llm\.endpoint_unreachable \{"baseUrl":"http:\/\/127\.0\.0\.1:\d+\/v1","model":"gpt-fake-mini",.*"fix":"check OPENAI_BASE_URL/m);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ type: 'reply', sources: ['ricarica'], text: expect.stringContaining('La ricarica minima è di 5 €.') });
  });
});
