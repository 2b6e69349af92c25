import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPronto, type Pronto } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Action, HandoffAction, InboundMessage } from '../../src/core/model.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { startFakeOpenAiApi, type FakeChatReply, type FakeOpenAiApi } from '../support/fake-openai-api.ts';
import { createRecordingLog } from '../support/recording-log.ts';
import { customerMessageIn, entriesIn, faithfulModel, firstSentence, replyFor } from '../support/scripted-models.ts';
import { aMention, countsOf, MODEL, ROOT, startLlmPronto, type LlmScenario } from './llm-scenario.ts';

const CLOCK = { now: () => new Date('2026-11-18T09:30:00Z') };
const silent = { info() {}, warn() {}, error() {} };

let offline: Pronto;
/** What the offline composer does with the same message: the fallback every rejection must give. */
async function offlineActions(message: InboundMessage): Promise<Action[]> {
  return (await offline.responder.explain(message)).actions;
}

const handoffOf = (actions: Action[]) => actions.find((action): action is HandoffAction => action.type === 'handoff');
const textOf = (action: Action | undefined) => (action?.type === 'reply' || action?.type === 'dm' ? action.text : undefined);

beforeAll(async () => {
  offline = await createPronto({ config: loadConfig({ PRONTO_BRAND_HANDLES: 'LumoAiuta' }, ROOT), log: silent, clock: CLOCK });
});
afterAll(() => offline.close());

describe('createLlmComposer', () => {
  let api: FakeOpenAiApi;
  let scenario: LlmScenario;
  beforeAll(async () => {
    api = await startFakeOpenAiApi({ chat: faithfulModel });
    scenario = await startLlmPronto(api);
  });
  afterAll(async () => {
    await scenario.pronto.close();
    await api.close();
  });
  afterEach(() => api.setChat(faithfulModel));

  describe('grounded answers', () => {
    it('answers with the model\'s text when it is grounded in the matched entry, sending the entry as [id] title and body', async () => {
      const before = api.chatRequests().length;
      const { actions } = await scenario.pronto.responder.handle(aMention('come faccio a ricaricare la sim?'));
      expect(actions).toEqual([
        expect.objectContaining({
          type: 'reply',
          lang: 'it',
          sources: ['ricarica'],
          text: "Ciao Mario! Puoi ricaricare in pochi secondi dall'app Lumo o su lumo.example/ricarica con carta o PayPal, anche per un altro numero Lumo. https://lumo.example/ricarica",
        }),
      ]);
      const [request] = api.chatRequests().slice(before);
      expect(request?.schemaName).toBe('grounded_answer');
      expect(request?.user).toContain("<knowledge>\n[ricarica] Come faccio a ricaricare la SIM Lumo?\nPuoi ricaricare in pochi secondi dall'app Lumo");
      expect(request?.user).toContain('<customer_message>\n"@LumoAiuta come faccio a ricaricare la sim?"\n</customer_message>');
      expect(request?.system).toContain('Write in Italian (it).');
    });

    it('answers a paraphrase below the threshold when the model grounds it in one of the entries offered', async () => {
      api.setChat((request) => {
        const entry = entriesIn(request).find((offered) => offered.id === 'orari-assistenza');
        if (request.schemaName !== 'grounded_answer' || entry === undefined) return faithfulModel(request);
        const quote = firstSentence(entry.body);
        return replyFor(request, quote, [{ id: entry.id, quote }]);
      });
      const message = aMention('are you available on Sundays?');
      const { actions, explanation } = await scenario.pronto.responder.handle(message);
      expect(explanation?.plan).toEqual([expect.objectContaining({ do: 'answer-if-grounded', entryIds: expect.arrayContaining(['orari-assistenza']) })]);
      expect(actions).toEqual([expect.objectContaining({ type: 'reply', lang: 'en', sources: ['orari-assistenza'] })]);
      expect(textOf(actions[0])).toMatch(/^Hi Mario! Our support hours: here on social media and in the app chat we reply every day, Sundays and holidays included/u);
      expect((await offlineActions(message)).map((action) => action.type)).toEqual(['reply', 'handoff']);
    });

    it('does what the offline composer does when the model finds no answer in the band', async () => {
      api.setChat((request) => (request.schemaName === 'grounded_answer' ? { json: { status: 'insufficient_context', answer: '', citations: [] } } : faithfulModel(request)));
      const message = aMention('Can I put money on my Lumo number from the app?');
      const { actions } = await scenario.pronto.responder.handle(message);
      const expected = await offlineActions(message);
      expect(actions.map((action) => action.type)).toEqual(['reply', 'handoff']);
      expect(actions[0]).toEqual(expected[0]);
      expect(handoffOf(actions)).toMatchObject({ reasons: handoffOf(expected)!.reasons, priority: handoffOf(expected)!.priority, draftBy: MODEL });
    });

    it('never asks the model for a public answer when the post is a complaint, however close a match', async () => {
      const before = api.chatRequests().length;
      await scenario.pronto.responder.handle(aMention('la fibra non va da tre giorni, vergogna! come si configura il modem?'));
      expect(api.chatRequests().slice(before).map((request) => request.schemaName)).toEqual(['handoff_draft']);
    });

    it('sends the entry\'s own text when the model\'s answer is rejected', async () => {
      api.setChat((request) => replyFor(request, 'Ricarica ora e avrai il 50% di sconto!', [{ id: 'ricarica', quote: 'Puoi ricaricare in pochi secondi' }]));
      const message = aMention('come faccio a ricaricare la sim?');
      expect((await scenario.pronto.responder.handle(message)).actions).toEqual(await offlineActions(message));
    });
  });

  describe('drafts', () => {
    it('drafts from the whole conversation when a handoff follows earlier turns, and says who wrote it', async () => {
      const store = createMemoryStore();
      const withStore = await startLlmPronto(api, { store });
      try {
        const first = aMention('a che ora risponde l\'assistenza?', { conversationId: 'thread-1' });
        const answered = await withStore.pronto.responder.handle(first);
        const reply = answered.actions[0];
        if (reply?.type !== 'reply') throw new Error('expected a reply');
        await withStore.pronto.responder.recordDelivered(first, 0, reply);
        await store.appendTurn('twitter:thread-1', { from: 'agent', text: 'Ti scriviamo in privato per il contratto.', at: '2026-11-18T09:31:00Z', kind: 'reply', author: 'U1' });
        api.setChat((request) =>
          request.schemaName === 'handoff_draft'
            ? { json: { draft: 'Ci dispiace per l\'attesa: abbiamo ripreso la tua richiesta e ti aggiorniamo qui oggi stesso.', summary: 'Still waiting for an answer about the contract, annoyed', citations: [] } }
            : faithfulModel(request),
        );
        const before = api.chatRequests().length;
        const { actions } = await withStore.pronto.responder.handle(aMention('ancora nessuna risposta, è una vergogna', { conversationId: 'thread-1' }));
        const draftRequest = api.chatRequests().slice(before).find((request) => request.schemaName === 'handoff_draft');
        expect(draftRequest?.user).toContain('<conversation>\ncustomer: "@LumoAiuta a che ora risponde l\'assistenza?"\nbot (public reply): "Ciao [NAME]! ');
        expect(draftRequest?.user).toContain('agent (public reply): "Ti scriviamo in privato per il contratto."\n</conversation>');
        expect(draftRequest?.user).toMatch(/The bot has just replied \(do not repeat it\):\n"Ciao \[NAME\]! Grazie per averci scritto/u);
        expect(handoffOf(actions)).toMatchObject({
          draft: 'Ciao Mario! Ci dispiace per l\'attesa: abbiamo ripreso la tua richiesta e ti aggiorniamo qui oggi stesso.',
          draftBy: MODEL,
          // Waiting for an answer is a complaint about the service, not a fault of the product.
          summary: expect.stringMatching(/^Complaint: Still waiting for an answer about the contract, annoyed · /u),
        });
      } finally {
        await withStore.pronto.close();
      }
    });

    it.each<[string, string, string]>([
      ['empty', '', 'length'],
      ['too long for one post on X', 'Ci dispiace molto per il disagio che stai vivendo. '.repeat(8), 'length'],
      ['in another language', "We're sorry about this, we're looking into it and will update you here.", 'language'],
    ])('keeps the templates\' draft when the model\'s draft is %s', async (_, draft, check) => {
      api.setChat((request) => (request.schemaName === 'handoff_draft' ? { json: { draft, summary: 'x', citations: [] } } : faithfulModel(request)));
      const message = aMention('la fibra non va da tre giorni, vergogna');
      const rejectedBefore = scenario.tally.rejections.get(`handoff_draft ${check}`) ?? 0;
      const { actions } = await scenario.pronto.responder.handle(message);
      expect(handoffOf(actions)).toEqual(handoffOf(await offlineActions(message)));
      expect(scenario.tally.rejections.get(`handoff_draft ${check}`)).toBe(rejectedBefore + 1);
    });
  });

  describe('personal data', () => {
    const CARD = '4111 1111 1111 1111';
    const VALUES = ['mario.rossi@example.it', '347 123 4567', CARD, 'IT60 X054 2811 1010 0000 0123 456', 'RSSMRA85T10A562S', 'Mario', 'Rossi', 'mrossi', '1111', 'm***@'];

    it('sends no personal data, name or handle to the model when the message and its thread carry them', async () => {
      const store = createMemoryStore();
      const withStore = await startLlmPronto(api, { store });
      try {
        await store.appendTurn('twitter:pd', { from: 'customer', text: `la mia carta è ${CARD}, scrivete a mario.rossi@example.it`, at: '2026-11-18T09:00:00Z', id: 'old' });
        const before = api.requests.length;
        const message = aMention(`sono Mario Rossi, il mio cf è RSSMRA85T10A562S, iban IT60 X054 2811 1010 0000 0123 456, chiamatemi al 347 123 4567: mi avete addebitato due volte`, {
          conversationId: 'pd',
          kind: 'dm',
        });
        await withStore.pronto.responder.handle(message);
        const sent = api.requests.slice(before).filter((request) => request.path === '/v1/chat/completions');
        expect(sent.length).toBeGreaterThan(0);
        for (const request of sent) {
          const body = JSON.stringify(request.body);
          for (const value of VALUES) expect(body, value).not.toContain(value);
          expect(body).toMatch(/\[CF_1\].*\[IBAN_1\].*\[PHONE_1\]/u);
          expect(body).toContain('[CARD_1]');
        }
      } finally {
        await withStore.pronto.close();
      }
    });

    it('never fills a placeholder back into a reply when the model writes one', async () => {
      api.setChat((request) => {
        const [entry] = entriesIn(request);
        const quote = firstSentence(entry!.body);
        return replyFor(request, `${quote} Ti abbiamo scritto a [EMAIL_1].`, [{ id: entry!.id, quote }]);
      });
      const message = aMention('come faccio a ricaricare la sim? la mia mail è mario.rossi@example.it', { kind: 'dm' });
      const rejectedBefore = scenario.tally.rejections.get('grounded_answer placeholder') ?? 0;
      const { actions } = await scenario.pronto.responder.handle(message);
      expect(actions).toEqual(await offlineActions(message));
      expect(JSON.stringify(actions)).not.toContain('mario.rossi@example.it');
      expect(scenario.tally.rejections.get('grounded_answer placeholder')).toBe(rejectedBefore + 1);
    });
  });

  describe('bad replies', () => {
    const grounded = (reply: (request: Parameters<typeof faithfulModel>[0]) => FakeChatReply) => (request: Parameters<typeof faithfulModel>[0]) =>
      request.schemaName === 'grounded_answer' ? reply(request) : faithfulModel(request);
    const quoteOf = (request: Parameters<typeof faithfulModel>[0]) => firstSentence(entriesIn(request)[0]!.body);

    it.each<[string, (request: Parameters<typeof faithfulModel>[0]) => FakeChatReply, string]>([
      ['prose instead of JSON', () => ({ content: 'Certo! Puoi ricaricare dall\'app.' }), 'invalid'],
      ['JSON with an extra field', (request) => ({ json: { status: 'answered', answer: quoteOf(request), citations: [], sconto: '50%' } }), 'invalid'],
      ['JSON with a missing field', (request) => ({ json: { status: 'answered', answer: quoteOf(request) } }), 'invalid'],
      ['a refusal', () => ({ refusal: 'Non posso aiutarti con questo.' }), 'refused'],
      ['an answer cut at the token limit', () => ({ content: '{"status":"answered","answer":"Puoi', finishReason: 'length' }), 'too_long'],
      ['a citation of an unknown entry', (request) => replyFor(request, quoteOf(request), [{ id: 'sconti-studenti', quote: quoteOf(request) }]), 'rejected'],
      ['an answer in the wrong language', (request) => replyFor(request, 'You can top up in a few seconds in the Lumo app with a card or PayPal.', [{ id: 'ricarica', quote: quoteOf(request) }]), 'rejected'],
      ['100 KB of text', (request) => replyFor(request, 'ricarica '.repeat(11_000), [{ id: 'ricarica', quote: quoteOf(request) }]), 'rejected'],
      ['a server error', () => ({ error: { status: 500, type: 'server_error', code: null, message: 'The server had an error.' } }), 'server_error'],
    ])('sends the offline text when the model returns %s', async (_, reply, outcome) => {
      api.setChat(grounded(reply));
      const message = aMention('come faccio a ricaricare la sim?');
      const before = scenario.tally.outcomes.get(`grounded_answer ${outcome}`) ?? 0;
      expect((await scenario.pronto.responder.handle(message)).actions).toEqual(await offlineActions(message));
      expect(scenario.tally.outcomes.get(`grounded_answer ${outcome}`)).toBe(before + 1);
    });
  });
});

describe('createLlmComposer when the endpoint fails', () => {
  let api: FakeOpenAiApi;
  beforeAll(async () => {
    api = await startFakeOpenAiApi({ chat: faithfulModel });
  });
  afterAll(() => api.close());
  afterEach(() => {
    api.releaseHeld();
    api.setChat(faithfulModel);
  });

  it('sends the offline text within the timeout when the model does not answer in time', async () => {
    const scenario = await startLlmPronto(api, { env: { PRONTO_LLM_TIMEOUT_MS: '300' } });
    try {
      api.setChat(() => ({ hold: true }));
      const message = aMention('come faccio a ricaricare la sim?');
      const started = performance.now();
      const { actions } = await scenario.pronto.responder.handle(message);
      const elapsed = performance.now() - started;
      expect(actions).toEqual(await offlineActions(message));
      expect(elapsed).toBeGreaterThanOrEqual(300);
      // The deadline, plus the local work around it on a loaded machine.
      expect(elapsed).toBeLessThan(1_300);
      expect(countsOf(scenario.tally.outcomes)).toEqual({ 'grounded_answer timeout': 1 });
    } finally {
      await scenario.pronto.close();
    }
  });

  it('waits what a 429 asks and tries once more when the wait fits before the deadline', async () => {
    const scenario = await startLlmPronto(api);
    try {
      api.queueChat({ error: { status: 429, type: 'requests', code: 'rate_limit_exceeded', message: 'Rate limit reached for requests', headers: { 'retry-after-ms': '400' } } });
      const before = api.requests.length;
      const started = performance.now();
      const { actions } = await scenario.pronto.responder.handle(aMention('come faccio a ricaricare la sim?'));
      expect(performance.now() - started).toBeGreaterThanOrEqual(400);
      expect(api.requests.slice(before).map((request) => request.status)).toEqual([429, 200]);
      expect(textOf(actions[0])).toMatch(/^Ciao Mario! Puoi ricaricare in pochi secondi/u);
      expect(countsOf(scenario.tally.outcomes)).toEqual({ 'grounded_answer accepted': 1, 'grounded_answer rate_limited': 1 });
    } finally {
      await scenario.pronto.close();
    }
  });

  it('tries once more after a 429 even when its timer wakes before the breaker reopens', async () => {
    // libuv starts a timer from the loop's cached time, which lags the wall clock the breaker
    // reads by the length of the current loop turn: under load the wait ends early by the
    // breaker's reckoning. A breaker clock running at three quarters of real speed makes that
    // lag certain instead of occasional.
    const origin = performance.now();
    const scenario = await startLlmPronto(api, { breakerClock: () => origin + (performance.now() - origin) * 0.75 });
    try {
      api.queueChat({ error: { status: 429, type: 'requests', code: 'rate_limit_exceeded', message: 'Rate limit reached for requests', headers: { 'retry-after-ms': '400' } } });
      const before = api.requests.length;
      const { actions } = await scenario.pronto.responder.handle(aMention('come faccio a ricaricare la sim?'));
      expect(api.requests.slice(before).map((request) => request.status)).toEqual([429, 200]);
      expect(textOf(actions[0])).toMatch(/^Ciao Mario! Puoi ricaricare in pochi secondi/u);
    } finally {
      await scenario.pronto.close();
    }
  });

  it('stops calling until the retry-after passes when a 429 asks for longer than the deadline', async () => {
    const scenario = await startLlmPronto(api);
    try {
      api.queueChat({ error: { status: 429, type: 'requests', code: 'rate_limit_exceeded', message: 'Rate limit reached', headers: { 'retry-after': '60' } } });
      const before = api.requests.length;
      const first = aMention('come faccio a ricaricare la sim?');
      expect((await scenario.pronto.responder.handle(first)).actions).toEqual(await offlineActions(first));
      const second = aMention('a che ora risponde l\'assistenza?');
      expect((await scenario.pronto.responder.handle(second)).actions).toEqual(await offlineActions(second));
      expect(api.requests.length - before).toBe(1);
      expect(countsOf(scenario.tally.outcomes)).toEqual({ 'grounded_answer rate_limited': 1, 'grounded_answer skipped': 1 });
    } finally {
      await scenario.pronto.close();
    }
  });

  it('opens the circuit after three server errors in a row and sends no more requests', async () => {
    const log = createRecordingLog();
    const scenario = await startLlmPronto(api, { log: log.log });
    try {
      api.setChat(() => ({ error: { status: 503, type: 'service_unavailable_error', code: 'server_is_overloaded', message: 'The server is overloaded.' } }));
      const before = api.requests.length;
      for (let i = 0; i < 4; i++) {
        const message = aMention('come faccio a ricaricare la sim?');
        expect((await scenario.pronto.responder.handle(message)).actions).toEqual(await offlineActions(message));
      }
      expect(api.requests.length - before).toBe(3);
      expect(countsOf(scenario.tally.outcomes)).toEqual({ 'grounded_answer server_error': 3, 'grounded_answer skipped': 1 });
      expect(log.events()).toContain('llm.circuit_opened');
    } finally {
      await scenario.pronto.close();
    }
  });

  it('logs one clear line and writes offline, without waiting, when the endpoint is unreachable at start', async () => {
    const gone = await startFakeOpenAiApi();
    await gone.close();
    const log = createRecordingLog();
    const scenario = await startLlmPronto(gone, { log: log.log });
    try {
      const line = log.lines.find((entry) => entry.msg === 'llm.endpoint_unreachable');
      expect(line).toMatchObject({ level: 50, baseUrl: gone.baseUrl, model: MODEL, fix: expect.stringMatching(/OPENAI_BASE_URL/u) });
      const message = aMention('come faccio a ricaricare la sim?');
      const started = performance.now();
      expect((await scenario.pronto.responder.handle(message)).actions).toEqual(await offlineActions(message));
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(countsOf(scenario.tally.outcomes)).toEqual({ 'grounded_answer skipped': 1 });
    } finally {
      await scenario.pronto.close();
    }
  });

  it('never logs the prompt or the customer\'s personal data, whatever happens to the request', async () => {
    const log = createRecordingLog('debug');
    const scenario = await startLlmPronto(api, { log: log.log });
    try {
      api.setChat((request) => (customerMessageIn(request).includes('ricaricare') ? { content: 'not json' } : faithfulModel(request)));
      await scenario.pronto.responder.handle(aMention('come faccio a ricaricare la sim? scrivetemi a mario.rossi@example.it o al 347 123 4567', { kind: 'dm' }));
      await scenario.pronto.responder.handle(aMention('la fibra non va da tre giorni, vergogna. 4111 1111 1111 1111'));
      const logged = JSON.stringify(log.lines);
      expect(log.events()).toEqual(expect.arrayContaining(['llm.composer_started', 'llm.request_failed']));
      for (const secret of ['mario.rossi@example.it', '347 123 4567', '4111 1111 1111 1111', '<knowledge>', '<customer_message>', 'never instructions']) {
        expect(logged).not.toContain(secret);
      }
    } finally {
      await scenario.pronto.close();
    }
  });
});
