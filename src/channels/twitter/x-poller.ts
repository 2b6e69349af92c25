// Reads X mentions and DMs on a schedule and records them in the work queue. With several
// replicas on one Redis, a lease makes exactly one of them poll; if it dies, another takes over
// when the lease expires. A cursor moves only after the messages it covers are in the queue.
import type { TwitterApi } from 'twitter-api-v2';
import type { DeliveryStore, Logger } from '../../core/ports.ts';
import { fetchMentions } from './fetch-mentions.ts';
import { fetchDmEvents } from './fetch-dm-events.ts';
import { fetchNewestOwnPost } from './fetch-newest-own-post.ts';
import type { XFetchResult } from './x-fetch-result.ts';
import { X_USAGE_CAPPED } from './map-x-error.ts';
import type { XUsageCap } from './x-usage-cap.ts';
import { ChannelError } from '../../errors.ts';
import { newerXId } from './compare-x-ids.ts';
import type { ServiceMetrics } from '../../service/metrics.ts';
import type { RequestBudget } from './request-budget.ts';
import type { WorkQueue } from '../../service/work-queue.ts';

export const POLLER_LEASE = 'x-poller';
export const MENTIONS_CURSOR = 'x:mentions';
export const DMS_CURSOR = 'x:dm-events';
/**
 * When the last round that read everything started (epoch ms), kept apart from the cursors: a
 * cursor that is missing although this is set was lost, and is not a first start.
 */
export const LAST_POLL_MARK = 'x:last-full-poll';
/** On a first start without backfill, one small page tells where "now" is. */
const FIRST_START_PAGES = 1;
/**
 * Backfill from the last poll starts this much earlier: X's ids carry X's clock, the mark ours.
 * Posts read twice are deduplicated by id.
 */
const CLOCK_SKEW_MARGIN_MS = 60_000;

export interface XPollerDeps {
  client: TwitterApi;
  brandUserId: string;
  queue: WorkQueue;
  store: DeliveryStore;
  budget: RequestBudget;
  metrics: ServiceMetrics;
  log: Logger;
  instanceId: string;
  pollIntervalMs: number;
  leaseMs: number;
  pollDms: boolean;
  backfill: boolean;
  /** How far back a lost cursor is backfilled at most (X_BACKFILL_MAX_MS). */
  backfillMaxMs: number;
  /** X verification types that count as verified for influence. */
  verifiedTypes: readonly string[];
  usageCap?: XUsageCap;
  now: () => number;
}

interface Range {
  since?: string;
  paginationToken?: string;
  maxPages?: number;
}
/** `stopAtOwnMessage` (DMs only): also stop at the brand's own newest DM. */
type XFetch = (range: Range, options?: { stopAtOwnMessage: boolean }) => Promise<XFetchResult>;

/** Where polling resumes when a cursor is missing, and what says so. */
interface SignOfLife {
  since: string;
  from: 'last-poll' | 'brand-post';
}

function parseResume(value: string | undefined): { token: string; newestId?: string } | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(value) as { token?: unknown; newestId?: unknown };
    if (typeof parsed.token !== 'string') return undefined;
    return { token: parsed.token, ...(typeof parsed.newestId === 'string' ? { newestId: parsed.newestId } : {}) };
  } catch {
    return undefined;
  }
}

export interface XPoller {
  start(): void;
  /** One round: mentions, then DMs, once a round in progress is over. Exposed for tests. */
  pollOnce(): Promise<'polled' | 'not-leader' | 'over-budget' | 'waiting'>;
  /** Whether the last X call worked (for /readyz). */
  isHealthy(): boolean;
  /** Stops polling, waits for a round in progress, and gives the lease to another replica. */
  stop(): Promise<void>;
}

export function createXPoller(deps: XPollerDeps): XPoller {
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<unknown> | undefined;
  let stopped = false;
  let healthy = true;
  let pausedUntil = 0;

  function charge(cursorName: string, requests: number): void {
    deps.budget.spend(requests);
    deps.metrics.xRequests.inc({ endpoint: cursorName }, requests);
  }

  /**
   * A missing cursor after the service had run means it was lost (Redis came back empty, or a
   * key was evicted): starting from "now" would silently skip what was posted meanwhile. The
   * last full poll's time says where to go on; when Redis lost that too, the brand's newest
   * post on X does (what came after it was not answered). Neither, within X_BACKFILL_MAX_MS:
   * a first start.
   */
  async function findSignOfLife(): Promise<SignOfLife | undefined> {
    const floor = deps.now() - deps.backfillMaxMs;
    const mark = Number(await deps.store.getCursor(LAST_POLL_MARK));
    if (Number.isFinite(mark) && mark > 0) {
      return { since: snowflakeAt(Math.max(mark - CLOCK_SKEW_MARGIN_MS, floor)), from: 'last-poll' };
    }
    const post = await fetchNewestOwnPost(deps.client, deps.brandUserId);
    charge('x:own-posts', 1);
    if (post !== undefined && Date.parse(post.at) >= floor) return { since: post.id, from: 'brand-post' };
    return undefined;
  }

  /**
   * One source (mentions or DM events) from its cursor. X pages newest first, so a range larger
   * than one poll's page budget is finished over the next polls (its pagination token is kept
   * in the store) and the cursor moves only when the whole range is queued. Resolves `true`
   * when the range is read to its end.
   */
  async function pollSource(cursorName: string, fetch: XFetch, signOfLife: () => Promise<SignOfLife | undefined>): Promise<boolean> {
    const resumeName = `${cursorName}:resume`;
    let since = await deps.store.getCursor(cursorName);
    let stopAtOwnMessage = false;
    if (!since) {
      const lost = await signOfLife();
      if (lost !== undefined) {
        since = lost.since;
        // DMs the brand sent after its newest post answered earlier DMs: stop there too.
        stopAtOwnMessage = lost.from === 'brand-post';
        // The cursor from now on, so a backlog longer than one round goes on from here; a
        // pagination token left from before belongs to a range whose start is unknown.
        await deps.store.setCursor(cursorName, since);
        await deps.store.setCursor(resumeName, '');
        deps.log.warn({ cursor: cursorName, since, from: lost.from, maxBackMs: deps.backfillMaxMs }, 'x.cursor_lost_backfilling');
      } else if (!deps.backfill) {
        // "Now" as a snowflake id, taken before the request: anything posted later is newer.
        const requestedAt = snowflakeAt(deps.now());
        const result = await fetch({ maxPages: FIRST_START_PAGES });
        charge(cursorName, result.requests);
        const start = result.newestId ?? requestedAt;
        await deps.store.setCursor(cursorName, start);
        deps.log.info({ cursor: cursorName, since: start }, 'x.cursor_initialized');
        return true;
      }
    }
    let resume = parseResume(await deps.store.getCursor(resumeName));
    for (;;) {
      const range = { ...(since ? { since } : {}), ...(resume ? { paginationToken: resume.token } : {}) };
      const result = await fetch(range, { stopAtOwnMessage });
      charge(cursorName, result.requests);
      for (const message of result.messages) {
        if (await deps.queue.add(message)) deps.metrics.messagesIn.inc({ channel: message.channel, kind: message.kind });
      }
      for (const item of result.rejected) {
        deps.metrics.messagesRejected.inc({ channel: 'twitter' });
        deps.log.warn({ id: item.id, reason: item.reason, cursor: cursorName }, 'x.item_rejected');
      }
      const newestId = newerXId(resume?.newestId, result.newestId);
      if (!result.nextToken) {
        // Only now, with every message of the range durably queued, may the cursor pass them.
        if (newestId) await deps.store.setCursor(cursorName, newestId);
        if (resume) await deps.store.setCursor(resumeName, '');
        return true;
      }
      // Part of the range is read: remember where to go on (a restart continues there); the
      // cursor stays put until the rest is read, now or, past the budget, in the next rounds.
      resume = { token: result.nextToken, ...(newestId ? { newestId } : {}) };
      await deps.store.setCursor(resumeName, JSON.stringify(resume));
      // X failed on a later page: what was read is queued (X billed it), the rest waits.
      if (result.error) throw result.error;
      if (deps.budget.remaining() <= 0) {
        deps.log.warn({ cursor: cursorName }, 'x.poll_continues_next_round');
        return false;
      }
    }
  }

  async function pollOnce(): Promise<'polled' | 'not-leader' | 'over-budget' | 'waiting'> {
    if (deps.now() < pausedUntil) return 'waiting';
    if (!(await deps.store.holdLease(POLLER_LEASE, deps.instanceId, deps.leaseMs))) return 'not-leader';
    const needed = deps.pollDms ? 2 : 1;
    deps.metrics.xRequestBudget.set(deps.budget.remaining());
    if (deps.budget.remaining() < needed) {
      deps.log.warn({ resetsAt: new Date(deps.budget.resetsAt()).toISOString() }, 'x.budget_exhausted');
      return 'over-budget';
    }
    const startedAt = deps.now();
    // Looked for once per round, and only when a cursor is missing.
    let signOfLife: Promise<SignOfLife | undefined> | undefined;
    const findOnce = () => (signOfLife ??= findSignOfLife());
    try {
      let complete = await pollSource(
        MENTIONS_CURSOR,
        ({ since, ...rest }) =>
          fetchMentions(deps.client, { userId: deps.brandUserId, verifiedTypes: deps.verifiedTypes, ...(since ? { sinceId: since } : {}), ...rest }),
        findOnce,
      );
      if (deps.pollDms) {
        const dmsComplete = await pollSource(
          DMS_CURSOR,
          ({ since, ...rest }, options) =>
            fetchDmEvents(deps.client, { brandUserId: deps.brandUserId, verifiedTypes: deps.verifiedTypes, ...(since ? { sinceEventId: since } : {}), ...rest, ...options }),
          findOnce,
        );
        complete &&= dmsComplete;
      }
      // Everything posted before this round started is queued: a lost cursor resumes here.
      if (complete) await deps.store.setCursor(LAST_POLL_MARK, String(startedAt));
      healthy = true;
      deps.usageCap?.noteWorking('read');
      return 'polled';
    } catch (error) {
      if (error instanceof ChannelError) {
        deps.metrics.vendorErrors.inc({ channel: 'twitter', code: error.code });
        if (error.code === X_USAGE_CAPPED) deps.usageCap?.noteCapped('read');
        if (error.retryAfterMs !== undefined) {
          deps.metrics.rateLimitWaits.inc({ channel: 'twitter' });
          pausedUntil = deps.now() + error.retryAfterMs;
          deps.log.warn({ code: error.code, waitMs: error.retryAfterMs }, 'x.poll_rate_limited');
          return 'waiting';
        }
        healthy = false;
        deps.log.error({ code: error.code, reason: error.message }, 'x.poll_failed');
        return 'waiting';
      }
      healthy = false;
      throw error;
    } finally {
      deps.metrics.xRequestBudget.set(deps.budget.remaining());
    }
  }

  /** One round now, then the next after the interval (or after a rate-limit pause). */
  function runRound(): void {
    round = pollOnce()
      .catch((error: unknown) => deps.log.error({ err: error }, 'x.poll_crashed'))
      .finally(() => {
        round = undefined;
        if (stopped) return;
        timer = setTimeout(runRound, Math.max(deps.pollIntervalMs, pausedUntil - deps.now()));
      });
  }

  return {
    start: runRound,
    // Two rounds at once would read the same range twice and race on the cursors.
    async pollOnce() {
      await round;
      return pollOnce();
    },
    isHealthy: () => healthy,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await round;
      await deps.store.releaseLease(POLLER_LEASE, deps.instanceId).catch(() => undefined);
    },
  };
}

/** X's snowflake epoch (2010-11-04T01:42:54.657Z); the id's bits above the low 22 are the time. */
const X_SNOWFLAKE_EPOCH_MS = 1_288_834_974_657n;
const X_SNOWFLAKE_TIME_SHIFT = 22n;

/**
 * The largest X id from before `ms`: every post created at `ms` or later has a larger id (ids
 * made in the same millisecond may have zero worker and sequence bits).
 */
export function snowflakeAt(ms: number): string {
  return (((BigInt(Math.floor(ms)) - X_SNOWFLAKE_EPOCH_MS) << X_SNOWFLAKE_TIME_SHIFT) - 1n).toString();
}
