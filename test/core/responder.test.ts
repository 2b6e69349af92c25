import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createResponder, conversationKeyOf, type ResponderDeps } from '../../src/core/responder.ts';
import type { InboundMessage } from '../../src/core/model.ts';
import type { AnswerComposer, Logger } from '../../src/core/ports.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { createKnowledgeIndex } from '../../src/knowledge/create-knowledge-index.ts';
import { createOfflineComposer } from '../../src/llm/offline-composer.ts';
import { loadReplyTemplates, type ReplyTemplates } from '../../src/llm/load-reply-templates.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { anEntry, aMessage as aBaseMessage } from '../support/builders.ts';

const PROMPTS = path.resolve(import.meta.dirname, '../../prompts');
const NOW = new Date('2026-11-20T10:00:00Z');

const ENTRIES = [
  anEntry({}),
  anEntry({
    id: 'roaming',
    title: 'Posso usare la mia offerta in Europa?',
    questions: ['funziona in spagna?', 'roaming in europa costa?', 'internet all estero in UE'],
    body: 'Sì: in UE usi minuti e giga come in Italia, senza costi extra.',
  }),
];

function aMessage(overrides: Partial<InboundMessage> = {}): InboundMessage {
  return aBaseMessage({ author: { id: '42', handle: 'mrossi', name: 'Mario Rossi' }, text: '@LumoAiuta come ricarico il credito?', lang: 'it', ...overrides });
}

/** A logger that keeps what it was told, so tests can see what an operator would see. */
function aRecordingLogger() {
  const lines: { level: string; event: string; data: object }[] = [];
  const record = (level: string) => (data: object, event: string) => lines.push({ level, event, data });
  const log: Logger = { info: record('info'), warn: record('warn'), error: record('error') };
  return { log, lines };
}

describe('createResponder', () => {
  let templates: ReplyTemplates;
  beforeAll(async () => {
    templates = await loadReplyTemplates(PROMPTS);
  });

  function build(overrides: Partial<ResponderDeps> = {}) {
    const settings = { ...DEFAULT_SETTINGS, brandHandles: ['LumoAiuta'] };
    const store = createMemoryStore();
    const { log, lines } = aRecordingLogger();
    const responder = createResponder({
      knowledge: () => createKnowledgeIndex(ENTRIES),
      composer: createOfflineComposer({ templates, settings }),
      store,
      clock: { now: () => NOW },
      settings,
      log,
      ...overrides,
    });
    return { responder, store, lines };
  }

  it('answers from the knowledge when the question matches confidently', async () => {
    const { responder } = build();
    const { actions, explanation } = await responder.handle(aMessage());
    expect(actions).toEqual([expect.objectContaining({ type: 'reply', to: '42', lang: 'it', sources: ['ricarica'] })]);
    expect(explanation?.candidates[0]?.id).toBe('ricarica');
  });

  it('asks what they mean, instead of answering, when a post is the lone word an entry shares', async () => {
    const { responder } = build();
    const { actions, explanation } = await responder.handle(aMessage({ text: '@LumoAiuta credito', lang: undefined }));
    expect(explanation?.candidates[0]?.confidence).toBeGreaterThan(DEFAULT_SETTINGS.answerThreshold);
    expect(actions).toEqual([expect.objectContaining({ type: 'reply', to: '42', sources: [] })]);
  });

  it('handles a redelivered message once when the same id comes twice', async () => {
    const { responder } = build();
    await responder.handle(aMessage());
    expect((await responder.handle(aMessage())).actions).toEqual([{ event: 'm1', type: 'ignore', reasons: ['duplicate'] }]);
  });

  it('records a handoff in the conversation state when it hands off', async () => {
    const { responder, store } = build();
    const message = aMessage({ text: '@LumoAiuta vi denuncio, ho chiamato il mio avvocato' });
    const { actions } = await responder.handle(message);
    expect(actions.some((action) => action.type === 'handoff')).toBe(true);
    expect(await store.loadConversation(conversationKeyOf(message))).toMatchObject({ mode: 'awaiting_agent', customerPosts: 1 });
  });

  it('stays quiet while an agent owns the conversation', async () => {
    const { responder, store } = build();
    await store.saveConversation('twitter:c1', { mode: 'with_agent', customerPosts: 3, updatedAt: NOW.toISOString() });
    expect((await responder.handle(aMessage())).actions).toEqual([
      { event: 'm1', type: 'ignore', reasons: ['agent-owns-conversation'] },
    ]);
  });

  it('hands the message to a human and logs why when a step fails', async () => {
    const failing: AnswerComposer = { compose: () => Promise.reject(new Error('templates gone')) };
    const { responder, lines } = build({ composer: failing });
    const { actions } = await responder.handle(aMessage());
    expect(actions).toEqual([expect.objectContaining({ type: 'handoff', reasons: ['bot-error'], event: 'm1' })]);
    expect(lines).toEqual([expect.objectContaining({ level: 'error', event: 'responder.message_failed' })]);
  });

  describe('when an influencer complains about a double charge that a private entry answers', () => {
    const refund = anEntry({
      id: 'rimborso',
      visibility: 'private',
      title: 'Come ottengo il rimborso di un addebito doppio?',
      questions: ['mi avete addebitato due volte', 'voglio il rimborso del doppio addebito'],
      tags: ['rimborso'],
      body: 'Mandaci la data e l’importo dell’addebito. Ti rimborsiamo entro 5 giorni lavorativi.',
    });
    const refundSentences = ['Mandaci la data e l’importo dell’addebito.', 'Ti rimborsiamo entro 5 giorni lavorativi.'];
    const complaint = (kind: InboundMessage['kind']) =>
      aMessage({
        kind,
        text: `${kind === 'mention' ? '@LumoAiuta ' : ''}vergogna, mi avete addebitato due volte! Voglio il rimborso`,
        author: { id: '42', handle: 'mrossi', name: 'Mario Rossi', followers: 100_000 },
      });
    const draftOf = async (kind: InboundMessage['kind']) => {
      const { responder } = build({ knowledge: () => createKnowledgeIndex([...ENTRIES, refund]) });
      const { actions } = await responder.handle(complaint(kind));
      const handoff = actions.find((action) => action.type === 'handoff');
      if (handoff === undefined) throw new Error(`no handoff in ${JSON.stringify(actions)}`);
      return handoff.draft;
    };

    it('drafts no sentence of the entry when the complaint is public, so Send draft cannot post it', async () => {
      const draft = await draftOf('mention');
      expect(draft).not.toBe('');
      for (const sentence of refundSentences) expect(draft).not.toContain(sentence);
    });

    it('drafts for the complaint, not the entry the bot has just answered with, when the complaint came in a DM', async () => {
      const draft = await draftOf('dm');
      expect(draft).not.toBe('');
      expect(draft).not.toContain(refund.body);
    });
  });

  it.each([
    ['@LumoAiuta il pacco con il modem risulta consegnato ma non è mai arrivato', 'it', "numero d'ordine"],
    ['@LumoAiuta my flight got cancelled and nobody at the gate knows anything', 'en', 'booking reference'],
    ['@LumoAiuta la fibra di casa non va più', 'it', 'da quando non funziona'],
    // Since when is told: the draft thanks for the details and asks for what is still missing.
    ['@LumoAiuta la fibra non va da tre giorni', 'it', 'grazie per i dettagli'],
  ])('drafts a fault for what failed: "%s"', async (text, lang, asks) => {
    const { responder } = build();
    const { actions } = await responder.handle(aMessage({ text, lang }));
    const handoff = actions.find((action) => action.type === 'handoff');
    expect(handoff).toMatchObject({ reasons: expect.arrayContaining(['faulty']), lang });
    expect(handoff?.draft).toContain(asks);
  });

  it('drafts a complaint about a journey with a request for the booking reference, in private', async () => {
    const { responder } = build();
    const { actions } = await responder.handle(aMessage({ text: '@LumoAiuta the crew on my flight to Rome were so rude, disgraceful service', lang: 'en' }));
    const handoff = actions.find((action) => action.type === 'handoff');
    expect(handoff).toMatchObject({ reasons: expect.arrayContaining(['complaint']), draftFor: 'reply' });
    expect(handoff?.reasons).not.toContain('faulty');
    expect(handoff?.draft).toContain('booking reference in a private message');
  });

  it('asks in the DM for the order number when an account matter is about an order', async () => {
    const { responder } = build();
    const { actions } = await responder.handle(aMessage({ text: '@LumoAiuta can you check the status of my order please', lang: 'en' }));
    const dm = actions.find((action) => action.type === 'dm');
    expect(dm?.type === 'dm' && dm.text).toContain('the order number');
  });

  it('hands a post in a language it does not serve to a person instead of answering in a neighbouring one', async () => {
    const { responder } = build();
    const text = '@LumoAiuta meu pedido ainda não chegou e já se passaram duas semanas';
    const { actions, explanation } = await responder.handle(aMessage({ text, lang: undefined }));
    expect(explanation?.triage.lang).toBe('pt');
    expect(actions.filter((action) => action.type === 'reply')).toEqual([]);
    expect(actions).toContainEqual(expect.objectContaining({ type: 'handoff', reasons: expect.arrayContaining(['no-answer-in-language']) }));
  });

  it('explains a decision without claiming the message or changing state', async () => {
    const { responder, store } = build();
    const explained = await responder.explain(aMessage());
    expect(explained.explanation?.plan).toEqual([{ do: 'answer', entryId: 'ricarica' }]);
    expect(await store.loadConversation('twitter:c1')).toBeUndefined();
    expect(await store.claimMessage('m1')).toBe(true);
  });

  it('keeps each customer post in the conversation history once, and gives the composer the earlier ones', async () => {
    const seen: string[][] = [];
    const store = createMemoryStore();
    const offline = createOfflineComposer({ templates, settings: { ...DEFAULT_SETTINGS, brandHandles: ['LumoAiuta'] } });
    const recording: AnswerComposer = {
      async compose(plan, context) {
        seen.push((await context.history?.())?.map((turn) => turn.text) ?? []);
        return offline.compose(plan, context);
      },
    };
    const { responder } = build({ composer: recording, store });
    await responder.handle(aMessage({ id: 'm1', text: '@LumoAiuta come ricarico il credito?' }));
    // A retried message (the queue runs it again) is kept once.
    await responder.respond(aMessage({ id: 'm2', text: '@LumoAiuta non funziona ancora' }));
    await responder.respond(aMessage({ id: 'm2', text: '@LumoAiuta non funziona ancora' }));
    expect(seen[0]).toEqual([]);
    expect(seen[1]).toEqual(['@LumoAiuta come ricarico il credito?']);
    expect((await store.loadTurns('twitter:c1')).map((turn) => [turn.from, turn.id])).toEqual([
      ['customer', 'm1'],
      ['customer', 'm2'],
    ]);
  });

  it('keeps a quoted post as context before the customer post, but not the brand reply already in the history', async () => {
    const { responder, store } = build();
    const quoted = { relation: 'quoted' as const, id: 'p9', text: 'Nuove offerte fibra da oggi!', authorHandle: 'LumoAiuta', at: '2026-11-19T08:00:00Z' };
    await responder.handle(aMessage({ id: 'm1', text: '@LumoAiuta come ricarico il credito?', refersTo: quoted }));
    await responder.recordDelivered(aMessage({ id: 'm1' }), 0, {
      event: 'm1', type: 'reply', channel: 'twitter', to: '42', lang: 'it', text: 'Ciao Mario! Dall’app.', sources: [],
    });
    const answer = { relation: 'replied_to' as const, id: 'p10', text: 'Ciao Mario! Dall’app.', authorHandle: 'lumoaiuta' };
    await responder.handle(aMessage({ id: 'm2', text: '@LumoAiuta non funziona', refersTo: answer }));
    expect((await store.loadTurns('twitter:c1')).map((turn) => [turn.from, turn.id, turn.author])).toEqual([
      ['referenced', 'post:p9', 'LumoAiuta'],
      ['customer', 'm1', undefined],
      ['bot', 'm1#0', undefined],
      ['customer', 'm2', undefined],
    ]);
  });
});
