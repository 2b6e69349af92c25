// X's list endpoints page newest first with `pagination_token`; this reads pages until the
// caller has seen enough or the page budget is spent, and keeps what every poll reports:
// requests made (billed), the rate-limit window, and where to continue.
import type { TwitterApi } from 'twitter-api-v2';
import type { ChannelError } from '../../errors.ts';
import { asId, isRecord } from './json-values.ts';
import { mapXError } from './map-x-error.ts';
import { readIncludes, type XIncludes } from './read-includes.ts';
import type { XRateLimitState } from './x-fetch-result.ts';

export interface XPage extends XIncludes {
  items: unknown[];
}

export interface XPaging {
  requests: number;
  rateLimit?: XRateLimitState;
  /** Set when reading stopped before the end: where the next request would continue. */
  nextToken?: string;
  /**
   * Why reading stopped early, when X failed after some pages were read: those pages were
   * billed and are kept; `nextToken` repeats the request that failed.
   */
  error?: ChannelError;
}

export interface PagingOptions {
  maxPages: number;
  paginationToken?: string;
  /** X verification types that count as verified for influence (Author.verified). */
  verifiedTypes: readonly string[];
}

/**
 * Reads `path` page by page; `onPage` returns `'stop'` once it reached what it needed (a cursor),
 * so no further page is requested. A failure of the first request throws (nothing was read); a
 * later one ends the reading with what was read and `error`.
 */
export async function pageThroughX(
  client: TwitterApi,
  path: string,
  query: Record<string, string | number>,
  options: PagingOptions,
  onPage: (page: XPage) => 'continue' | 'stop',
): Promise<XPaging> {
  let nextToken = options.paginationToken;
  let rateLimit: XRateLimitState | undefined;
  let requests = 0;
  do {
    let response;
    try {
      response = await client.v2.get<unknown>(
        path,
        { ...query, ...(nextToken !== undefined ? { pagination_token: nextToken } : {}) },
        { fullResponse: true },
      );
    } catch (caught) {
      const error = mapXError(caught, { operation: 'read' });
      if (requests === 0) throw error;
      return { requests, ...(rateLimit ? { rateLimit } : {}), ...(nextToken !== undefined ? { nextToken } : {}), error };
    }
    requests += 1;
    if (response.rateLimit) rateLimit = { remaining: response.rateLimit.remaining, reset: response.rateLimit.reset };
    const body = isRecord(response.data) ? response.data : {};
    const items = Array.isArray(body.data) ? body.data : [];
    const verdict = onPage({ items, ...readIncludes(body.includes, options.verifiedTypes) });
    const meta = isRecord(body.meta) ? body.meta : {};
    nextToken = verdict === 'stop' ? undefined : asId(meta.next_token);
  } while (nextToken !== undefined && requests < options.maxPages);
  return { requests, ...(rateLimit ? { rateLimit } : {}), ...(nextToken !== undefined ? { nextToken } : {}) };
}
