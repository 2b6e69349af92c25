// X's list endpoints page newest first with `pagination_token`; this reads pages until the
// caller has seen enough or the page budget is spent, and keeps what every poll reports:
// requests made (billed), the rate-limit window, and where to continue.
import type { TwitterApi } from 'twitter-api-v2';
import type { Author } from '../../core/model.ts';
import { indexUsers } from './index-users.ts';
import { asId, isRecord } from './json-values.ts';
import { mapXError } from './map-x-error.ts';
import type { XRateLimitState } from './x-fetch-result.ts';

export interface XPage {
  items: unknown[];
  users: Map<string, Author>;
}

export interface XPaging {
  requests: number;
  rateLimit?: XRateLimitState;
  /** Set when the budget ran out before the end: where the next request would continue. */
  nextToken?: string;
}

/**
 * Reads `path` page by page; `onPage` returns `'stop'` once it reached what it needed (a cursor),
 * so no further page is requested.
 */
export async function pageThroughX(
  client: TwitterApi,
  path: string,
  query: Record<string, string | number>,
  options: { maxPages: number; paginationToken?: string },
  onPage: (page: XPage) => 'continue' | 'stop',
): Promise<XPaging> {
  let nextToken = options.paginationToken;
  let rateLimit: XRateLimitState | undefined;
  let requests = 0;
  do {
    const response = await client.v2
      .get<unknown>(
        path,
        { ...query, ...(nextToken !== undefined ? { pagination_token: nextToken } : {}) },
        { fullResponse: true },
      )
      .catch((error: unknown) => {
        throw mapXError(error, { operation: 'read' });
      });
    requests += 1;
    if (response.rateLimit) rateLimit = { remaining: response.rateLimit.remaining, reset: response.rateLimit.reset };
    const body = isRecord(response.data) ? response.data : {};
    const verdict = onPage({ items: Array.isArray(body.data) ? body.data : [], users: indexUsers(body.includes) });
    const meta = isRecord(body.meta) ? body.meta : {};
    nextToken = verdict === 'stop' ? undefined : asId(meta.next_token);
  } while (nextToken !== undefined && requests < options.maxPages);
  return { requests, ...(rateLimit ? { rateLimit } : {}), ...(nextToken !== undefined ? { nextToken } : {}) };
}
