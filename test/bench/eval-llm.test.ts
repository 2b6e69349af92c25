// `npm run eval:llm` runs against a real endpoint, never in CI; this runs its report against the
// local fake OpenAI API with a faithful model and a few made-up posts (the dataset texts may not
// be copied), so the report's counting is checked on the real wire.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalLlm } from '../../bench/eval-llm.ts';
import type { RealPost } from '../../bench/read-real-posts.ts';
import type { BenchTable } from '../../bench/table.ts';
import { ConfigError } from '../../src/errors.ts';
import { FAKE_API_KEY, startFakeOpenAiApi, type FakeOpenAiApi } from '../support/fake-openai-api.ts';
import { createRecordingLog } from '../support/recording-log.ts';
import { faithfulModel } from '../support/scripted-models.ts';

const posts: RealPost[] = [
  {
    label: { source: 'twcs', id: '1', split: 'dev', action: 'handoff', minPriority: 'normal', thanks: false, topic: 'fault', lang: 'en' },
    text: '@Brand my internet has been down since yesterday and nobody answers the phone',
    brand: 'Brand',
  },
  {
    label: { source: 'twcs', id: '2', split: 'dev', action: 'answer', thanks: false, topic: 'info', lang: 'en', entry: 'orari-assistenza' },
    text: '@Brand what are your support hours?',
    brand: 'Brand',
  },
];

function table(tables: BenchTable[], title: RegExp): BenchTable {
  const found = tables.find((candidate) => title.test(candidate.title));
  if (found === undefined) throw new Error(`no table ${title}`);
  return found;
}

describe('evalLlm', () => {
  let api: FakeOpenAiApi;
  beforeAll(async () => {
    api = await startFakeOpenAiApi({ chat: faithfulModel });
  });
  afterAll(() => api.close());

  it('says which variables to set when no model is configured', async () => {
    const run = evalLlm({ env: { OPENAI_BASE_URL: api.baseUrl }, log: createRecordingLog().log, readPosts: () => posts });
    await expect(run).rejects.toThrow(ConfigError);
    await expect(run).rejects.toThrow(/PRONTO_LLM_MODEL.*OPENAI_BASE_URL.*OPENAI_API_KEY/su);
  });

  it('says the endpoint cannot be reached when nothing answers at OPENAI_BASE_URL', async () => {
    const env = { PRONTO_LLM_MODEL: 'gpt-fake-mini', OPENAI_BASE_URL: 'http://127.0.0.1:1/v1', OPENAI_API_KEY: FAKE_API_KEY };
    await expect(evalLlm({ env, log: createRecordingLog().log, readPosts: () => posts })).rejects.toThrow(/cannot reach http:\/\/127\.0\.0\.1:1\/v1/u);
  });

  it('reports requests, rejections, valid citations, drafts, latency and tokens when a model answers', async () => {
    const env = { PRONTO_LLM_MODEL: 'gpt-fake-mini', OPENAI_BASE_URL: api.baseUrl, OPENAI_API_KEY: FAKE_API_KEY, PRONTO_KNOWLEDGE_DIR: '/nowhere' };
    const tables = await evalLlm({ env, log: createRecordingLog().log, limit: 6, readPosts: () => posts });
    const sent = api.chatRequests().length;
    expect(sent).toBeGreaterThan(0);

    const requests = table(tables, /model requests/u).rows;
    expect(requests.map((row) => row.slice(0, 3))).toEqual([
      ['kb-eval', 6, 'grounded_answer'],
      ['kb-eval', 6, 'handoff_draft'],
      ['real posts', 2, 'grounded_answer'],
      ['real posts', 2, 'handoff_draft'],
    ]);
    expect(requests.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(sent);
    expect(requests.every((row) => row[6] === '0')).toBe(true);

    const citations = table(tables, /Citations/u).rows;
    expect(citations[0]).toEqual(['kb-eval', expect.any(Number), '100.0%', '100.0%', expect.any(Number), expect.stringMatching(/^\d+ of \d+$/u), 0]);
    expect(Number(citations[0]![4])).toBeGreaterThan(0);

    const decisions = table(tables, /Real posts/u).rows;
    expect(decisions.map((row) => [row[0], row[1], row[4]])).toEqual([
      ['offline (templates)', 2, 1],
      ['LLM composer', 2, 1],
    ]);
    expect(decisions[1]![5]).toBe(1);

    const cost = table(tables, /latency and tokens/u).rows[0]!;
    expect(cost[0]).toBe(sent);
    expect(Number(cost[5])).toBeGreaterThan(0);
    expect(Number(cost[6])).toBeGreaterThan(0);
  });
});
