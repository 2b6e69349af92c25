// POST /api/messages: where Azure Bot Service (Teams, Web Chat, every channel) and local clients
// (the Agents Playground) deliver activities. The SDK's JWT middleware checks the caller, the
// CloudAdapter runs the turn. A message is queued like any channel's; its reply (and "typing…"
// when the answer takes a while) goes out from the stored conversation reference by whichever
// replica processes it (create-botframework-channel.ts). conversationUpdate greets once; other activity
// types are acknowledged and counted. The turn handler routes by type itself: AgentApplication's
// extras (turn state, sign-in, its trace re-validating every activity) are not needed here, and
// would cost as much as the rest of the turn.
import express, { type NextFunction, type Request, type Response } from 'express';
import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import type { CloudAdapter, TurnContext } from '@microsoft/agents-hosting';
import type { ConversationStore, Logger } from '../../core/ports.ts';
import type { HttpMount } from '../../service/http-server.ts';
import type { ServiceMetrics } from '../../service/metrics.ts';
import type { ThrottledWarnings } from '../../service/throttled-warnings.ts';
import type { WorkQueue } from '../../service/work-queue.ts';
import type { ConnectorHealth } from './connector-health.ts';
import { BOTFRAMEWORK_CHANNEL_ID, isGroupConversation, type BotFrameworkMessage } from './conversation-reference.ts';
import { messageActivity, sendInTurn } from './create-botframework-channel.ts';
import { mapConnectorError } from './map-connector-error.ts';
import { normalizeMessage } from './normalize-message.ts';
import { describeSchemaError, isSchemaError, readActivity } from './read-activity.ts';

const BOTFRAMEWORK_PATH = '/api/messages';

/**
 * Largest activity accepted. Channels send far less (Teams caps a message near 28 KB); the room
 * above it is for entities and attachment metadata. Larger bodies get 413 and are not read.
 */
const MAX_ACTIVITY_BYTES = 256 * 1024;
/** How long a message may wait for the queue (Redis) before the channel is told 503: channels give the bot 15 s. */
const QUEUE_WAIT_MS = 2_000;
const RETRY_AFTER_SECONDS = 5;

export type ActivityOutcome = 'queued' | 'ignored' | 'welcomed' | 'acknowledged' | 'rejected';

export interface BotFrameworkRouteDeps {
  adapter: CloudAdapter;
  queue: WorkQueue;
  store: ConversationStore;
  metrics: ServiceMetrics;
  /** Counts every activity by type and what became of it. */
  count: (type: string, outcome: ActivityOutcome) => void;
  health: ConnectorHealth;
  anonymous: boolean;
  /** The welcome greeting in the language of a locale such as `it-IT`. */
  welcomeText: (locale: string | undefined) => string | undefined;
  warnings: ThrottledWarnings;
  log: Logger;
  now: () => Date;
}

/** Thrown in the turn when the queue did not take a message in time: the channel gets 503. */
class QueueUnavailableError extends Error {}

export function createBotFrameworkRoute(deps: BotFrameworkRouteDeps): HttpMount {
  const { adapter, health, warnings } = deps;
  const mapError = (error: unknown) => mapConnectorError(error, { anonymous: deps.anonymous });

  function runTurn(context: TurnContext): Promise<void> {
    const { type, membersAdded } = context.activity;
    if (type === ActivityTypes.Message) return onMessage(context);
    if (type === ActivityTypes.ConversationUpdate && (membersAdded?.length ?? 0) > 0) return onMembersAdded(context);
    return onOther(context);
  }

  async function onMessage(context: TurnContext): Promise<void> {
    const normalized = normalizeMessage(context.activity, deps.now());
    if ('ignored' in normalized) {
      deps.log.debug?.({ reason: normalized.ignored, conversation: context.activity.conversation?.id }, 'botframework.message_ignored');
      deps.count(ActivityTypes.Message, 'ignored');
      return;
    }
    await enqueue(normalized.message);
  }

  async function enqueue(message: BotFrameworkMessage): Promise<void> {
    const queued = deps.queue.add(message).then(
      (isNew) => {
        // Counted here, not after the answer: a message that lands late is still counted once.
        if (isNew) deps.metrics.messagesIn.inc({ channel: BOTFRAMEWORK_CHANNEL_ID, kind: message.kind });
        return 'queued' as const;
      },
      (error: unknown) => {
        warnings.warn({ reason: error instanceof Error ? error.message : String(error) }, 'botframework.queue_failed');
        return 'failed' as const;
      },
    );
    if ((await settleWithin(queued, QUEUE_WAIT_MS)) !== 'queued') {
      deps.count(ActivityTypes.Message, 'rejected');
      throw new QueueUnavailableError('the queue is unavailable');
    }
    deps.count(ActivityTypes.Message, 'queued');
  }

  async function onMembersAdded(context: TurnContext): Promise<void> {
    const { activity } = context;
    const text = shouldGreet(activity) ? deps.welcomeText(activity.locale) : undefined;
    if (text === undefined || !(await claimWelcome(activity.conversation?.id ?? ''))) {
      deps.count(ActivityTypes.ConversationUpdate, 'acknowledged');
      return;
    }
    try {
      await sendInTurn(adapter, context, messageActivity(text, activity.channelId));
      health.note('ok');
      deps.count(ActivityTypes.ConversationUpdate, 'welcomed');
    } catch (error) {
      const mapped = mapError(error);
      health.note(mapped);
      warnings.warn({ code: mapped.code, reason: mapped.message }, 'botframework.welcome_failed');
      deps.count(ActivityTypes.ConversationUpdate, 'acknowledged');
    }
  }

  /** Once per conversation, whichever replica gets the update (Web Chat sends one per member added). */
  async function claimWelcome(conversationId: string): Promise<boolean> {
    try {
      return await deps.store.claimMessage(`botframework-welcome:${conversationId}`);
    } catch (error) {
      deps.log.warn({ err: error, conversation: conversationId }, 'botframework.welcome_skipped');
      return false;
    }
  }

  async function onOther(context: TurnContext): Promise<void> {
    const { type } = context.activity;
    // An invoke (a card action, Teams' sign-in steps) expects an answer in the response body.
    if (type === ActivityTypes.Invoke) await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } } as Activity);
    deps.count(type, 'acknowledged');
  }

  async function handle(request: Request, response: Response): Promise<void> {
    const read = readActivity(request.body);
    if (!read.ok) return reject(response, read.reason);
    let turnStarted = false;
    try {
      await adapter.process(request, response, async (context) => {
        turnStarted = true;
        await runTurn(context);
      });
    } catch (error) {
      if (error instanceof QueueUnavailableError) return answerQueueUnavailable(response);
      if (turnStarted) throw error;
      if (isSchemaError(error)) return reject(response, describeSchemaError(error));
      // The SDK opens a turn only with a token for the Bot Connector: Entra ID refused the
      // credentials or could not be reached. The activity itself is fine, so a message is still
      // queued (its reply then fails the same way and reaches a person with the reason).
      const mapped = mapError(error);
      health.note(mapped);
      warnings.warn({ code: mapped.code, reason: mapped.message }, 'botframework.turn_failed');
      await ingestWithoutTurn(Activity.fromObject(read.body as never), response);
    }
  }

  function reject(response: Response, reason: string): void {
    deps.metrics.messagesRejected.inc({ channel: BOTFRAMEWORK_CHANNEL_ID });
    deps.count('invalid', 'rejected');
    warnings.warn({ reason }, 'botframework.activity_rejected');
    response.status(400).json({ error: reason });
  }

  async function ingestWithoutTurn(activity: Activity, response: Response): Promise<void> {
    const normalized = activity.type === ActivityTypes.Message ? normalizeMessage(activity, deps.now()) : undefined;
    if (normalized !== undefined && 'message' in normalized) {
      try {
        await enqueue(normalized.message);
      } catch (error) {
        if (error instanceof QueueUnavailableError) return answerQueueUnavailable(response);
        throw error;
      }
    } else {
      deps.count(activity.type, normalized ? 'ignored' : 'acknowledged');
    }
    response.status(200).end();
  }

  function answerQueueUnavailable(response: Response): void {
    response.status(503).set('Retry-After', String(RETRY_AFTER_SECONDS)).json({ error: 'the queue is unavailable: retry later' });
  }

  /** The SDK's JWT check (401 with its reason when it fails); a refusal is also warned and counted. */
  async function authorize(request: Request, response: Response, next: NextFunction): Promise<void> {
    let passed = false;
    await adapter.authorizeRequest(request, response, () => {
      passed = true;
    });
    if (passed) return next();
    deps.count('unauthenticated', 'rejected');
    warnings.warn({ status: response.statusCode, hasAuthorization: request.headers.authorization !== undefined }, 'botframework.request_unauthorized');
  }

  const router = express.Router();
  router.post('/', authorize, express.json({ limit: MAX_ACTIVITY_BYTES }), handle);
  router.all('/', (_request, response) => {
    response.status(405).set('Allow', 'POST').json({ error: 'POST activities here' });
  });
  return { path: BOTFRAMEWORK_PATH, router };
}

/**
 * Greets a conversation as it opens: in a personal chat when anyone joins (Web Chat adds the
 * user, Teams the bot on install); in a group or a channel only when the bot itself is added,
 * never for each new member.
 */
function shouldGreet(activity: Activity): boolean {
  const added = activity.membersAdded ?? [];
  if (added.length === 0) return false;
  return isGroupConversation(activity.conversation) ? added.some((member) => member.id === activity.recipient?.id) : true;
}

/** Waits for `work` at most `waitMs`; it goes on in the background after that. */
async function settleWithin<T>(work: Promise<T>, waitMs: number): Promise<T | 'timed-out'> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), waitMs);
  });
  try {
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
