import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeMatch } from '../../src/core/model.ts';
import { hybridRank } from '../../src/knowledge/create-semantic-ranker.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { startFakeOpenAiApi, type FakeOpenAiApi, type ScriptedModel } from '../support/fake-openai-api.ts';
import { createRecordingLog } from '../support/recording-log.ts';
import { entriesIn, firstSentence, replyFor } from '../support/scripted-models.ts';
import { aMention, startLlmPronto } from '../llm/llm-scenario.ts';

const match = (id: string, confidence: number): KnowledgeMatch => ({ id, score: confidence, confidence });
const options = { minSimilarity: 0.5, floor: 0.25 };

describe('hybridRank', () => {
  it('offers an entry close in meaning at the band\'s floor when the words missed it, and never higher', () => {
    const ranked = hybridRank([match('apn', 0.9), match('roaming', 0.1)], new Map([['roaming', 0.8], ['apn', 0.2], ['top-up', 0.7]]), options);
    expect(ranked.map(({ id, confidence }) => [id, confidence])).toEqual([
      ['apn', 0.9],
      ['roaming', 0.25],
      ['top-up', 0.25],
    ]);
  });

  it('keeps the lexical confidences when no entry is close enough in meaning', () => {
    const matches = [match('apn', 0.4), match('roaming', 0.1)];
    expect(hybridRank(matches, new Map([['roaming', 0.49], ['top-up', 0.3]]), options)).toEqual(matches);
  });

  it('orders entries of equal confidence by both rankings together', () => {
    const ranked = hybridRank([match('a', 0.25), match('b', 0.25), match('c', 0.25)], new Map([['a', 0.1], ['b', 0.4], ['c', 0.3]]), options);
    expect(ranked.map(({ id }) => id)).toEqual(['b', 'a', 'c']);
  });
});

/** Vectors by topic: the top-up entry and a paraphrase of it point one way, everything else another. */
function topicVector(text: string): number[] {
  return /top up my lumo sim|ricaricare la sim lumo|put money on my/iu.test(text) ? [1, 0, 0.1] : [0, 1, 0.1];
}

/** Answers from the top-up entry when it was offered, else says the entries do not answer. */
const answerFromTopUp: ScriptedModel = (request) => {
  const entry = entriesIn(request).find((offered) => offered.id === 'ricarica');
  if (request.schemaName !== 'grounded_answer' || entry === undefined) return { json: { status: 'insufficient_context', answer: '', citations: [] } };
  const quote = firstSentence(entry.body);
  return replyFor(request, quote, [{ id: 'ricarica', quote }]);
};

describe('createSemanticRanker in the responder', () => {
  let api: FakeOpenAiApi;
  beforeAll(async () => {
    api = await startFakeOpenAiApi({ embed: topicVector, chat: answerFromTopUp });
  });
  afterAll(() => api.close());

  const env = (baseUrl: string) => ({ PRONTO_EMBEDDINGS_MODEL: 'embed-fake', OPENAI_BASE_URL: baseUrl });
  const question = 'Can I put money on my Lumo number from the app?';

  it('offers the entry the words missed to the model, which answers from it, and keeps the vectors in the store', async () => {
    const store = createMemoryStore();
    const embeddings = () => api.requests.filter((request) => request.path === '/v1/embeddings');
    const embeddingsBefore = embeddings().length;
    const first = await startLlmPronto(api, { env: env(api.baseUrl), store });
    const { actions, explanation } = await first.pronto.responder.explain(aMention(question));
    expect(explanation?.plan).toEqual([expect.objectContaining({ do: 'answer-if-grounded', entryIds: expect.arrayContaining(['ricarica']) })]);
    expect(actions).toEqual([expect.objectContaining({ type: 'reply', sources: ['ricarica'], text: expect.stringMatching(/^Hi Mario! You can top up in a few seconds/u) })]);

    // Every answer entry's translations were embedded once, then the question.
    const firstRun = embeddings().slice(embeddingsBefore).map((request) => (request.body as { input: string[] | string }).input);
    expect(firstRun.slice(0, -1).flat()).toHaveLength(first.pronto.entries().filter((entry) => entry.kind === 'answer').length);
    expect(firstRun.at(-1)).toEqual(question);
    await first.pronto.close();

    // A restart with the same store embeds only the question: the entries' vectors are kept.
    const restart = embeddings().length;
    const second = await startLlmPronto(api, { env: env(api.baseUrl), store });
    await second.pronto.responder.explain(aMention(question));
    expect(embeddings().slice(restart).map((request) => (request.body as { input: string }).input)).toEqual([question]);
    await second.pronto.close();
  });

  it('asks for no embedding while an agent owns the conversation: the bot stays quiet anyway', async () => {
    const embeddings = () => api.requests.filter((request) => request.path === '/v1/embeddings');
    const { pronto } = await startLlmPronto(api, { env: env(api.baseUrl), store: createMemoryStore() });
    await pronto.responder.explain(aMention('warm-up: the entries are embedded now'));
    const before = embeddings().length;
    const { actions } = await pronto.responder.explain(aMention(question), { mode: 'with_agent', customerPosts: 1, updatedAt: new Date().toISOString() });
    expect(actions).toEqual([expect.objectContaining({ type: 'ignore', reasons: ['agent-owns-conversation'] })]);
    expect(embeddings().length).toBe(before);
    await pronto.close();
  });

  it('ranks lexically, and says why once, when the embeddings endpoint fails', async () => {
    const log = createRecordingLog();
    const scenario = await startLlmPronto(api, { env: { ...env(api.baseUrl), PRONTO_EMBEDDINGS_MODEL: 'embed-unknown' }, log: log.log });
    const { explanation } = await scenario.pronto.responder.explain(aMention(question));
    expect(explanation?.plan).toEqual([expect.objectContaining({ do: 'answer-if-grounded', entryIds: expect.not.arrayContaining(['ricarica']) })]);
    expect(log.events()).toContain('knowledge.embeddings_failed');
    await scenario.pronto.close();
  });

  it('ranks lexically within a fifth of the model\'s timeout when the question\'s vector is late', async () => {
    let release = () => {};
    const late = new Promise<void>((resolve) => (release = resolve));
    const slow = await startFakeOpenAiApi({ chat: answerFromTopUp, embed: async (text) => (text === question ? late.then(() => topicVector(text)) : topicVector(text)) });
    const log = createRecordingLog();
    const timeoutMs = 2_000;
    const scenario = await startLlmPronto(slow, { env: { ...env(slow.baseUrl), PRONTO_LLM_TIMEOUT_MS: String(timeoutMs) }, log: log.log });
    try {
      const started = performance.now();
      const { explanation } = await scenario.pronto.responder.explain(aMention(question));
      // The model answers at once here: the whole message takes the vector's share and little more.
      expect(performance.now() - started).toBeLessThan(timeoutMs / 2);
      expect(explanation?.plan).toEqual([expect.objectContaining({ entryIds: expect.not.arrayContaining(['ricarica']) })]);
      expect(log.events()).toContain('knowledge.query_embedding_failed');
    } finally {
      release();
      await scenario.pronto.close();
      await slow.close();
    }
  });
});
