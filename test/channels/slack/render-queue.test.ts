import { describe, expect, it } from 'vitest';
import { renderAskAnswer, renderQueue } from '../../../src/channels/slack/render-queue.ts';
import type { KnowledgeEntry } from '../../../src/core/model.ts';
import type { KnowledgeIndex } from '../../../src/core/ports.ts';
import type { HandledMessage } from '../../../src/core/responder.ts';
import { aTicket, aTriage } from '../../support/builders.ts';

const NOW = new Date('2026-01-12T10:30:00Z');
const textOf = (blocks: ReturnType<typeof renderQueue>['blocks']) =>
  blocks.map((block) => (block.type === 'section' ? (block.text?.text ?? '') : '')).join('\n');

describe('renderQueue', () => {
  it('lists priority, customer, channel, waiting time and deadline when handoffs are open', () => {
    const message = renderQueue(
      [aTicket(), aTicket({ id: 't2', priority: 'urgent', kind: 'dm', deadlineAt: '2026-01-12T10:15:00.000Z', takenBy: 'U9', state: 'taken' })],
      { now: NOW },
    );
    const lines = textOf(message.blocks).split('\n');
    expect(lines[0]).toBe('*2 open handoffs*, most urgent first');
    expect(lines[1]).toBe(
      ':red_circle: *urgent* · Mario Rossi (@mrossi) · X DM · waiting 30 min · reply by 10:15 (overdue by 15 min) · taken by <@U9>',
    );
    expect(lines[2]).toBe(':large_yellow_circle: *normal* · Mario Rossi (@mrossi) · X public · waiting 30 min · reply by 11:00 (in 30 min)');
  });

  it('says nobody is waiting when the queue is empty', () => {
    expect(renderQueue([aTicket({ state: 'resolved' })], { now: NOW }).text).toBe(
      ':tada: No open handoffs: nobody is waiting for an agent.',
    );
  });

  it('keeps sections within 3000 characters and the message within 50 blocks when the queue is huge', () => {
    const tickets = Array.from({ length: 2000 }, (_, index) => aTicket({ id: `t${index}` }));
    const { blocks } = renderQueue(tickets, { now: NOW });
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks) if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(3000);
  });
});

describe('renderAskAnswer', () => {
  const entry = { id: 'ricarica', lang: 'it', title: 'Come faccio a ricaricare la SIM?' } as KnowledgeEntry;
  const knowledge: KnowledgeIndex = {
    search: () => [],
    entry: (id, lang) => (id === 'ricarica' && lang === 'it' ? entry : undefined),
    languages: (id) => (id === 'ricarica' ? ['it'] : []),
  };
  const handled: HandledMessage = {
    actions: [{ event: 'ask', type: 'reply', channel: 'twitter', to: 'u', lang: 'it', text: 'Puoi ricaricare dall’app.', sources: ['ricarica'] }],
    explanation: {
      triage: aTriage(),
      candidates: [
        { id: 'ricarica', confidence: 0.82, visibility: 'public', kind: 'answer', hasTranslation: true },
        { id: 'roaming', confidence: 0.1, visibility: 'public', kind: 'answer', hasTranslation: false },
      ],
      plan: [{ do: 'answer', entryId: 'ricarica' }],
    },
  };

  it('shows matches with confidence, the decision and the reply when the bot would answer', () => {
    const text = JSON.stringify(renderAskAnswer('come ricarico?', handled, knowledge, { answerThreshold: 0.6 }));
    expect(text).toContain(':white_check_mark: 0.82 `ricarica` Come faccio a ricaricare la SIM?');
    expect(text).toContain(':grey_question: 0.10 `roaming`  (no `it` translation)');
    expect(text).toContain('*Decision*  answer from `ricarica`');
    expect(text).toContain('public reply:\\n>Puoi ricaricare dall’app.');
  });

  it('shows what the bot would do when there is no explanation', () => {
    const message = renderAskAnswer('<!here> ciao', { actions: [{ event: 'e', type: 'ignore', reasons: ['spam'] }] }, knowledge, {
      answerThreshold: 0.6,
    });
    const text = JSON.stringify(message);
    expect(text).toContain('nothing (spam)');
    expect(text).toContain('&lt;!here&gt; ciao');
  });
});
