// The desk without any particular view: a view that records what it is told, a customer channel
// the test controls, the memory stores. Slack's own wiring is tested on the wire in
// test/channels/slack and test/service/slack-desk.test.ts.
import { describe, expect, it } from 'vitest';
import type { HandoffAction, InboundMessage } from '../../src/core/model.ts';
import { conversationKeyOf } from '../../src/core/responder.ts';
import { createDesk, type Desk } from '../../src/desk/create-desk.ts';
import type { DeskNote, DeskView } from '../../src/desk/desk-view.ts';
import type { HandoffTicket } from '../../src/desk/handoff-ticket.ts';
import { createMemoryTicketStore } from '../../src/desk/ticket-store.ts';
import { createKnowledgeIndex } from '../../src/knowledge/create-knowledge-index.ts';
import { createMemoryStore, type MemoryStore } from '../../src/store/memory-store.ts';
import { ChannelError } from '../../src/errors.ts';
import { aMessage } from '../support/builders.ts';
import { createControlledChannel, type ControlledChannel } from '../support/controlled-channel.ts';
import { createRecordingLog } from '../support/recording-log.ts';

interface RecordingView extends DeskView {
  opened: string[];
  refreshed: HandoffTicket[];
  notes: DeskNote[];
}

function createRecordingView(): RecordingView {
  const view: RecordingView = {
    opened: [],
    refreshed: [],
    notes: [],
    async open(ticket) {
      view.opened.push(ticket.id);
      return {};
    },
    async refresh(ticket) {
      view.refreshed.push(ticket);
    },
    async note(_ticket, note) {
      view.notes.push(note);
      return { id: `note-${view.notes.length}` };
    },
  };
  return view;
}

interface Harness {
  desk: Desk;
  view: RecordingView;
  channel: ControlledChannel;
  store: MemoryStore;
  handOff(message?: InboundMessage, overrides?: Partial<HandoffAction>): Promise<string>;
  setNow(at: Date): void;
  metrics: { drafts: string[]; misses: string[]; humanSeconds: number[] };
}

const OPENED = new Date('2026-11-20T10:00:00Z');

function aDesk(): Harness {
  const store = createMemoryStore();
  const view = createRecordingView();
  const channel = createControlledChannel();
  const metrics = { drafts: [] as string[], misses: [] as string[], humanSeconds: [] as number[] };
  let now = OPENED;
  const desk = createDesk({
    config: { timeZone: 'UTC', agentLabel: (agent) => `agent ${agent}` },
    tickets: createMemoryTicketStore(),
    conversations: store,
    channels: new Map([['twitter', channel]]),
    knowledge: () => createKnowledgeIndex([]),
    log: createRecordingLog().log,
    now: () => now,
    metrics: {
      handoffsOpened: { inc() {} },
      firstHumanResponseSeconds: { observe: (seconds) => metrics.humanSeconds.push(seconds) },
      draftsSent: { inc: ({ edited }) => metrics.drafts.push(edited) },
      deadlineMisses: { inc: ({ priority }) => metrics.misses.push(priority) },
    },
    views: [view],
  });
  return {
    desk,
    view,
    channel,
    store,
    metrics,
    setNow: (at) => (now = at),
    async handOff(message = aMessage({ text: '@LumoAiuta la fibra non va da tre giorni!' }), overrides = {}) {
      await store.saveConversation(conversationKeyOf(message), {
        mode: 'awaiting_agent',
        customerPosts: 1,
        updatedAt: now.toISOString(),
        replyAddress: channel.replyAddressOf(message),
      });
      const handoff: HandoffAction = {
        event: message.id,
        type: 'handoff',
        channel: message.channel,
        priority: 'high',
        reasons: ['complaint'],
        lang: 'it',
        summary: 'Fault: «la fibra non va» · angry · it',
        draft: 'Ciao Mario, ci dispiace: controlliamo subito.',
        draftFor: 'reply',
        draftBy: 'templates',
        sources: [],
        ...overrides,
      };
      return (await desk.openHandoff(handoff, message)).id;
    },
  };
}

describe('createDesk', () => {
  it('sends the draft as is, resolves the handoff and gives the conversation back to the bot when nobody had taken it', async () => {
    const h = aDesk();
    const id = await h.handOff();
    h.setNow(new Date('2026-11-20T10:12:00Z'));

    const outcome = await h.desk.sendReply(id, 'U1');

    expect(outcome).toMatchObject({ status: 'done', ticket: { state: 'resolved', closedAs: 'resolved', closedBy: 'U1' } });
    expect(h.channel.sent.map((sent) => [sent.action.type, sent.action.text])).toEqual([['reply', 'Ciao Mario, ci dispiace: controlliamo subito.']]);
    expect(h.view.notes).toEqual([{ kind: 'reply-sent', agent: 'U1', text: 'Ciao Mario, ci dispiace: controlliamo subito.', to: 'reply' }]);
    expect(h.view.refreshed.at(-1)?.sent).toEqual([expect.objectContaining({ by: 'U1', edited: false })]);
    expect((await h.store.loadConversation('twitter:c1'))?.mode).toBe('bot');
    expect(h.metrics).toMatchObject({ drafts: ['false'], humanSeconds: [720] });
  });

  it('refuses a colleague with the view\'s name for the agent who has the conversation', async () => {
    const h = aDesk();
    const id = await h.handOff();
    await h.desk.takeOver(id, 'U1');

    const outcome = await h.desk.sendReply(id, 'U2', 'Ciao!');

    expect(outcome).toMatchObject({ status: 'refused', reason: 'Already taken by agent U1 at 10:00' });
    expect(h.channel.sent).toEqual([]);
  });

  it('keeps the conversation with the agent who relays a reply, and counts it as edited', async () => {
    const h = aDesk();
    const id = await h.handOff();
    await h.desk.takeOver(id, 'U1');

    const outcome = await h.desk.relayReply(id, 'U1', 'Sono Marta, ti aiuto io.');

    expect(outcome).toMatchObject({ status: 'done', ticket: { state: 'taken', takenBy: 'U1' } });
    expect((await h.store.loadConversation('twitter:c1'))?.mode).toBe('with_agent');
    expect(h.metrics.drafts).toEqual(['true']);
    expect((await h.store.loadTurns('twitter:c1')).at(-1)).toMatchObject({ from: 'agent', text: 'Sono Marta, ti aiuto io.', author: 'U1' });
  });

  it('tells the views why a reply was not sent and changes nothing when the channel refuses it', async () => {
    const h = aDesk();
    const id = await h.handOff();
    h.channel.failNext(new ChannelError('x_target_gone', 'the post was deleted'));

    const outcome = await h.desk.sendReply(id, 'U1', 'Ciao!');

    expect(outcome).toMatchObject({ status: 'not-sent', ticket: { state: 'open' } });
    expect(h.view.notes).toEqual([{ kind: 'reply-not-sent', agent: 'U1', error: 'the post was deleted', text: 'Ciao!' }]);
    expect((await h.desk.tickets.load(id))?.state).toBe('open');
  });

  it('shows a customer\'s next message in the ticket once, also when it is relayed twice', async () => {
    const h = aDesk();
    const id = await h.handOff();
    await h.desk.takeOver(id, 'U1');
    const next = aMessage({ id: 'm2', text: 'ci siete?' });

    await h.desk.relayCustomerMessage(next);
    await h.desk.relayCustomerMessage(next);

    expect(h.view.notes).toEqual([{ kind: 'customer-wrote', text: 'ci siete?' }]);
    expect((await h.desk.tickets.load(id))?.transcript.map((turn) => turn.text)).toEqual(['@LumoAiuta la fibra non va da tre giorni!', 'ci siete?']);
  });

  it('reminds before the deadline and says once that it was missed when nobody answers', async () => {
    const h = aDesk();
    await h.handOff();
    h.setNow(new Date('2026-11-20T10:25:00Z'));
    await h.desk.sweepDeadlines();
    h.setNow(new Date('2026-11-20T10:31:00Z'));
    await h.desk.sweepDeadlines();
    await h.desk.sweepDeadlines();

    expect(h.view.notes.map((note) => note.kind)).toEqual(['reminder', 'deadline-missed']);
    expect(h.metrics.misses).toEqual(['high']);
  });

  it('says a ticket is missing when an agent acts on one the desk does not know', async () => {
    const h = aDesk();
    expect(await h.desk.resolve('gone', 'U1')).toEqual({ status: 'missing' });
  });
});
