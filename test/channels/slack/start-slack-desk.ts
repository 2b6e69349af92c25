// The Slack desk on its own, on the real wire: the real Bolt receiver behind a local HTTP server,
// the real WebClient against the fake Slack API, the memory stores, and a customer channel the
// test controls (it can hold sends, like a slow X, or fail them). The service test covers the
// same desk with the real X adapter; this one reaches what X cannot be made to do on demand.
import type { AddressInfo } from 'node:net';
import { createSlackDesk, type SlackDesk } from '../../../src/channels/slack/create-slack-desk.ts';
import { createMemoryTicketStore, type TicketStore } from '../../../src/channels/slack/ticket-store.ts';
import { conversationKeyOf } from '../../../src/core/responder.ts';
import type { DmAction, HandoffAction, InboundMessage, ReplyAction } from '../../../src/core/model.ts';
import type { CustomerChannel, ReplyAddress } from '../../../src/core/ports.ts';
import { createKnowledgeIndex } from '../../../src/knowledge/create-knowledge-index.ts';
import { createHttpServer } from '../../../src/service/http-server.ts';
import { createMetrics } from '../../../src/service/metrics.ts';
import { createThrottledWarnings } from '../../../src/service/throttled-warnings.ts';
import { createMemoryStore, type MemoryStore } from '../../../src/store/memory-store.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.ts';
import { createRecordingLog } from '../../support/recording-log.ts';
import { postToSlackEndpoint, type SlackContentType } from '../../support/slack-requests.ts';
import { createWaitList } from '../../support/wait-list.ts';

export const SIGNING_SECRET = 'test-signing-secret';
export const HANDOFFS = 'C0HANDOFFS';

export interface SentToCustomer {
  action: ReplyAction | DmAction;
  address: ReplyAddress;
}

/** A customer channel (the X channel's id) that records sends, and can hold or fail them. */
export interface ControlledChannel extends CustomerChannel {
  readonly sent: SentToCustomer[];
  /** Sends that started and wait for `release`. */
  readonly held: number;
  /** From now on each send waits until `release`. */
  hold(): void;
  release(): void;
  /** The next send fails with this error (a ChannelError, as the X channel throws). */
  failNext(error: Error): void;
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
}

export function createControlledChannel(): ControlledChannel {
  const sent: SentToCustomer[] = [];
  const waitList = createWaitList();
  let holding = false;
  let releases: (() => void)[] = [];
  let failure: Error | undefined;
  let held = 0;
  return {
    id: 'twitter',
    sent,
    get held() {
      return held;
    },
    replyAddressOf(message) {
      return { channel: 'twitter', data: { kind: message.kind, tweetId: message.id, authorId: message.author.id } };
    },
    async send(action, address) {
      if (holding) {
        held += 1;
        waitList.notify();
        await new Promise<void>((resolve) => releases.push(resolve));
        held -= 1;
      }
      const error = failure;
      failure = undefined;
      if (error) throw error;
      sent.push({ action, address });
      waitList.notify();
      return { id: `sent-${sent.length}` };
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      for (const resolve of releases.splice(0)) resolve();
    },
    failNext(error) {
      failure = error;
    },
    waitFor(predicate, timeoutMs = 5_000) {
      return waitList.until(predicate, timeoutMs, () => `sent so far: ${sent.length}, held: ${held}`);
    },
  };
}

export interface DeskHarness {
  desk: SlackDesk;
  slack: FakeSlackApi;
  channel: ControlledChannel;
  tickets: TicketStore;
  store: MemoryStore;
  lines: ReturnType<typeof createRecordingLog>['lines'];
  /** POSTs a signed request to the desk's /slack/events. */
  post(request: { body: string; contentType: SlackContentType }, retryNum?: number): Promise<{ status: number; body: string }>;
  /** A customer message handed off as the responder would: the reply address stored, the desk asked. */
  handOff(message: InboundMessage, handoff?: Partial<HandoffAction>): Promise<{ ticketId: string; threadTs: string }>;
  /** Messages in the ticket's thread (the card excluded), oldest first. */
  thread(threadTs: string): string[];
  setNow(at: Date): void;
  close(): Promise<void>;
}

export async function startSlackDesk(options: { onCallGroup?: string; now?: Date } = {}): Promise<DeskHarness> {
  const slack = await startFakeSlackApi({ channels: [HANDOFFS] });
  const store = createMemoryStore();
  const tickets = createMemoryTicketStore();
  const channel = createControlledChannel();
  const { log, lines } = createRecordingLog();
  let now = options.now ?? new Date();
  const metrics = createMetrics();
  const desk = createSlackDesk({
    config: {
      botToken: 'xoxb-test',
      signingSecret: SIGNING_SECRET,
      handoffChannel: HANDOFFS,
      timeZone: 'UTC',
      apiUrl: slack.baseUrl,
      ...(options.onCallGroup ? { onCallGroup: options.onCallGroup } : {}),
    },
    tickets,
    conversations: store,
    channels: new Map([['twitter', channel]]),
    knowledge: () => createKnowledgeIndex([]),
    log,
    now: () => now,
    explain: () => Promise.reject(new Error('/pronto ask is not part of these tests')),
    answerThreshold: 0.5,
    metrics,
  });
  await desk.init();
  // The service's own HTTP surface, with Bolt's router mounted as the service mounts it.
  const warnings = createThrottledWarnings(log, { intervalMs: 60_000 });
  const { server, mount } = createHttpServer({ metrics, log, warnings, readiness: {} });
  if (desk.router) mount({ path: '/', router: desk.router });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  const harness: DeskHarness = {
    desk,
    slack,
    channel,
    tickets,
    store,
    lines,
    post: (request, retryNum) =>
      postToSlackEndpoint(url, {
        ...request,
        signingSecret: SIGNING_SECRET,
        ...(retryNum ? { retryNum, retryReason: 'http_timeout' } : {}),
      }),
    async handOff(message, overrides = {}) {
      const key = conversationKeyOf(message);
      const state = (await store.loadConversation(key)) ?? { mode: 'bot' as const, customerPosts: 0, updatedAt: now.toISOString() };
      await store.saveConversation(key, { ...state, mode: 'awaiting_agent', replyAddress: channel.replyAddressOf(message) });
      const handoff: HandoffAction = {
        event: message.id,
        type: 'handoff',
        channel: message.channel,
        priority: 'high',
        reasons: ['complaint'],
        lang: 'it',
        summary: 'Fault: «la fibra non va da tre giorni!» · angry · it',
        draft: 'Ciao! Ci dispiace, controlliamo subito.',
        draftFor: 'reply',
        draftBy: 'templates',
        sources: [],
        ...overrides,
      };
      const { id } = await desk.openHandoff(handoff, message);
      const ticket = await tickets.load(id);
      if (!ticket?.slack) throw new Error('the handoff has no Slack thread');
      return { ticketId: id, threadTs: ticket.slack.ts };
    },
    thread: (threadTs) => slack.threadReplies(HANDOFFS, threadTs).map((message) => message.text ?? ''),
    setNow(at) {
      now = at;
    },
    async close() {
      channel.release();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      warnings.flush();
      await desk.close();
      await slack.close();
    },
  };
  return harness;
}
