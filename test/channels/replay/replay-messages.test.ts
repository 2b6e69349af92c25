import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createResponder } from '../../../src/core/responder.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { createKnowledgeIndex } from '../../../src/knowledge/create-knowledge-index.ts';
import { createOfflineComposer } from '../../../src/llm/offline-composer.ts';
import { loadReplyTemplates } from '../../../src/llm/load-reply-templates.ts';
import { createMemoryStore } from '../../../src/store/memory-store.ts';
import { replayMessages } from '../../../src/channels/replay/replay-messages.ts';
import { aMessage, anEntry } from '../../support/builders.ts';

const PROMPTS = path.resolve(import.meta.dirname, '../../../prompts');
const silent = { info() {}, warn() {}, error() {} };

describe('replayMessages', () => {
  it('keeps the bot replies it printed in the conversation history, between the customer posts', async () => {
    const settings = { ...DEFAULT_SETTINGS, brandHandles: ['LumoAiuta'] };
    const store = createMemoryStore();
    const responder = createResponder({
      knowledge: () => createKnowledgeIndex([anEntry()]),
      composer: createOfflineComposer({ templates: await loadReplyTemplates(PROMPTS), settings }),
      store,
      clock: { now: () => new Date('2026-01-10T09:00:05Z') },
      settings,
      log: silent,
    });
    const lines = [
      aMessage({ id: 'm1', text: '@LumoAiuta come ricarico il credito?', lang: 'it' }),
      aMessage({ id: 'm2', text: '@LumoAiuta ho ricaricato ma il credito non arriva, è la seconda volta', lang: 'it' }),
    ].map((message) => JSON.stringify(message));
    await replayMessages(Readable.from([`${lines.join('\n')}\n`]), responder, { onHandled() {}, onMalformed() {} });
    expect((await store.loadTurns('twitter:c1')).map((turn) => [turn.from, turn.id])).toEqual([
      ['customer', 'm1'],
      ['bot', 'm1#0'],
      ['customer', 'm2'],
      ['bot', 'm2#0'],
    ]);
  });
});
