// Polls GET /2/dm_events. It returns newest first and has no since_id, so paging stops at the
// cursor (the newest event id of the previous poll); customers are answered oldest first.
import type { TwitterApi } from 'twitter-api-v2';
import type { InboundMessage } from '../../core/model.ts';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';
import { compareXIds, newerXId } from './compare-x-ids.ts';
import { asId, isRecord } from './json-values.ts';
import { pageThroughX } from './page-through-x.ts';
import { normalizeDmEvent, OWN_MESSAGE } from './normalize-dm-event.ts';
import type { XFetchResult, XRejectedItem } from './x-fetch-result.ts';

export interface FetchDmEventsOptions {
  /** The brand's user id: its own messages are skipped. */
  brandUserId: string;
  /** Stop at this event (the cursor saved after the previous poll). */
  sinceEventId?: string;
  /** Request budget for one poll. */
  maxPages?: number;
  /** Continue a range cut short by the page budget (the previous result's `nextToken`). */
  paginationToken?: string;
  /** X verification types that count as verified for influence (default: business, government). */
  verifiedTypes?: readonly string[];
  /**
   * Stop at the brand's own newest DM as well: the DMs before it were answered. For a restart
   * that lost the cursor and knows no better place to stop.
   */
  stopAtOwnMessage?: boolean;
}

/** X's largest page for this endpoint. */
export const X_DM_PAGE_SIZE = 100;
/** DM events are few next to mentions; 5 pages cover a long outage of the poller. */
export const DEFAULT_DM_PAGES = 5;

export const DM_EVENT_QUERY = {
  // Only messages: joins and leaves would be billed reads of nothing to answer.
  event_types: 'MessageCreate',
  'dm_event.fields': 'id,event_type,text,sender_id,dm_conversation_id,created_at',
  expansions: 'sender_id',
  'user.fields': 'public_metrics,verified_type',
};

export async function fetchDmEvents(client: TwitterApi, options: FetchDmEventsOptions): Promise<XFetchResult> {
  const byId = new Map<string, InboundMessage>();
  const rejected: XRejectedItem[] = [];
  let skipped = 0;
  let newestId: string | undefined;

  const paging = await pageThroughX(
    client,
    'dm_events',
    { ...DM_EVENT_QUERY, max_results: X_DM_PAGE_SIZE },
    {
      maxPages: Math.max(1, options.maxPages ?? DEFAULT_DM_PAGES),
      ...(options.paginationToken ? { paginationToken: options.paginationToken } : {}),
      verifiedTypes: options.verifiedTypes ?? DEFAULT_SETTINGS.influencerVerifiedTypes,
    },
    ({ items, users }) => {
      for (const event of items) {
        const id = isRecord(event) ? asId(event.id) : undefined;
        // Reached the cursor: everything from here on was read by an earlier poll.
        if (id !== undefined && options.sinceEventId !== undefined && compareXIds(id, options.sinceEventId) <= 0) return 'stop';
        newestId = newerXId(newestId, id);
        const item = normalizeDmEvent(event, users, options.brandUserId);
        if (options.stopAtOwnMessage === true && 'skipped' in item && item.skipped.reason === OWN_MESSAGE) return 'stop';
        if ('message' in item) byId.set(item.message.id, item.message);
        else if ('skipped' in item) skipped += 1;
        else rejected.push(item.rejected);
      }
      return 'continue';
    },
  );

  return {
    messages: [...byId.values()].sort((a, b) => compareXIds(a.id, b.id)),
    ...(newestId !== undefined ? { newestId } : {}),
    rejected,
    skipped,
    truncated: paging.nextToken !== undefined,
    ...paging,
  };
}
