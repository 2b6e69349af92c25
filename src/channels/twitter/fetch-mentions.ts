// Polls GET /2/users/:id/mentions (real-time webhooks are an enterprise product on X). X returns
// newest first and pages backwards in time down to `since_id`; customers are answered oldest first.
import type { TwitterApi } from 'twitter-api-v2';
import type { InboundMessage } from '../../core/model.ts';
import { DEFAULT_SETTINGS } from '../../core/settings.ts';
import { compareXIds, newerXId } from './compare-x-ids.ts';
import { pageThroughX } from './page-through-x.ts';
import { normalizeTweet } from './normalize-tweet.ts';
import type { XFetchResult, XRejectedItem } from './x-fetch-result.ts';

export interface FetchMentionsOptions {
  userId: string;
  /** Only mentions newer than this id (the cursor saved after the previous poll). */
  sinceId?: string;
  /** Request budget for one poll: X bills every request and every post read. */
  maxPages?: number;
  /** Continue a range cut short by the page budget (the previous result's `nextToken`). */
  paginationToken?: string;
  /** X verification types that count as verified for influence (default: business, government). */
  verifiedTypes?: readonly string[];
}

/** X's largest page for this endpoint: fewest requests per post read. */
export const X_MENTIONS_PAGE_SIZE = 100;
/** 1,000 mentions per poll: a busy brand's minute, and a bounded bill if the cursor is lost. */
export const DEFAULT_MENTION_PAGES = 10;

export const MENTION_QUERY = {
  // The posts replied to or quoted, and their authors: context for the agent (refersTo).
  expansions: 'author_id,referenced_tweets.id,referenced_tweets.id.author_id',
  'tweet.fields': 'lang,conversation_id,created_at,referenced_tweets,author_id,note_tweet',
  'user.fields': 'public_metrics,verified_type',
};

export async function fetchMentions(client: TwitterApi, options: FetchMentionsOptions): Promise<XFetchResult> {
  const byId = new Map<string, InboundMessage>();
  const rejected: XRejectedItem[] = [];
  let newestId: string | undefined;

  const paging = await pageThroughX(
    client,
    `users/${encodeURIComponent(options.userId)}/mentions`,
    {
      ...MENTION_QUERY,
      max_results: X_MENTIONS_PAGE_SIZE,
      ...(options.sinceId !== undefined ? { since_id: options.sinceId } : {}),
    },
    {
      maxPages: Math.max(1, options.maxPages ?? DEFAULT_MENTION_PAGES),
      ...(options.paginationToken ? { paginationToken: options.paginationToken } : {}),
      verifiedTypes: options.verifiedTypes ?? DEFAULT_SETTINGS.influencerVerifiedTypes,
    },
    ({ items, ...includes }) => {
      for (const tweet of items) {
        const item = normalizeTweet(tweet, includes);
        const id = 'message' in item ? item.message.id : item.rejected.id;
        if (id !== undefined && options.sinceId !== undefined && compareXIds(id, options.sinceId) <= 0) continue;
        newestId = newerXId(newestId, id);
        if ('message' in item) byId.set(item.message.id, item.message);
        else rejected.push(item.rejected);
      }
      return 'continue';
    },
  );

  return {
    messages: [...byId.values()].sort((a, b) => compareXIds(a.id, b.id)),
    ...(newestId !== undefined ? { newestId } : {}),
    rejected,
    skipped: 0,
    truncated: paging.nextToken !== undefined,
    ...paging,
  };
}
